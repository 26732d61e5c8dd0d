import type { DesignerField, FieldKind } from './form-model';
import { isJsonObject, jsonEqual, type JsonObject } from './json-value';

/**
 * Conditions of the form designer: 显示条件 (a field is shown only while its
 * condition holds) and 必填条件 (a field must be filled only while its
 * condition holds). A condition is an AND/OR group of rules, and a group may
 * hold groups of rules in turn (one level, e.g. `A 且 (B 或 C)`).
 *
 * A rule names a field by its key path from the form's root, `.`-separated:
 * `kind`, `enterprise.scale` (a field of the section `enterprise`), or
 * `items.amount` (the column `amount` of the same line of the table `items`).
 * It may name only a field shown above the one it belongs to:
 *
 * - a top-level field or a field of a section may depend on any earlier field
 *   outside tables: top-level fields and fields of earlier sections;
 * - a column of a table may depend only on earlier columns of the same table
 *   (its own line); a field outside a table never depends on a column, since a
 *   table has many lines and none of them is "the" value.
 *
 * Conditions compile to JSON Schema (`compileCondition`), so the server's
 * validator and the browser's renderer (react-jsonschema-form resolves
 * `if`/`then` on the data as one types) decide from the same document; the
 * direct reading (`evaluateCondition`) is what the compiled schema is tested
 * against. Both read the data the fields' own schemas allow: a number field
 * holds a number, a checkbox group an array of strings.
 */

