import { isChineseFormat } from '../formats/chinese-formats';
import { isPrefillSource } from '../prefill';
import { AMOUNT_STEP, compileField, DATE_RANGE_PARTS } from './compile-form-model';
import {
  kindLookup,
  readConditionRules,
  readsOnlyGroup,
  requiredWhenOf,
  schemaLookup,
  type ReadConditions,
} from './condition-rules';
import type { Condition } from './conditions';
import {
  DESIGNER_FIELDS,
  DESIGNER_WIDGETS,
  ORG_PICKER_KINDS,
  type ChoiceOption,
  type DesignerField,
  type FormModel,
} from './form-model';
import { formulaOf } from './formula-schema';
import { withDataUrlsAsAttachments } from './data-url-fields';
import { CONFLICT, extraOf, isJsonObject, jsonEqual, type JsonObject } from './json-value';
import { readRegionDepth } from './region-field';
import { readDictionary } from './dictionary-choices';

/** Keywords of an object node that the group model speaks for. */
const GROUP_KEYWORDS = ['type', 'title', 'description', 'properties', 'required', 'allOf'];

/**
 * Reads a JSON Schema form (and its uiSchema) into the designer's model, as
 * far as the model can say it: each property becomes the field kind it
 * matches, checked by compiling that field again and comparing; whatever is
 * left over stays verbatim in `extraSchema` / `extraUi`, and a property no
 * kind matches becomes a `raw` field edited as JSON. So
 * `compileFormModel(parseFormSchema(s, u))` is the same form as `s`, `u`,
 * except that rjsf's file fields (`format: "data-url"`) become attachment
 * fields (`withDataUrlsAsAttachments`).
 *
 * Field `uid`s are `f1`, `f2`, … in document order.
 */
