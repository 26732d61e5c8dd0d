import {
  compileCondition,
  conditionFields,
  fieldsWithPaths,
  readCondition,
  type Condition,
  type ConditionFieldKind,
} from './conditions';
import { compileField } from './compile-form-model';
import type { DesignerField } from './form-model';
import { compact, isJsonObject, jsonEqual, type JsonObject } from './json-value';

/**
 * How a group's 显示条件 and 必填条件 become `allOf` entries, and how they are
 * read back.
 *
 * - 显示条件: `{if: V, then: {properties: {f: …}, required: [f if 必填]}}`.
 *   The field is declared only in the `then`, and the group is closed with
 *   `unevaluatedProperties: false`, so a hidden field is absent from valid
 *   data (a value for it is refused) and never required. Fields with the same
 *   condition share one entry. react-jsonschema-form merges the `then` while
 *   the condition holds, so the field appears and disappears as one types.
 * - 必填条件: `{if: R, then: {required: [f]}}`, or `{if: {allOf: [V, R]}, …}`
 *   for a field that also has a 显示条件 (a hidden field is never required).
 *   A field of a section whose 必填条件 reads fields outside the section is
 *   required from the form's root: `{if: R, then: {properties: {s: {properties: {}, required: [f]}}}}`.
 *
 * - 显示条件 of a section's field reading outside the section: the root shows
 *   it, `{if: V, then: {properties: {s: {properties: {f: …}}}}, else:
 *   {properties: {s: absent([f])}}}`, and the section is closed by
 *   `propertyNames` (the names it may ever hold) instead, since its own
 *   `unevaluatedProperties` cannot see the root's `then`; its own entries then
 *   carry `else: absent(…)` too.
 */

/** A condition is on when it has rules. */
export function hasCondition(condition: Condition | undefined): condition is Condition {
  return condition !== undefined && condition.rules.length > 0;
}

/** Kinds of the fields under `fields` by key path, for rules that read them (包含 differs for lists). */
export function kindLookup(fields: readonly DesignerField[], home: readonly string[]): ConditionFieldKind {
  const kinds = new Map(fieldsWithPaths(fields, home.join('.')).map((entry) => [entry.path, entry.field.kind]));
  return (path) => kinds.get(path);
}

/** Whether every field `condition` reads lies inside the group at `home`. */
export function readsOnlyGroup(condition: Condition, home: readonly string[]): boolean {
  return conditionFields(condition).every((path) => {
    const keys = path.split('.');
    return keys.length > home.length && home.every((key, index) => keys[index] === key);
  });
}

interface Entry {
  when: JsonObject;
  properties: JsonObject;
  required: string[];
}

/**
 * The entries of one group (at `home`) for its fields' conditions, visibility
 * first, in field order; `compiled` holds each field's own schema. Returns
 * the keys declared only under a condition, which the group leaves out of
 * its `properties`.
 */
export function groupConditionRules(
  fields: readonly DesignerField[],
  home: readonly string[],
  compiled: ReadonlyMap<string, JsonObject>,
): { rules: JsonObject[]; conditional: Set<string>; hoisted: Set<string> } {
  const kindOf = kindLookup(fields, home);
  const shown = new Map<string, Entry>();
  const needed = new Map<string, Entry>();
  const conditional = new Set<string>();
  const hoisted = new Set<string>();
  const add = (entries: Map<string, Entry>, when: JsonObject): Entry => {
    const id = JSON.stringify(when);
    const entry = entries.get(id) ?? { when, properties: {}, required: [] };
    entries.set(id, entry);
    return entry;
  };
  for (const field of fields) {
    const visible = hasCondition(field.visibleWhen) ? field.visibleWhen : undefined;
    const fillable = field.kind !== 'staticText';
    if (visible && !readsOnlyGroup(visible, home)) hoisted.add(field.key);
    else if (visible) {
      const entry = add(shown, compileCondition(visible, home, kindOf));
      entry.properties[field.key] = compiled.get(field.key) ?? {};
      if (field.required && fillable) entry.required.push(field.key);
      conditional.add(field.key);
    }
    const requiredWhen = hasCondition(field.requiredWhen) ? field.requiredWhen : undefined;
    if (!requiredWhen || !fillable || !readsOnlyGroup(requiredWhen, home)) continue;
    if (visible && !readsOnlyGroup(visible, home)) continue;
    add(needed, requiredCondition(visible, requiredWhen, home, kindOf)).required.push(field.key);
  }
  // With fields shown from the root, `unevaluatedProperties` cannot see them: each entry says what hiding means.
  const open = hoisted.size > 0;
  const rules = [
    ...[...shown.values()].map(({ when, properties, required }) => ({
      if: when,
      then: compact({ properties, required: required.length > 0 ? required : undefined }),
      ...(open ? { else: absent(Object.keys(properties)) } : {}),
    })),
    ...[...needed.values()].map(({ when, required }) => ({ if: when, then: { required } })),
  ];
  return { rules, conditional, hoisted };
}

