import { isChineseFormat } from '../formats/chinese-formats';
import { AMOUNT_STEP, compileField, DATE_RANGE_PARTS } from './compile-form-model';
import {
  DESIGNER_FIELDS,
  DESIGNER_WIDGETS,
  ORG_PICKER_KINDS,
  type ChoiceOption,
  type DesignerField,
  type FormModel,
  type VisibleWhen,
} from './form-model';
import { formulaOf } from './formula-schema';
import { CONFLICT, extraOf, isJsonObject, jsonEqual, type JsonObject } from './json-value';
import { readRegionDepth } from './region-field';

/** Keywords of an object node that the group model speaks for. */
const GROUP_KEYWORDS = ['type', 'title', 'description', 'properties', 'required', 'allOf'];

/**
 * Reads a JSON Schema form (and its uiSchema) into the designer's model, as
 * far as the model can say it: each property becomes the field kind it
 * matches, checked by compiling that field again and comparing; whatever is
 * left over stays verbatim in `extraSchema` / `extraUi`, and a property no
 * kind matches becomes a `raw` field edited as JSON. So
 * `compileFormModel(parseFormSchema(s, u))` is the same form as `s`, `u`.
 *
 * Field `uid`s are `f1`, `f2`, … in document order.
 */
export function parseFormSchema(schema: unknown, uiSchema: unknown = {}): FormModel {
  const counter = { next: 1 };
  const root = isJsonObject(schema) ? schema : {};
  const ui = isJsonObject(uiSchema) ? uiSchema : {};
  const group = parseGroup(root, ui, counter);
  const extraSchema = leftover(root, [...GROUP_KEYWORDS, '$schema', ...group.consumedKeywords]);
  if (group.otherRules.length > 0) extraSchema.allOf = group.otherRules;
  const extraUi = leftover(ui, ['ui:order', ...group.fields.map((field) => field.key)]);
  return {
    title: typeof root.title === 'string' ? root.title : '',
    ...(typeof root.description === 'string' ? { description: root.description } : {}),
    fields: group.fields,
    closed: group.closed,
    ...(Object.keys(extraSchema).length > 0 ? { extraSchema } : {}),
    ...(Object.keys(extraUi).length > 0 ? { extraUi } : {}),
  };
}

interface ParsedGroup {
  fields: DesignerField[];
  closed: boolean;
  /** `allOf` entries that are not visibility conditions. */
  otherRules: unknown[];
  /** `additionalProperties` / `unevaluatedProperties` when they were read as `closed`. */
  consumedKeywords: string[];
}

function parseGroup(node: JsonObject, ui: JsonObject, counter: { next: number }): ParsedGroup {
  const properties = isJsonObject(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.filter((k) => typeof k === 'string') : []);
  const rules = Array.isArray(node.allOf) ? node.allOf : [];

  // Conditional fields: declared in a `then` whose `if` is one of ours.
  const conditional = new Map<string, { schema: JsonObject; visibleWhen: VisibleWhen; required: boolean }>();
  const otherRules: unknown[] = [];
  for (const rule of rules) {
    const visibility = readVisibilityRule(rule, properties);
    if (!visibility || visibility.keys.some((key) => conditional.has(key))) {
      otherRules.push(rule);
      continue;
    }
    for (const key of visibility.keys) {
      conditional.set(key, {
        schema: visibility.shown[key] as JsonObject,
        visibleWhen: visibility.visibleWhen,
        required: visibility.required.includes(key),
      });
    }
  }

  const declared = [...Object.keys(properties), ...conditional.keys()];
  const order = Array.isArray(ui['ui:order']) ? ui['ui:order'].filter((k): k is string => typeof k === 'string') : [];
  const ordered: string[] = [];
  for (const key of order) {
    if (key === '*') ordered.push(...declared.filter((k) => !order.includes(k)));
    else if (declared.includes(key) && !ordered.includes(key)) ordered.push(key);
  }
  for (const key of declared) if (!ordered.includes(key)) ordered.push(key);

  const fields = ordered.map((key) => {
    const fieldUi = isJsonObject(ui[key]) ? ui[key] : {};
    const when = conditional.get(key);
    if (when)
      return { ...parseField(key, when.schema, fieldUi, when.required, counter), visibleWhen: when.visibleWhen };
    return parseField(key, properties[key], fieldUi, required.has(key), counter);
  });
  const closedBy = conditional.size > 0 ? 'unevaluatedProperties' : 'additionalProperties';
  const closed = node[closedBy] === false;
  return { fields, closed, otherRules, consumedKeywords: closed ? [closedBy] : [] };
}

