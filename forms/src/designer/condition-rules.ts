import {
  compileCondition,
  conditionFields,
  fieldsWithPaths,
  readCondition,
  type Condition,
  type ConditionFieldKind,
} from './conditions';
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
 *   required from the form's root: `{if: R, then: {properties: {s: {required: [f]}}}}`.
 *
 * A 显示条件 lives in the group of the field it shows, so it may read only that
 * group (a section's fields, a table line's columns, the form's top level and
 * the sections above): `checkFormModel` refuses the rest.
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
): { rules: JsonObject[]; conditional: Set<string> } {
  const kindOf = kindLookup(fields, home);
  const shown = new Map<string, Entry>();
  const needed = new Map<string, Entry>();
  const conditional = new Set<string>();
  const add = (entries: Map<string, Entry>, when: JsonObject): Entry => {
    const id = JSON.stringify(when);
    const entry = entries.get(id) ?? { when, properties: {}, required: [] };
    entries.set(id, entry);
    return entry;
  };
  for (const field of fields) {
    const visible = hasCondition(field.visibleWhen) ? field.visibleWhen : undefined;
    const fillable = field.kind !== 'staticText';
    if (visible) {
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
  const rules = [
    ...[...shown.values()].map(({ when, properties, required }) => ({
      if: when,
      then: compact({ properties, required: required.length > 0 ? required : undefined }),
    })),
    ...[...needed.values()].map(({ when, required }) => ({ if: when, then: { required } })),
  ];
  return { rules, conditional };
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
    then: { properties: { [section]: { required } } },
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
}

/** Sorts a group's `allOf` into the designer's condition entries and the rest. */
export function readConditionRules(node: JsonObject, home: readonly string[]): ReadConditions {
  const properties = isJsonObject(node.properties) ? node.properties : {};
  const rules = Array.isArray(node.allOf) ? node.allOf : [];
  // Rules may read fields that are themselves conditional, declared in another entry's `then`.
  const declared: JsonObject = { ...properties };
  for (const rule of rules) {
    const then = isJsonObject(rule) && isJsonObject(rule.then) ? rule.then : undefined;
    if (then && isJsonObject(then.properties)) Object.assign(declared, { ...then.properties, ...declared });
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
  const result: ReadConditions = { shown: new Map(), needed: [], crossSection: [], otherRules: [] };
  for (const rule of rules) {
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
        const inner = isJsonObject(target) && hasOnly(target, ['required']) ? target.required : undefined;
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