/**
 * A schema that holds when none of `keys` is present: a hidden field, where no
 * closing keyword says so. The empty `properties` means nothing to a validator;
 * it tells react-jsonschema-form's `omitExtraData`, which walks the branch
 * taken, that the branch keeps no property (without it the branch passed the
 * hidden value through).
 */
export function absent(keys: readonly string[]): JsonObject {
  return { properties: {}, not: { anyOf: keys.map((key) => ({ required: [key] })) } };
}

/**
 * The root entries for 显示条件 of section fields that read outside their
 * section: `{if: V, then: {properties: {s: {properties: {f: …}, required}}},
 * else: {properties: {s: absent([f])}}}`. Such a section is closed by
 * `propertyNames` (see `compileGroup`), so the field's value is refused
 * while hidden by the `else`, and allowed while shown by the `then`.
 */
export function crossSectionVisibilityRules(fields: readonly DesignerField[]): JsonObject[] {
  const kindOf = kindLookup(fields, []);
  const entries = new Map<string, { when: JsonObject; section: string; properties: JsonObject; required: string[] }>();
  for (const section of fields) {
    if (section.kind !== 'section') continue;
    const home = [section.key];
    for (const field of section.children ?? []) {
      const visible = hasCondition(field.visibleWhen) ? field.visibleWhen : undefined;
      if (!visible || readsOnlyGroup(visible, home)) continue;
      const when = compileCondition(visible, [], kindOf);
      const id = JSON.stringify([section.key, when]);
      const entry = entries.get(id) ?? { when, section: section.key, properties: {}, required: [] };
      entry.properties[field.key] = compileField(field, home).schema;
      if (field.required && field.kind !== 'staticText') entry.required.push(field.key);
      entries.set(id, entry);
    }
  }
  return [...entries.values()].map(({ when, section, properties, required }) => ({
    if: when,
    then: { properties: { [section]: compact({ properties, required: required.length > 0 ? required : undefined }) } },
    else: { properties: { [section]: absent(Object.keys(properties)) } },
  }));
}

/** The `if` of a 必填条件: the condition, and the 显示条件 first when there is one. */
function requiredCondition(
  visible: Condition | undefined,
  required: Condition,
  home: readonly string[],
  kindOf: ConditionFieldKind,
): JsonObject {
  const when = compileCondition(required, home, kindOf);
  return visible ? { allOf: [compileCondition(visible, home, kindOf), when] } : when;
}

/**
 * The root entries for 必填条件 of section fields that read outside their
 * section: `{if: R, then: {properties: {section: {required: [fields]}}}}`.
 */
export function crossSectionRequiredRules(fields: readonly DesignerField[]): JsonObject[] {
  const kindOf = kindLookup(fields, []);
  const entries = new Map<string, { when: JsonObject; section: string; required: string[] }>();
  for (const section of fields) {
    if (section.kind !== 'section') continue;
    const home = [section.key];
    for (const field of section.children ?? []) {
      const requiredWhen = hasCondition(field.requiredWhen) ? field.requiredWhen : undefined;
      if (!requiredWhen || field.kind === 'staticText') continue;
      const visible = hasCondition(field.visibleWhen) ? field.visibleWhen : undefined;
      if (readsOnlyGroup(requiredWhen, home) && (!visible || readsOnlyGroup(visible, home))) continue;
      const when = requiredCondition(visible, requiredWhen, [], kindOf);
      const id = JSON.stringify([section.key, when]);
      const entry = entries.get(id) ?? { when, section: section.key, required: [] };
      entry.required.push(field.key);
      entries.set(id, entry);
    }
  }
  return [...entries.values()].map(({ when, section, required }) => ({
    if: when,
    // `properties: {}` as in `absent`: rjsf's omitExtraData passes a branch's value through whole without it.
    then: { properties: { [section]: { properties: {}, required } } },
  }));
}

