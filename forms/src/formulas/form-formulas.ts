import Big from 'big.js';
import type { FieldError, FormLanguage, JsonSchema } from '../form-definition';
import { checkFormula, scopeOf, type CheckedFormula } from './check-formula';
import {
  Decimal,
  evaluateFormula,
  formulaText,
  officialFormulaCalendar,
  type FormulaCalendar,
  type FormulaValue,
} from './evaluate-formula';
import { FormulaError } from './formula-error';
import { FORMULA_KEYWORD, formulaFields, type FormulaField, type FormulaFields } from './formula-fields';

/** A computed field, checked, in the order formulas are computed (what a formula reads comes first). */
export interface ComputedField {
  field: FormulaField;
  formula: CheckedFormula;
}

/** A formula that cannot be computed at all, on the field that holds it. */
export interface FormulaProblem {
  field: FormulaField;
  error: FormulaError;
}

export interface FormFormulas {
  fields: FormulaFields;
  /** Computed fields whose formulas are sound, dependencies first. */
  computed: ComputedField[];
  problems: FormulaProblem[];
}

const analysed = new WeakMap<object, FormFormulas>();

/**
 * The computed fields of a form's schema (`x-formula`), each formula checked
 * against the fields it names, in the order they must be computed: a
 * formula that reads another computed field comes after it. Formulas that
 * reach themselves through others (a cycle) are problems, like formulas
 * that do not read. Kept per schema object, since a form's schema does not
 * change while it is used.
 */
export function formFormulas(schema: JsonSchema): FormFormulas {
  const known = analysed.get(schema);
  if (known) return known;
  const fields = formulaFields(schema);
  const problems: FormulaProblem[] = [];
  const checked = new Map<FormulaField, CheckedFormula>();
  for (const field of fields.all) {
    if (field.formula === undefined) continue;
    try {
      const formula = checkFormula(field.formula, scopeOf(field, fields));
      resultFits(field, formula);
      if (field.kind !== 'value') throw notComputable(field);
      // Its value would have to appear and vanish with the condition; the designer refuses the pair too.
      if (field.conditional)
        throw new FormulaError(
          'FORMULA_NOT_ALLOWED',
          `“${field.title}”只在条件成立时显示，不能由公式计算`,
          `"${field.title}" is shown only under a condition and cannot be computed`,
        );
      checked.set(field, formula);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      problems.push({ field, error });
    }
  }
  const { order, cycles } = dependencyOrder(checked);
  problems.push(...cycles);
  const result = { fields, computed: order.map((field) => ({ field, formula: checked.get(field)! })), problems };
  analysed.set(schema, result);
  return result;
}

function notComputable(field: FormulaField): FormulaError {
  return new FormulaError(
    'FORMULA_NOT_ALLOWED',
    `“${field.title}”是分组或明细表，不能设置公式`,
    `"${field.title}" is a group or a table and cannot have a formula`,
  );
}

/** Refuses a formula whose result the field cannot hold (text in an amount). */
function resultFits(field: FormulaField, formula: CheckedFormula): void {
  const type = formula.type;
  if (type.shape !== 'scalar') {
    throw new FormulaError(
      'FORMULA_COLUMN_OUTSIDE_AGGREGATE',
      '公式的结果须是一个值：明细表的列须放在 SUM 等汇总函数中',
      'a formula must give one value: put a table column inside SUM or the like',
    );
  }
  const result = type.type;
  const fits: Record<FormulaField['target'], readonly string[]> = {
    number: ['number'],
    integer: ['number'],
    amount: ['number'],
    text: ['number', 'text', 'date', 'boolean'],
    date: ['date'],
    boolean: ['boolean'],
    any: ['number', 'text', 'date', 'boolean'],
  };
  if (result === 'any' || result === 'empty' || fits[field.target].includes(result)) return;
  const names: Record<string, [string, string]> = {
    number: ['数字', 'a number'],
    text: ['文本', 'text'],
    date: ['日期', 'a date'],
    boolean: ['是/否', 'yes/no'],
    other: ['多值', 'several values'],
  };
  const [zh, en] = names[result] ?? ['值', 'a value'];
  throw new FormulaError(
    'FORMULA_RESULT_TYPE',
    `“${field.title}”的公式算出的是${zh}，与字段类型不符`,
    `the formula of "${field.title}" gives ${en}, which the field cannot hold`,
  );
}

/** Computed fields ordered so each comes after the computed fields it reads; those in a cycle are left out. */
function dependencyOrder(checked: ReadonlyMap<FormulaField, CheckedFormula>): {
  order: FormulaField[];
  cycles: FormulaProblem[];
} {
  const order: FormulaField[] = [];
  const state = new Map<FormulaField, 'visiting' | 'done' | 'cycle'>();
  const cycles: FormulaProblem[] = [];
  const visit = (field: FormulaField, trail: FormulaField[]): boolean => {
    const seen = state.get(field);
    if (seen === 'done') return true;
    if (seen === 'cycle') return false;
    if (seen === 'visiting') {
      const loop = [...trail.slice(trail.indexOf(field)), field];
      const names = loop.map((f) => f.title);
      for (const member of new Set(loop)) {
        state.set(member, 'cycle');
        cycles.push({
          field: member,
          error: new FormulaError(
            'FORMULA_CYCLE',
            `公式循环引用：${names.map((n) => `“${n}”`).join(' → ')}`,
            `the formulas refer to each other in a circle: ${names.map((n) => `"${n}"`).join(' → ')}`,
          ),
        });
      }
      return false;
    }
    state.set(field, 'visiting');
    let sound = true;
    for (const reference of checked.get(field)!.references) {
      if (checked.has(reference) && !visit(reference, [...trail, field])) sound = false;
    }
    if (state.get(field) === 'cycle') return false;
    if (!sound) {
      state.set(field, 'cycle');
      return false;
    }
    state.set(field, 'done');
    order.push(field);
    return true;
  };
  for (const field of checked.keys()) visit(field, []);
  return { order, cycles };
}