export function parseFormSchema(schema: unknown, uiSchema: unknown = {}): FormModel {
  const counter = { next: 1 };
  const { schema: root, uiSchema: ui } = withDataUrlsAsAttachments(
    isJsonObject(schema) ? schema : {},
    isJsonObject(uiSchema) ? uiSchema : {},
  );
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

function parseGroup(
  node: JsonObject,
  ui: JsonObject,
  counter: { next: number },
  home: readonly string[] = [],
): ParsedGroup {
  const properties = isJsonObject(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.filter((k) => typeof k === 'string') : []);

  // Conditional fields: declared in a `then` whose `if` is one of ours, here or (for a section's) at the root.
  const read = readConditionRules(node, home);
  if (home.length === 0) HOISTED.set(counter, hoistedBySection(read));
  const fromRoot = home.length === 1 ? HOISTED.get(counter)?.get(home[0] as string) : undefined;
  const conditional = new Map([...read.shown, ...(fromRoot ?? [])]);
  const otherRules: unknown[] = [...read.otherRules];

  const declared = [...Object.keys(properties), ...conditional.keys()];
  const order = Array.isArray(ui['ui:order']) ? ui['ui:order'].filter((k): k is string => typeof k === 'string') : [];
  const ordered: string[] = [];
  for (const key of order) {
    if (key === '*') ordered.push(...declared.filter((k) => !order.includes(k)));
    else if (declared.includes(key) && !ordered.includes(key)) ordered.push(key);
  }
  for (const key of declared) if (!ordered.includes(key)) ordered.push(key);

  let fields = ordered.map((key) => {
    const fieldUi = isJsonObject(ui[key]) ? ui[key] : {};
    const when = conditional.get(key);
    if (when)
      return { ...parseField(key, when.schema, fieldUi, when.required, counter, home), visibleWhen: when.visibleWhen };
    return parseField(key, properties[key], fieldUi, required.has(key), counter, home);
  });
  fields = withRequiredWhen(fields, home, read, otherRules);
  // A root entry showing a section's field stands only if the section read as one and holds the field.
  for (const entry of read.hoisted) {
    const section = fields.find((field) => field.key === entry.section && field.kind === 'section');
    const held = [...entry.fields.keys()].every((key) => section?.children?.some((child) => child.key === key));
    if (!held) otherRules.push(entry.rule);
  }
  if (home.length === 1 && (fromRoot || read.open || 'propertyNames' in node)) {
    const closed = jsonEqual(node.propertyNames, { enum: fields.map((field) => field.key) });
    return { fields, closed, otherRules, consumedKeywords: closed ? ['propertyNames'] : [] };
  }
  const closedBy = conditional.size > 0 ? 'unevaluatedProperties' : 'additionalProperties';
  const closed = node[closedBy] === false;
  return { fields, closed, otherRules, consumedKeywords: closed ? [closedBy] : [] };
}

type ShownFields = ReadConditions['hoisted'][number]['fields'];

/** Fields the root shows in each section, handed to the section's own reading (one parse at a time holds its counter). */
const HOISTED = new WeakMap<{ next: number }, Map<string, ShownFields>>();

function hoistedBySection(read: ReadConditions): Map<string, ShownFields> {
  const bySection = new Map<string, ShownFields>();
  for (const entry of read.hoisted)
    bySection.set(entry.section, new Map([...(bySection.get(entry.section) ?? []), ...entry.fields]));
  return bySection;
}

/**
 * The fields with the 必填条件 the group's entries say, once the fields (and
 * their 显示条件) are known; an entry the compiler would not write for them
 * joins `otherRules`. At the root, entries requiring fields of a section.
 */
function withRequiredWhen(
  fields: DesignerField[],
  home: readonly string[],
  read: ReadConditions,
  otherRules: unknown[],
): DesignerField[] {
  const kinds = kindLookup(fields, home);
  const schemaAt = schemaLookup(fields, home);
  const assign = (
    group: DesignerField[],
    keys: string[],
    conditionOf: (field: DesignerField) => Condition | undefined,
  ) => {
    const found = keys.map((key) => group.find((field) => field.key === key));
    const conditions = found.map((field) =>
      field && !field.requiredWhen && field.kind !== 'staticText' ? conditionOf(field) : undefined,
    );
    if (new Set(keys).size !== keys.length || conditions.some((condition) => condition === undefined)) return undefined;
    return group.map((field) => {
      const index = keys.indexOf(field.key);
      return index < 0 ? field : { ...field, requiredWhen: conditions[index] as Condition };
    });
  };
  let result = fields;
  for (const entry of read.needed) {
    const next = assign(result, entry.keys, (field) =>
      requiredWhenOf(entry.when, field.visibleWhen, home, kinds, schemaAt),
    );
    if (next) result = next;
    else otherRules.push(entry.rule);
  }
  for (const entry of read.crossSection) {
    const section = result.find((field) => field.key === entry.section && field.kind === 'section');
    const sectionHome = [entry.section];
    const children = section
      ? assign(section.children ?? [], entry.keys, (field) => {
          const requiredWhen = requiredWhenOf(entry.when, field.visibleWhen, home, kinds, schemaAt);
          // Rules inside the section are written inside it; only those reading outside are the root's.
          const inside =
            requiredWhen &&
            readsOnlyGroup(requiredWhen, sectionHome) &&
            (!field.visibleWhen || readsOnlyGroup(field.visibleWhen, sectionHome));
          return inside ? undefined : requiredWhen;
        })
      : undefined;
    if (section && children) result = result.map((field) => (field === section ? { ...section, children } : field));
    else otherRules.push(entry.rule);
  }
  return result;
}

function parseField(
  key: string,
  schema: unknown,
  ui: JsonObject,
  required: boolean,
  counter: { next: number },
  home: readonly string[] = [],
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
  const guess = guessField(schema, ui, counter, [...home, key]);
  if (!guess) return raw;
  const dictionary = guess.options ? readDictionary(schema) : undefined;
  if (dictionary) guess.dictionary = dictionary;
  const field: DesignerField = {
    uid,
    key,
    required,
    title: typeof schema.title === 'string' ? schema.title : '',
    ...guess,
    ...formulaOf(schema),
  };
  const compiled = compileField(field, home);
  // Compare with what the guess compiles to: anything the guess would add or change means it misread the schema.
  const extraSchema = extraOf(schema, compiled.schema);
  const extraUi = extraOf(ui, compiled.ui, ['ui:order']);
  if (extraSchema === CONFLICT || extraUi === CONFLICT) return raw;
  if (Object.keys(extraSchema).length > 0) field.extraSchema = extraSchema;
  if (Object.keys(extraUi).length > 0) field.extraUi = extraUi;
  return field;
}

type Guess = Omit<DesignerField, 'uid' | 'key' | 'required' | 'title'>;

/** Keywords that change what a value may be beyond what the panel shows: such a property is edited as JSON. */
const CONSTRAINING = ['enum', 'const', '$ref', 'oneOf', 'anyOf', 'allOf', 'not', 'if'];

/** The field kind a property looks like, with the properties the model reads from it. */
function guessField(
  schema: JsonObject,
  ui: JsonObject,
  counter: { next: number },
  path: readonly string[],
): Guess | undefined {
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
  // A section's `allOf` holds its fields' conditions; the group reads them, and anything else makes it raw there.
  const rules = schema.type === 'object' ? ['enum', 'const', '$ref', 'oneOf', 'anyOf', 'not', 'if'] : CONSTRAINING;
  if (rules.some((k) => k in schema) && !schema.oneOf) {
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
    const prefill = isJsonObject(ui['ui:options']) ? ui['ui:options'].prefill : undefined;
    return {
      kind,
      ...common,
      ...(isPrefillSource(prefill) ? { prefill } : {}),
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
      const group = parseGroup(schema.items, itemsUi, counter, path);
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
    const group = parseGroup(schema, ui, counter, path);
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

function leftover(object: JsonObject, known: readonly string[]): JsonObject {
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => !known.includes(key))
      .map(([key, value]) => [key, structuredClone(value)]),
  );
}
