import type { JsonSchema } from '../form-definition';

/** The JSON Schema keyword that holds a computed field's formula; the field is also `readOnly`. */
export const FORMULA_KEYWORD = 'x-formula';

/**
 * What a field holds, as formulas see it: `other` for values no formula can
 * use (attachments, checkbox groups, pickers of several values).
 */
export type ScalarType = 'number' | 'text' | 'date' | 'boolean' | 'any' | 'other';

/** What a computed field stores: amounts are kept to the fen, integers whole. */
export type FormulaTarget = 'number' | 'integer' | 'amount' | 'text' | 'date' | 'boolean' | 'any';

/** A field of a form as formulas reach it. */
export interface FormulaField {
  key: string;
  /** The field's title, or its key when it has none: errors name fields by it. */
  title: string;
  /** Where its value is in the data; `*` stands for each row of a 明细表. */
  path: readonly string[];
  /** `section` (a nested object, a date range) and `table` (a 明细表) hold `children`. */
  kind: 'value' | 'section' | 'table';
  type: ScalarType;
  target: FormulaTarget;
  children: ReadonlyMap<string, FormulaField>;
  /** The section or table the field is in; null at the form's top level. */
  parent: FormulaField | null;
  /** The formula text when the field is computed. */
  formula?: string;
  /** Declared only in a condition's `then`: present in the data only while the condition holds. */
  conditional?: boolean;
}

/** Every field of a form, nested as the data is. */
export interface FormulaFields {
  top: ReadonlyMap<string, FormulaField>;
  /** All fields in document order (a group's own properties, then those its conditions show). */
  all: readonly FormulaField[];
}

/**
 * Reads the fields of a form's schema for formulas: properties, the fields
 * that conditions (`allOf` … `then`) show, sections and the columns of
 * 明细表 (an array of objects). A field with `x-formula` is computed.
 */
export function formulaFields(schema: JsonSchema): FormulaFields {
  const all: FormulaField[] = [];
  const top = readGroup(schema, [], null, all);
  return { top, all };
}

function readGroup(
  node: JsonSchema,
  path: readonly string[],
  parent: FormulaField | null,
  all: FormulaField[],
): Map<string, FormulaField> {
  const fields = new Map<string, FormulaField>();
  const declare = (properties: unknown, conditional: boolean) => {
    if (!isObject(properties)) return;
    for (const [key, child] of Object.entries(properties)) {
      if (fields.has(key) || !isObject(child)) continue;
      const field = readField(key, child, [...path, key], parent, all);
      if (!field) continue;
      if (conditional) field.conditional = true;
      fields.set(key, field);
    }
  };
  declare(node.properties, false);
  for (const rule of Array.isArray(node.allOf) ? node.allOf : []) {
    if (isObject(rule) && isObject(rule.then)) declare(rule.then.properties, true);
  }
  return fields;
}

function readField(
  key: string,
  node: JsonSchema,
  path: readonly string[],
  parent: FormulaField | null,
  all: FormulaField[],
): FormulaField | undefined {
  if (node.type === 'null') return undefined;
  const field: FormulaField = {
    key,
    title: typeof node.title === 'string' && node.title.trim() ? node.title : key,
    path,
    kind: 'value',
    type: 'any',
    target: 'any',
    children: new Map(),
    parent,
    ...(typeof node[FORMULA_KEYWORD] === 'string' ? { formula: node[FORMULA_KEYWORD] } : {}),
  };
  all.push(field);
  if (node.type === 'array') {
    if (isObject(node.items) && node.items.type === 'object') {
      field.kind = 'table';
      field.children = readGroup(node.items, [...path, '*'], field, all);
    } else field.type = 'other';
    return field;
  }
  if (node.type === 'object') {
    field.kind = 'section';
    field.children = readGroup(node, path, field, all);
    return field;
  }
  const [type, target] = typesOf(node);
  field.type = type;
  field.target = target;
  return field;
}

function typesOf(node: JsonSchema): [ScalarType, FormulaTarget] {
  switch (node.type) {
    case 'integer':
      return ['number', 'integer'];
    case 'number':
      return ['number', node.multipleOf === 0.01 ? 'amount' : 'number'];
    case 'string':
      return node.format === 'date' ? ['date', 'date'] : ['text', 'text'];
    case 'boolean':
      return ['boolean', 'boolean'];
    default:
      return ['any', 'any'];
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