/** `=`, `≠`, `>`, `≥`, `<`, `≤`, 包含 (text contains / checkbox group includes), 为空, 不为空. */
export const CONDITION_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'empty', 'notEmpty'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** The operators that compare with a value (the others test emptiness). */
export const VALUE_OPERATORS: readonly ConditionOperator[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains'];

export type ConditionValue = string | number | boolean;

/** One test on one field. `value` for the operators in `VALUE_OPERATORS`: a number for numbers and amounts, a boolean for a yes/no box, text otherwise. */
export interface ConditionRule {
  field: string;
  operator: ConditionOperator;
  value?: ConditionValue;
}

/** `all`: every rule holds (且, AND); `any`: at least one does (或, OR). */
export type ConditionCombine = 'all' | 'any';

/** A group inside a condition: rules only. */
export interface ConditionSubgroup {
  combine: ConditionCombine;
  rules: ConditionRule[];
}

/** A condition: rules and groups of rules, combined by `combine`. No rules means no condition. */
export interface Condition {
  combine: ConditionCombine;
  rules: (ConditionRule | ConditionSubgroup)[];
}

export function isConditionSubgroup(item: ConditionRule | ConditionSubgroup): item is ConditionSubgroup {
  return 'rules' in item;
}

/** A condition of one rule, as the designer starts one. */
export function singleRuleCondition(rule: ConditionRule): Condition {
  return { combine: 'all', rules: [rule] };
}

/** Every rule of a condition, groups flattened. */
export function conditionRules(condition: Condition): ConditionRule[] {
  return condition.rules.flatMap((item) => (isConditionSubgroup(item) ? item.rules : [item]));
}

/** The key paths a condition reads. */
export function conditionFields(condition: Condition): string[] {
  return [...new Set(conditionRules(condition).map((rule) => rule.field))];
}

/** The kinds whose value is a list (a rule's 包含 looks for an item; 为空 means no item). */
const LIST_KINDS: readonly FieldKind[] = ['checkbox', 'attachment', 'table'];

/** Which operators a field of `kind` offers in conditions (none for sections and static text). */
export function operatorsFor(kind: FieldKind): readonly ConditionOperator[] {
  switch (kind) {
    case 'text':
    case 'textarea':
      return ['eq', 'ne', 'contains', 'empty', 'notEmpty'];
    case 'number':
    case 'amount':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'];
    case 'date':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'];
    case 'select':
    case 'radio':
    case 'orgPicker':
    case 'userPicker':
      return ['eq', 'ne', 'empty', 'notEmpty'];
    case 'checkbox':
      return ['contains', 'empty', 'notEmpty'];
    case 'boolean':
      return ['eq', 'ne'];
    case 'section':
    case 'staticText':
      return [];
    default:
      return ['empty', 'notEmpty'];
  }
}

/** The type of value a rule on a field of `kind` compares with. */
export function conditionValueType(kind: FieldKind): 'number' | 'boolean' | 'string' {
  if (kind === 'number' || kind === 'amount') return 'number';
  if (kind === 'boolean') return 'boolean';
  return 'string';
}

/** Whether a value counts as empty: absent, an empty text or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether `condition` holds for the data, each rule reading its field through
 * `valueOf(path)` (undefined when absent). The reading the compiled schema
 * must agree with.
 */
export function evaluateCondition(condition: Condition, valueOf: (path: string) => unknown): boolean {
  const holds = (item: ConditionRule | ConditionSubgroup): boolean =>
    isConditionSubgroup(item) ? combine(item.combine, item.rules.map(holds)) : evaluateRule(item, valueOf(item.field));
  return combine(condition.combine, condition.rules.map(holds));
}

function combine(how: ConditionCombine, results: boolean[]): boolean {
  return how === 'all' ? results.every(Boolean) : results.some(Boolean);
}

/** One rule on one value, as `evaluateCondition` reads it. */
export function evaluateRule(rule: ConditionRule, value: unknown): boolean {
  const expected = rule.value;
  switch (rule.operator) {
    case 'eq':
      return value !== undefined && value === expected;
    case 'ne':
      return !(value !== undefined && value === expected);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compares(rule.operator, value, expected);
    case 'contains':
      if (Array.isArray(value)) return value.includes(expected);
      return typeof value === 'string' && typeof expected === 'string' && value.includes(expected);
    case 'empty':
      return isEmptyValue(value);
    case 'notEmpty':
      return !isEmptyValue(value);
  }
}

/** The value at a `.`-separated key path of an object, or undefined. */
export function valueAtPath(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.')) node = isJsonObject(node) ? node[key] : undefined;
  return node;
}

/** What a compiled rule needs to know of the field it reads. */
export type ConditionFieldKind = (path: string) => FieldKind | undefined;

/**
 * The values `empty` stands for in the schema; absence is the third. Built
 * anew each time rather than cloned: ajv compares an array in `enum` by its
 * constructor too, and `structuredClone` under jest makes another realm's.
 */
function emptyValues(): ['', []] {
  return ['', []];
}

/**
 * The JSON Schema (an `if`) that holds exactly when `condition` does, for
 * data of the group at `home` (the key path of the object the `if` sits in:
 * `[]` for the form, `['items']` for a line of the table `items`). Rule paths
 * must lie below `home`. A one-rule AND condition compiles to the rule alone,
 * so a single `=` reads as the designer always wrote it:
 * `{properties: {f: {const: v}}, required: [f]}`.
 */
export function compileCondition(
  condition: Condition,
  home: readonly string[],
  kindOf: ConditionFieldKind,
): JsonObject {
  const only = condition.rules[0];
  if (condition.combine === 'all' && condition.rules.length === 1 && only && !isConditionSubgroup(only))
    return compileRule(only, home, kindOf);
  return {
    [condition.combine === 'all' ? 'allOf' : 'anyOf']: condition.rules.map((item) =>
      isConditionSubgroup(item)
        ? { [item.combine === 'all' ? 'allOf' : 'anyOf']: item.rules.map((rule) => compileRule(rule, home, kindOf)) }
        : compileRule(item, home, kindOf),
    ),
  };
}

/**
 * One rule: the test on the value, wrapped in `properties` down the path. A
 * test that needs a value requires each key on the way (an absent section has
 * no value in it); `empty` holds on absence, so it requires none. `≠` is the
 * negation of `=`, so an empty field is "not equal".
 */
export function compileRule(rule: ConditionRule, home: readonly string[], kindOf: ConditionFieldKind): JsonObject {
  if (rule.operator === 'ne') return { not: compileRule({ ...rule, operator: 'eq' }, home, kindOf) };
  const path = relativePath(rule.field, home);
  const value = rule.value;
  let test: JsonObject;
  const { operator } = rule;
  const comparison = operator === 'gt' || operator === 'gte' || operator === 'lt' || operator === 'lte';
  if (comparison && typeof value === 'string') return wrapped(path, { pattern: datePattern(value, operator) }, true);
  switch (rule.operator) {
    case 'eq':
      test = { const: value };
      break;
    case 'gt':
      test = { exclusiveMinimum: value };
      break;
    case 'gte':
      test = { minimum: value };
      break;
    case 'lt':
      test = { exclusiveMaximum: value };
      break;
    case 'lte':
      test = { maximum: value };
      break;
    case 'contains':
      test = LIST_KINDS.includes(kindOf(rule.field) ?? 'text')
        ? { contains: { const: value } }
        : { pattern: escapePattern(String(value)) };
      break;
    case 'empty':
      test = { enum: emptyValues() };
      break;
    case 'notEmpty':
      test = { not: { enum: emptyValues() } };
      break;
  }
  return wrapped(path, test, rule.operator !== 'empty');
}

function wrapped(path: readonly string[], test: JsonObject, needsValue: boolean): JsonObject {
  return path.reduceRight<JsonObject>(
    (inner, key) => ({ properties: { [key]: inner }, ...(needsValue ? { required: [key] } : {}) }),
    test,
  );
}

type Comparison = 'gt' | 'gte' | 'lt' | 'lte';

/** Numbers by value; dates (`YYYY-MM-DD`, equal length) by their text, which orders them as the calendar does. */
function compares(operator: Comparison, value: unknown, expected: unknown): boolean {
  const comparable =
    (typeof value === 'number' && typeof expected === 'number') ||
    (typeof value === 'string' && typeof expected === 'string');
  if (!comparable) return false;
  const [a, b] = [value, expected] as [number | string, number | string];
  return operator === 'gt' ? a > b : operator === 'gte' ? a >= b : operator === 'lt' ? a < b : a <= b;
}

/** What each digit of a date may be: the shape `datePattern` fills in after the position that decides. */
const DATE_SHAPE = 'dddd-dd-dd';

/**
 * A regular expression that matches exactly the dates (`YYYY-MM-DD`) after
 * (`gt`, `gte`) or before (`lt`, `lte`) `date`: JSON Schema compares only
 * numbers, but dates of one shape order as their text, so one alternative per
 * digit says "the same up to here, then a larger (smaller) digit".
 */
export function datePattern(date: string, operator: Comparison): string {
  const after = operator === 'gt' || operator === 'gte';
  const alternatives: string[] = [];
  for (let i = 0; i < date.length; i++) {
    const char = date[i] as string;
    if (!/\d/.test(char) || char === (after ? '9' : '0')) continue;
    const digit = Number(char);
    const range = after ? `[${digit + 1}-9]` : `[0-${digit - 1}]`;
    alternatives.push(date.slice(0, i) + range + DATE_SHAPE.slice(i + 1).replace(/d/g, '\\d'));
  }
  if (operator === 'gte' || operator === 'lte') alternatives.push(date);
  return `^(?:${alternatives.join('|')})$`;
}

/** The comparison `datePattern` wrote, or undefined. */
function readDatePattern(pattern: string): Omit<ConditionRule, 'field'> | undefined {
  const body = /^\^\(\?:(.*)\)\$$/.exec(pattern)?.[1];
  if (body === undefined) return undefined;
  const alternatives = body.split('|');
  const last = alternatives[alternatives.length - 1] ?? '';
  const candidates: [Comparison, string][] = [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(last)) candidates.push(['gte', last], ['lte', last]);
  const decided = /^([\d-]*)\[(\d)-(\d)\]/.exec(last);
  if (decided) {
    const [, prefix = '', low = '', high = ''] = decided;
    const after = high === '9';
    const rest = DATE_SHAPE.slice(prefix.length + 1).replace(/d/g, after ? '9' : '0');
    candidates.push([after ? 'gt' : 'lt', prefix + String(after ? Number(low) - 1 : Number(high) + 1) + rest]);
  }
  const found = candidates.find(([operator, date]) => datePattern(date, operator) === pattern);
  return found ? { operator: found[0], value: found[1] } : undefined;
}

/** `path` (`a.b`) below `home`, as keys; the whole path when it does not start at home (checkFormModel refuses that). */
export function relativePath(path: string, home: readonly string[]): string[] {
  const keys = path.split('.');
  return home.every((key, index) => keys[index] === key) && keys.length > home.length ? keys.slice(home.length) : keys;
}

/** Characters that mean something in a regular expression (with the `u` flag, only these may be escaped). */
const PATTERN_SYNTAX = /[\^$\\.*+?()[\]{}|/]/g;

/** A regular expression that finds `text` anywhere: how 包含 is written for text. */
export function escapePattern(text: string): string {
  return text.replace(PATTERN_SYNTAX, '\\$&');
}

function unescapePattern(pattern: string): string | undefined {
  const text = pattern.replace(/\\(.)/gu, '$1');
  return escapePattern(text) === pattern ? text : undefined;
}

/**
 * Reads an `if` back into a condition, or undefined when it is not one the
 * compiler writes. `schemaAt(path)` gives the schema of the field at a path
 * (relative to `home`), to tell a checkbox group's 包含 from a text's; the
 * result is checked by compiling it again, so reading never changes meaning.
 */
export function readCondition(
  schema: unknown,
  home: readonly string[],
  schemaAt: (path: readonly string[]) => unknown,
): Condition | undefined {
  const condition = readGroupShape(schema);
  if (!condition) return undefined;
  const kindOf: ConditionFieldKind = (path) => {
    const field = schemaAt(relativePath(path, home));
    return isJsonObject(field) && field.type === 'array' ? 'checkbox' : 'text';
  };
  const absolute: Condition = {
    combine: condition.combine,
    rules: condition.rules.map((item) =>
      isConditionSubgroup(item)
        ? { ...item, rules: item.rules.map((rule) => withHome(rule, home)) }
        : withHome(item, home),
    ),
  };
  return jsonEqual(compileCondition(absolute, home, kindOf), schema) ? absolute : undefined;
}

function withHome(rule: ConditionRule, home: readonly string[]): ConditionRule {
  return { ...rule, field: [...home, rule.field].join('.') };
}

function readGroupShape(schema: unknown): Condition | undefined {
  if (!isJsonObject(schema)) return undefined;
  const combineOf = (node: JsonObject): [ConditionCombine, unknown[]] | undefined => {
    if (Object.keys(node).length !== 1) return undefined;
    if (Array.isArray(node.allOf)) return ['all', node.allOf];
    if (Array.isArray(node.anyOf)) return ['any', node.anyOf];
    return undefined;
  };
  const group = combineOf(schema);
  if (!group) {
    const rule = readRuleShape(schema);
    return rule ? { combine: 'all', rules: [rule] } : undefined;
  }
  const rules: (ConditionRule | ConditionSubgroup)[] = [];
  for (const item of group[1]) {
    const sub = isJsonObject(item) ? combineOf(item) : undefined;
    if (sub) {
      const inner = sub[1].map(readRuleShape);
      if (inner.some((rule) => rule === undefined)) return undefined;
      rules.push({ combine: sub[0], rules: inner as ConditionRule[] });
    } else {
      const rule = readRuleShape(item);
      if (!rule) return undefined;
      rules.push(rule);
    }
  }
  return rules.length > 0 ? { combine: group[0], rules } : undefined;
}

/** A rule as the compiler writes it, with its path relative to where it was found. */
function readRuleShape(schema: unknown): ConditionRule | undefined {
  if (!isJsonObject(schema)) return undefined;
  if (Object.keys(schema).length === 1 && 'not' in schema) {
    const equal = readRuleShape(schema.not);
    return equal?.operator === 'eq' ? { ...equal, operator: 'ne' } : undefined;
  }
  const keys: string[] = [];
  let node: unknown = schema;
  while (isJsonObject(node) && isJsonObject(node.properties)) {
    const names = Object.keys(node.properties);
    const key = names[0];
    if (names.length !== 1 || key === undefined) return undefined;
    keys.push(key);
    node = node.properties[key];
  }
  if (keys.length === 0 || !isJsonObject(node)) return undefined;
  const rule = readTest(node);
  return rule ? { field: keys.join('.'), ...rule } : undefined;
}

function readTest(test: JsonObject): Omit<ConditionRule, 'field'> | undefined {
  const entries = Object.entries(test);
  const [keyword, value] = entries[0] ?? [];
  if (entries.length !== 1 || keyword === undefined) return undefined;
  const isValue = (v: unknown): v is ConditionValue =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const comparisons: Record<string, ConditionOperator> = {
    exclusiveMinimum: 'gt',
    minimum: 'gte',
    exclusiveMaximum: 'lt',
    maximum: 'lte',
  };
  if (keyword === 'const' && isValue(value)) return { operator: 'eq', value };
  const comparison = comparisons[keyword];
  if (comparison && typeof value === 'number') return { operator: comparison, value };
  if (keyword === 'contains' && isJsonObject(value) && Object.keys(value).length === 1 && isValue(value.const))
    return { operator: 'contains', value: value.const };
  if (keyword === 'pattern' && typeof value === 'string') {
    const dated = readDatePattern(value);
    if (dated) return dated;
    const text = unescapePattern(value);
    return text === undefined ? undefined : { operator: 'contains', value: text };
  }
  if (keyword === 'enum' && jsonEqual(value, emptyValues())) return { operator: 'empty' };
  if (keyword === 'not' && jsonEqual(value, { enum: emptyValues() })) return { operator: 'notEmpty' };
  return undefined;
}

/** A condition with every rule on `from` (or below it) moved to `to`: renaming a key keeps its conditions. */
export function renameConditionField(condition: Condition, from: string, to: string): Condition {
  const rename = (rule: ConditionRule): ConditionRule =>
    rule.field === from || rule.field.startsWith(`${from}.`)
      ? { ...rule, field: to + rule.field.slice(from.length) }
      : rule;
  return {
    combine: condition.combine,
    rules: condition.rules.map((item) =>
      isConditionSubgroup(item) ? { ...item, rules: item.rules.map(rename) } : rename(item),
    ),
  };
}

/** Fields (and the fields they hold) with every condition's rules on `from` (or below it) moved to `to`. */
export function renameConditionReferences(fields: readonly DesignerField[], from: string, to: string): DesignerField[] {
  return fields.map((field) => {
    const renamed = { ...field };
    if (field.visibleWhen) renamed.visibleWhen = renameConditionField(field.visibleWhen, from, to);
    if (field.requiredWhen) renamed.requiredWhen = renameConditionField(field.requiredWhen, from, to);
    if (field.children) renamed.children = renameConditionReferences(field.children, from, to);
    return renamed;
  });
}

/** A field with its key path from the root, as conditions name it. */
export interface FieldAtPath {
  path: string;
  field: DesignerField;
  /** The table the field is a column of, if any. */
  table?: string;
}

/** Every field with its key path, in display order (depth first). */
export function fieldsWithPaths(fields: readonly DesignerField[], prefix = '', table?: string): FieldAtPath[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    const here: FieldAtPath = { path, field, ...(table ? { table } : {}) };
    const inside = field.children ? fieldsWithPaths(field.children, path, field.kind === 'table' ? path : table) : [];
    return [here, ...inside];
  });
}

/**
 * The fields a condition of the field `uid` may read: those above it, not
 * containers, and not table columns unless it is a column of the same table.
 */
export function conditionCandidates(fields: readonly DesignerField[], uid: string): FieldAtPath[] {
  const all = fieldsWithPaths(fields);
  const index = all.findIndex((entry) => entry.field.uid === uid);
  if (index < 0) return [];
  const target = all[index] as FieldAtPath;
  return all
    .slice(0, index)
    .filter((entry) => operatorsFor(entry.field.kind).length > 0)
    .filter((entry) => entry.table === target.table);
}