/** A field's conditions as read from a group's `allOf`. */
export interface ReadConditions {
  /** Fields declared under a 显示条件: their schema, whether required when shown, and the condition. */
  shown: Map<string, { schema: JsonObject; required: boolean; visibleWhen: Condition }>;
  /** 必填条件 by field key, waiting to be checked against the field's 显示条件 (see `requiredWhenOf`). */
  needed: { when: JsonObject; keys: string[]; rule: unknown }[];
  /** Root entries requiring fields of a section: `[section, …]`. */
  crossSection: { when: JsonObject; section: string; keys: string[]; rule: unknown }[];
  /** Entries that are none of these. */
  otherRules: unknown[];
  /** Entries with an `else` that hides their fields: the group is closed by `propertyNames`, not `unevaluatedProperties`. */
  open: boolean;
  /** Root entries showing fields of a section (fields the section itself does not declare). */
  hoisted: {
    section: string;
    fields: Map<string, { schema: JsonObject; required: boolean; visibleWhen: Condition }>;
    rule: unknown;
  }[];
}

/** The fields an entry `{if, then: {properties, required}}` shows, if its `if` is a condition; undefined otherwise. */
function shownFields(
  when: unknown,
  then: unknown,
  home: readonly string[],
  schemaAt: (path: readonly string[]) => unknown,
): Map<string, { schema: JsonObject; required: boolean; visibleWhen: Condition }> | undefined {
  if (!isJsonObject(then) || !hasOnly(then, ['properties', 'required']) || !isJsonObject(then.properties))
    return undefined;
  const visibleWhen = readCondition(when, home, schemaAt);
  const properties = then.properties;
  const keys = Object.keys(properties);
  const required = Array.isArray(then.required) ? then.required : [];
  if (!visibleWhen || keys.length === 0 || !required.every((key) => typeof key === 'string' && keys.includes(key)))
    return undefined;
  const fields = new Map<string, { schema: JsonObject; required: boolean; visibleWhen: Condition }>();
  for (const key of keys) {
    const schema = properties[key];
    if (!isJsonObject(schema)) return undefined;
    fields.set(key, { schema, required: required.includes(key), visibleWhen });
  }
  return fields;
}