/** An `allOf` entry the compiler would write for conditional fields, or undefined. */
function readVisibilityRule(
  rule: unknown,
  properties: JsonObject,
): { keys: string[]; shown: JsonObject; required: string[]; visibleWhen: VisibleWhen } | undefined {
  if (!isJsonObject(rule) || !hasExactly(rule, ['if', 'then'])) return undefined;
  const { if: when, then } = rule;
  if (!isJsonObject(when) || !hasExactly(when, ['properties', 'required'])) return undefined;
  if (!isJsonObject(when.properties) || !Array.isArray(when.required)) return undefined;
  const controllers = Object.keys(when.properties);
  const controller = controllers[0];
  if (controllers.length !== 1 || controller === undefined) return undefined;
  if (when.required.length !== 1 || when.required[0] !== controller) return undefined;
  const test = when.properties[controller];
  const constOf = (value: unknown) =>
    isJsonObject(value) && hasExactly(value, ['const']) && isPrimitive(value.const) ? value.const : undefined;
  const value = isJsonObject(test) && hasExactly(test, ['contains']) ? constOf(test.contains) : constOf(test);
  if (value === undefined) return undefined;

  if (!isJsonObject(then) || !isJsonObject(then.properties)) return undefined;
  if (Object.keys(then).some((key) => key !== 'properties' && key !== 'required')) return undefined;
  const keys = Object.keys(then.properties);
  const thenRequired = Array.isArray(then.required) ? then.required : [];
  const shown = then.properties;
  if (keys.length === 0 || keys.some((key) => key in properties || !isJsonObject(shown[key]))) return undefined;
  if (thenRequired.some((key) => typeof key !== 'string' || !keys.includes(key))) return undefined;
  return { keys, shown, required: thenRequired as string[], visibleWhen: { field: controller, value } };
}

function parseField(
  key: string,
  schema: unknown,
  ui: JsonObject,
  required: boolean,
  counter: { next: number },
): DesignerField {
  const uid = `f${counter.next++}`;
  const raw: DesignerField = {
    uid,
    key,
    kind: 'raw',
    title: isJsonObject(schema) && typeof schema.title === 'string' ? schema.title : '',
    required,
    extraSchema: isJsonObject(schema) ? structuredClone(schema) : {},
    ...(Object.keys(ui).length > 0 ? { extraUi: structuredClone(ui) } : {}),
  };
  if (!isJsonObject(schema)) return raw;
  const guess = guessField(schema, ui, counter);
  if (!guess) return raw;
  const field: DesignerField = {
    uid,
    key,
    required,
    title: typeof schema.title === 'string' ? schema.title : '',
    ...guess,
    ...formulaOf(schema),
  };
  const compiled = compileField(field);
  // Compare with what the guess compiles to: anything the guess would add or change means it misread the schema.
  const extraSchema = extraOf(schema, compiled.schema);
  const extraUi = extraOf(ui, compiled.ui, ['ui:order']);
  if (extraSchema === CONFLICT || extraUi === CONFLICT) return raw;
  if (Object.keys(extraSchema).length > 0) field.extraSchema = extraSchema;
  if (Object.keys(extraUi).length > 0) field.extraUi = extraUi;
  return field;
}

type Guess = Omit<DesignerField, 'uid' | 'key' | 'required' | 'title'>;