/** One computed value in the data: where, what the formula gives (undefined: empty), or why it cannot. */
export interface ComputedValue {
  /** JSON Pointer to the value (`/equipment/0/subtotal`). */
  path: string;
  field: FormulaField;
  value: unknown;
  error?: FormulaError;
}

export interface ComputeOptions {
  /** The working-day calendar for NETWORKDAYS; default the official one shipped in `@tongban/workflows`. */
  calendar?: FormulaCalendar;
}

/**
 * The form data with every computed field set to what its formula gives:
 * one value per 明细表 row for a column's formula, empty results and
 * failures left out of the data. `data` itself is not changed; when nothing
 * changes the same object comes back, so a renderer can skip a re-render.
 */
export function computeFormData(
  schema: JsonSchema,
  data: Record<string, unknown>,
  options: ComputeOptions = {},
): { data: Record<string, unknown>; values: ComputedValue[] } {
  const { computed, problems } = formFormulas(schema);
  const values: ComputedValue[] = [];
  for (const { field, error } of problems) {
    if (field.kind === 'value')
      for (const place of places(field, data)) values.push({ ...place, field, value: undefined, error });
  }
  if (computed.length === 0) return { data, values };
  const calendar = options.calendar ?? officialFormulaCalendar();
  let result = data;
  let copied = false;
  for (const { field, formula } of computed) {
    for (const place of places(field, result)) {
      let value: unknown;
      let error: FormulaError | undefined;
      try {
        value = stored(evaluateFormula(formula.root, { data: result, row: place.row, calendar }), field);
      } catch (caught) {
        if (!(caught instanceof FormulaError)) throw caught;
        error = caught;
      }
      values.push({ path: place.path, field, value, ...(error ? { error } : {}) });
      const current = valueAt(result, place.segments);
      if (sameValue(current, value)) continue;
      if (!copied) {
        result = structuredClone(result);
        copied = true;
      }
      setAt(result, place.segments, value);
    }
  }
  return { data: result, values };
}

/** Where a field's values are in the data: once, or once per row of its table. */
function places(
  field: FormulaField,
  data: Record<string, unknown>,
): { path: string; segments: string[]; row: number | null }[] {
  const star = field.path.indexOf('*');
  if (star < 0) return [{ path: pointer(field.path), segments: [...field.path], row: null }];
  const rows = valueAt(data, field.path.slice(0, star));
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return [];
    const segments = field.path.map((segment) => (segment === '*' ? String(index) : segment));
    return [{ path: pointer(segments), segments, row: index }];
  });
}

function pointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

/** Sets (or, for undefined, removes) the value at a path, creating the sections on the way. */
function setAt(data: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = data;
  for (const segment of segments.slice(0, -1)) {
    let next = node[segment];
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      next = {};
      node[segment] = next;
    }
    node = next as Record<string, unknown>;
  }
  const last = segments[segments.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** What a field stores for a formula's value: amounts to the fen, integers whole (both half up), text as read. */
function stored(value: FormulaValue, field: FormulaField): unknown {
  if (value === null || value === '') return undefined;
  if (value instanceof Decimal) {
    switch (field.target) {
      case 'amount':
        return Number(value.round(2, Big.roundHalfUp).toFixed(2));
      case 'integer':
        return Number(value.round(0, Big.roundHalfUp).toFixed(0));
      case 'text':
        return formulaText(value);
      default:
        return Number(value.toString());
    }
  }
  if (field.target === 'text') return formulaText(value);
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a === undefined && b === null) || (a === null && b === undefined);
}

/**
 * The field errors of data whose computed fields do not hold what their
 * formulas give (a value changed on the way, or left out), or whose
 * formulas cannot be computed on it (a division by zero), in `language`.
 * Empty when every computed value is right.
 */
export function computedValueErrors(
  schema: JsonSchema,
  data: Record<string, unknown>,
  language: FormLanguage = 'zh-CN',
  options: ComputeOptions = {},
): FieldError[] {
  const en = language === 'en';
  const errors: FieldError[] = [];
  for (const { path, field, value, error } of computeFormData(schema, data, options).values) {
    const title = field.title;
    if (error) {
      errors.push({
        path,
        message: en ? `"${title}" cannot be computed: ${error.en}` : `“${title}”无法计算：${error.zh}`,
      });
      continue;
    }
    const sent = valueAt(data, path.split('/').slice(1).map(unescape));
    if (sameValue(sent, value)) continue;
    errors.push({
      path,
      message:
        value === undefined
          ? en
            ? `"${title}" is computed by its formula and must be empty here`
            : `“${title}”由公式计算，此处应为空`
          : en
            ? `"${title}" is computed by its formula and must be ${JSON.stringify(value)}`
            : `“${title}”由公式计算，应为 ${typeof value === 'string' ? value : JSON.stringify(value)}`,
    });
  }
  return errors;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * What is wrong with a form's formulas, for publishing: each problem at its
 * formula in the schema (`/properties/equipment/items/properties/subtotal/x-formula`
 * for a column's), in `language`.
 */
export function formulaDefinitionProblems(schema: JsonSchema, language: FormLanguage = 'zh-CN'): FieldError[] {
  return formFormulas(schema).problems.map(({ field, error }) => ({
    path: `${pointer(field.path.flatMap((segment) => (segment === '*' ? ['items'] : ['properties', segment])))}/${FORMULA_KEYWORD}`,
    message: language === 'en' ? `"${field.title}": ${error.en}` : `“${field.title}”：${error.zh}`,
  }));
}