/** Sorts a group's `allOf` into the designer's condition entries and the rest. */
export function readConditionRules(node: JsonObject, home: readonly string[]): ReadConditions {
  const properties = isJsonObject(node.properties) ? node.properties : {};
  const rules = Array.isArray(node.allOf) ? node.allOf : [];
  // Rules may read fields that are themselves conditional, declared in another entry's `then`.
  const declared: JsonObject = { ...properties };
  for (const rule of rules) {
    const then = isJsonObject(rule) && isJsonObject(rule.then) ? rule.then : undefined;
    if (!then || !isJsonObject(then.properties)) continue;
    for (const [key, schema] of Object.entries(then.properties)) if (!(key in declared)) declared[key] = schema;
  }
  const schemaAt = (path: readonly string[]): unknown =>
    path.reduce<unknown>(
      (schema, key, index) =>
        index === 0
          ? declared[key]
          : isJsonObject(schema) && isJsonObject(schema.properties)
            ? schema.properties[key]
            : undefined,
      undefined,
    );
  const result: ReadConditions = {
    shown: new Map(),
    needed: [],
    crossSection: [],
    otherRules: [],
    open: false,
    hoisted: [],
  };
  for (const rule of rules) {
    if (isJsonObject(rule) && 'else' in rule && hasOnly(rule, ['if', 'then', 'else'])) {
      // In a section closed by `propertyNames`: its own entry, or at the root one showing a section's field.
      const own = shownFields(rule.if, rule.then, home, schemaAt);
      if (
        own &&
        [...own.keys()].every((key) => !(key in properties) && !result.shown.has(key)) &&
        jsonEqual(rule.else, absent([...own.keys()]))
      ) {
        for (const [key, field] of own) result.shown.set(key, field);
        result.open = true;
        continue;
      }
      const then = isJsonObject(rule.then) && hasOnly(rule.then, ['properties']) ? rule.then.properties : undefined;
      const section = isJsonObject(then) && Object.keys(then).length === 1 ? Object.keys(then)[0] : undefined;
      const inner =
        section !== undefined && isJsonObject(then) ? shownFields(rule.if, then[section], home, schemaAt) : undefined;
      if (
        section !== undefined &&
        inner &&
        isJsonObject(properties[section]) &&
        properties[section].type === 'object' &&
        jsonEqual(rule.else, { properties: { [section]: absent([...inner.keys()]) } })
      ) {
        result.hoisted.push({ section, fields: inner, rule });
        continue;
      }
      result.otherRules.push(rule);
      continue;
    }
    if (!isJsonObject(rule) || !hasOnly(rule, ['if', 'then']) || !('if' in rule) || !isJsonObject(rule.then)) {
      result.otherRules.push(rule);
      continue;
    }
    const then = rule.then;
    const when = rule.if;
    const shownProperties = then.properties;
    if (isJsonObject(shownProperties) && hasOnly(then, ['properties', 'required'])) {
      const visibleWhen = readCondition(when, home, schemaAt);
      const keys = Object.keys(shownProperties);
      const required = Array.isArray(then.required) ? then.required : [];
      const fits =
        keys.length > 0 &&
        keys.every((key) => !(key in properties) && !result.shown.has(key) && isJsonObject(shownProperties[key])) &&
        required.every((key) => typeof key === 'string' && keys.includes(key));
      const section = keys[0];
      if (
        keys.length === 1 &&
        section !== undefined &&
        section in properties &&
        !('required' in then) &&
        isJsonObject(when)
      ) {
        const target = shownProperties[section];
        const inner =
          isJsonObject(target) && hasOnly(target, ['properties', 'required']) && jsonEqual(target.properties, {})
            ? target.required
            : undefined;
        if (Array.isArray(inner) && inner.length > 0 && inner.every((key) => typeof key === 'string')) {
          result.crossSection.push({ when, section, keys: inner as string[], rule });
          continue;
        }
      }
      if (!visibleWhen || !fits) {
        result.otherRules.push(rule);
        continue;
      }
      for (const key of keys)
        result.shown.set(key, {
          schema: shownProperties[key] as JsonObject,
          required: required.includes(key),
          visibleWhen,
        });
      continue;
    }
    const keys = Array.isArray(then.required) ? then.required : [];
    if (
      hasOnly(then, ['required']) &&
      isJsonObject(when) &&
      keys.length > 0 &&
      keys.every((k) => typeof k === 'string')
    )
      result.needed.push({ when, keys: keys as string[], rule });
    else result.otherRules.push(rule);
  }
  return result;
}

/**
 * The 必填条件 an entry's `if` says for a field with 显示条件 `visible` (the
 * entry must then be `{allOf: [V, R]}`), or undefined when the entry is not
 * one the compiler would write for it.
 */
export function requiredWhenOf(
  when: JsonObject,
  visible: Condition | undefined,
  home: readonly string[],
  kinds: ConditionFieldKind,
  schemaAt: (path: readonly string[]) => unknown,
): Condition | undefined {
  if (!visible) return readCondition(when, home, schemaAt);
  const parts = Array.isArray(when.allOf) && hasOnly(when, ['allOf']) ? when.allOf : [];
  if (parts.length !== 2 || !jsonEqual(parts[0], compileCondition(visible, home, kinds))) return undefined;
  return readCondition(parts[1], home, schemaAt);
}

/** The schema of the field at `path` below `fields` (for reading rules once the fields are known). */
export function schemaLookup(fields: readonly DesignerField[], home: readonly string[]) {
  const kinds = kindLookup(fields, home);
  return (path: readonly string[]): unknown => {
    const kind = kinds([...home, ...path].join('.'));
    return kind === 'checkbox' || kind === 'attachment' || kind === 'table' ? { type: 'array' } : {};
  };
}

function hasOnly(object: JsonObject, keys: readonly string[]): boolean {
  return Object.keys(object).every((key) => keys.includes(key));
}