/** The field kind a property looks like, with the properties the model reads from it. */
function guessField(schema: JsonObject, ui: JsonObject, counter: { next: number }): Guess | undefined {
  const common: Partial<Guess> = {
    ...(schema.default !== undefined ? { default: structuredClone(schema.default) } : {}),
    ...(typeof ui['ui:help'] === 'string' ? { help: ui['ui:help'] } : {}),
    ...(typeof ui['ui:placeholder'] === 'string' ? { placeholder: ui['ui:placeholder'] } : {}),
  };
  const widget = ui['ui:widget'];
  const numbers = (...names: (keyof Guess)[]) =>
    Object.fromEntries(names.filter((name) => typeof schema[name] === 'number').map((name) => [name, schema[name]]));

  if (schema.type === 'null')
    return { kind: 'staticText', ...(typeof schema.description === 'string' ? { text: schema.description } : {}) };
  // Keywords that change what a value may be beyond what the panel shows: such a property is edited as JSON.
  if (['enum', 'const', '$ref', 'oneOf', 'anyOf', 'allOf', 'not', 'if'].some((k) => k in schema) && !schema.oneOf) {
    if (!(schema.type === 'boolean' && jsonEqual(schema.enum, [true]))) return undefined;
  }
  if (schema.type === 'boolean') {
    return { kind: 'boolean', ...common, ...(jsonEqual(schema.enum, [true]) ? { mustAccept: true } : {}) };
  }
  if (schema.type === 'string') {
    if (widget === DESIGNER_WIDGETS.orgPicker) {
      const orgKind = isJsonObject(ui['ui:options']) ? ui['ui:options'].orgKind : undefined;
      const known = ORG_PICKER_KINDS.find((kind) => kind === orgKind);
      return { kind: 'orgPicker', ...common, ...(known ? { orgKind: known } : {}) };
    }
    if (widget === DESIGNER_WIDGETS.userPicker) return { kind: 'userPicker', ...common };
    if (schema.format === 'date') return { kind: 'date', ...common };
    const options = readChoices(schema.oneOf);
    if (options) return { kind: widget === 'radio' ? 'radio' : 'select', options, ...common };
    const kind = widget === 'textarea' ? 'textarea' : 'text';
    return {
      kind,
      ...common,
      ...numbers('minLength', 'maxLength'),
      ...(typeof schema.pattern === 'string' ? { pattern: schema.pattern } : {}),
      ...(kind === 'text' && isChineseFormat(schema.format) ? { format: schema.format } : {}),
    };
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    const bounds = numbers('minimum', 'maximum');
    if (schema.type === 'number' && schema.multipleOf === AMOUNT_STEP) return { kind: 'amount', ...common, ...bounds };
    return { kind: 'number', ...common, ...bounds, ...(schema.type === 'integer' ? { integer: true } : {}) };
  }
  if (schema.type === 'array' && isJsonObject(schema.items)) {
    const counts = numbers('minItems', 'maxItems');
    if (ui['ui:field'] === DESIGNER_FIELDS.attachments) return { kind: 'attachment', ...common, ...counts };
    const options = readChoices(schema.items.oneOf);
    if (widget === 'checkboxes' && options) return { kind: 'checkbox', options, ...common, ...counts };
    if (schema.items.type === 'object') {
      const itemsUi = isJsonObject(ui.items) ? ui.items : {};
      const group = parseGroup(schema.items, itemsUi, counter);
      if (!group.closed || group.otherRules.length > 0) return undefined;
      return { kind: 'table', children: group.fields, ...common, ...counts };
    }
    return undefined;
  }
  const regionDepth = readRegionDepth(schema, ui);
  if (regionDepth) return { kind: 'region', regionDepth, ...common };
  if (schema.type === 'object' && isJsonObject(schema.properties)) {
    const { start, end } = schema.properties;
    const isDate = (part: unknown, title: string) =>
      isJsonObject(part) && part.format === 'date' && part.title === title;
    if (
      Object.keys(schema.properties).length === 2 &&
      isDate(start, DATE_RANGE_PARTS.start) &&
      isDate(end, DATE_RANGE_PARTS.end)
    )
      return { kind: 'dateRange', ...common };
    const group = parseGroup(schema, ui, counter);
    if (!group.closed || group.otherRules.length > 0) return undefined;
    return { kind: 'section', children: group.fields, ...common };
  }
  return undefined;
}

/** Choices written as `oneOf` of `{ const, title }` with string values, or undefined. */
function readChoices(oneOf: unknown): ChoiceOption[] | undefined {
  if (!Array.isArray(oneOf) || oneOf.length === 0) return undefined;
  const options: ChoiceOption[] = [];
  for (const choice of oneOf) {
    if (!isJsonObject(choice) || !hasExactly(choice, ['const', 'title'])) return undefined;
    if (typeof choice.const !== 'string' || typeof choice.title !== 'string') return undefined;
    options.push({ value: choice.const, label: choice.title });
  }
  return options;
}

function hasExactly(object: JsonObject, keys: readonly string[]): boolean {
  const own = Object.keys(object);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function leftover(object: JsonObject, known: readonly string[]): JsonObject {
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => !known.includes(key))
      .map(([key, value]) => [key, structuredClone(value)]),
  );
}
