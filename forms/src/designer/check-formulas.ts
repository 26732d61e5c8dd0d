import type { FormLanguage } from '../form-definition';
import { formFormulas } from '../formulas/form-formulas';
import type { FormModelProblem } from './check-form-model';
import { compileFormModel } from './compile-form-model';
import type { DesignerField, FormModel } from './form-model';
import { FORMULA_KINDS } from './formula-schema';

/**
 * What to fix in a model's formulas before publishing, on the field that
 * holds each: a formula that does not read or names no field, a result the
 * field cannot hold, a cycle between formulas, a formula on a kind that
 * cannot be computed or on a field shown only under a condition.
 */
export function formulaProblems(model: FormModel, language: FormLanguage = 'zh-CN'): FormModelProblem[] {
  const say = (zh: string, en: string) => (language === 'en' ? en : zh);
  const problems: FormModelProblem[] = [];
  const visit = (fields: readonly DesignerField[]) => {
    for (const field of fields) {
      if (field.formula !== undefined) {
        const name = field.title.trim() || field.key;
        if (!FORMULA_KINDS.includes(field.kind))
          problems.push({
            uid: field.uid,
            message: say(`“${name}”这类字段不能设置公式`, `"${name}" is of a kind that cannot be computed`),
          });
        else if (field.visibleWhen)
          problems.push({
            uid: field.uid,
            message: say(
              `“${name}”由公式计算，不能再设置显示条件`,
              `"${name}" is computed and cannot also have a visibility condition`,
            ),
          });
      }
      visit(field.children ?? []);
    }
  };
  visit(model.fields);
  if (!hasFormula(model.fields)) return problems;

  // A field already told what is wrong (a formula under a 显示条件) hears it once.
  const told = new Set(problems.map((problem) => problem.uid));
  const { schema } = compileFormModel(model);
  for (const { field, error } of formFormulas(schema).problems) {
    const uid = uidAt(
      model.fields,
      field.path.filter((segment) => segment !== '*'),
    );
    if (told.has(uid)) continue;
    problems.push({
      uid,
      message: say(`“${field.title}”的公式：${error.zh}`, `"${field.title}" formula: ${error.en}`),
    });
  }
  return problems;
}

function hasFormula(fields: readonly DesignerField[]): boolean {
  return fields.some((field) => field.formula !== undefined || hasFormula(field.children ?? []));
}

/** The designer field at a key path (the nearest one: a date range's start is its range). */
function uidAt(fields: readonly DesignerField[], path: readonly string[]): string | null {
  let uid: string | null = null;
  let group = fields;
  for (const key of path) {
    const field = group.find((candidate) => candidate.key === key);
    if (!field) break;
    uid = field.uid;
    group = field.children ?? [];
  }
  return uid;
}

/** A name a formula may use, as the designer's field picker offers it. */
export interface FormulaReference {
  /** What is inserted into the formula: `quantity`, `equipment.subtotal`, `equipment`. */
  text: string;
  /** Titles on the way: `设备清单 › 小计`. */
  label: string;
  /** `column`: one value per row (for SUM and the like); `table`: the rows (for COUNT). */
  kind: 'value' | 'column' | 'table';
}

/**
 * The fields a formula on field `uid` can name: the columns of its own
 * row by name when it is a 明细表 column, then every other field of the form
 * by its path (a table's columns as `table.column`). The field itself is
 * left out, since a formula cannot read its own value.
 */
export function formulaReferences(model: FormModel, uid: string): FormulaReference[] {
  const references: FormulaReference[] = [];
  const ownTable = model.fields.find((field) => field.kind === 'table' && field.children?.some((c) => c.uid === uid));
  const usable = (field: DesignerField) => field.uid !== uid && field.kind !== 'staticText';
  for (const column of ownTable?.children ?? [])
    if (usable(column)) references.push({ text: column.key, label: column.title || column.key, kind: 'value' });
  const visit = (fields: readonly DesignerField[], prefix: string, labels: string) => {
    for (const field of fields) {
      if (!usable(field)) continue;
      const text = `${prefix}${field.key}`;
      const label = `${labels}${field.title || field.key}`;
      if (field.kind === 'table') {
        references.push({ text, label, kind: 'table' });
        for (const column of field.children ?? [])
          if (usable(column))
            references.push({
              text: `${text}.${column.key}`,
              label: `${label} › ${column.title || column.key}`,
              kind: 'column',
            });
      } else if (field.kind === 'section') visit(field.children ?? [], `${text}.`, `${label} › `);
      else references.push({ text, label, kind: 'value' });
    }
  };
  visit(model.fields, '', '');
  return references;
}
