import type { RJSFSchema, ValidatorType } from '@rjsf/utils';

type Json = Record<string, unknown>;

/**
 * The data with each optional object or list left as rjsf filled it in taken
 * out, when it would not be valid as it is. rjsf fills an optional section with
 * `{}` (and its fields' defaults) and an optional list with its `minItems` empty
 * rows before anyone touches them; their own required fields then fail, and an
 * optional part of the form would block the whole submission. Only what nobody
 * typed into goes (empty values, `default`s and `const`s), and only where
 * keeping it would be an error, so valid data is never changed.
 */
export function withoutUntouchedOptionals<T>(
  validator: Pick<ValidatorType, 'isValid'>,
  schema: RJSFSchema,
  data: T,
  rootSchema: RJSFSchema = schema,
): T {
  const node = resolved(schema, rootSchema);
  if (Array.isArray(data)) {
    const items = data.map((item, index) =>
      withoutUntouchedOptionals(validator, itemSchema(node, index) ?? {}, item, rootSchema),
    );
    return (items.some((item, index) => item !== data[index]) ? items : data) as T;
  }
  if (!isObject(data)) return data;
  const required = requiredNames(validator, node, data, rootSchema);
  let result: Json | undefined;
  for (const [key, value] of Object.entries(data)) {
    const property = propertySchema(node, key, rootSchema);
    if (!property) continue;
    const isContainer = Array.isArray(value) || isObject(value);
    if (
      isContainer &&
      !required.has(key) &&
      isUntouched(property, value, rootSchema) &&
      !validator.isValid(property, value, rootSchema)
    ) {
      result ??= { ...data };
      delete result[key];
      continue;
    }
    const cleaned = withoutUntouchedOptionals(validator, property, value, rootSchema);
    if (cleaned !== value) {
      result ??= { ...data };
      result[key] = cleaned;
    }
  }
  return (result ?? data) as T;
}

/** Nothing in `value` but empty values and what the schema itself fills in (`default`, `const`). */
function isUntouched(schema: RJSFSchema, value: unknown, rootSchema: RJSFSchema): boolean {
  if (value === undefined || value === null || value === '') return true;
  const node = resolved(schema, rootSchema);
  if (node.default !== undefined && sameJson(node.default, value)) return true;
  if (node.const !== undefined && sameJson(node.const, value)) return true;
  if (Array.isArray(value))
    return value.every((item, index) => isUntouched(itemSchema(node, index) ?? {}, item, rootSchema));
  if (isObject(value))
    return Object.entries(value).every(([key, child]) =>
      isUntouched(propertySchema(node, key, rootSchema) ?? {}, child, rootSchema),
    );
  return false;
}

/**
 * Names a node requires of `data`: outright, in each `allOf` part, in the
 * branch of an `if` that `data` takes, by a `dependencies` entry whose
 * property is there, and (not knowing which alternative is meant) in every
 * `anyOf` / `oneOf` alternative. Never taken out.
 */
function requiredNames(
  validator: Pick<ValidatorType, 'isValid'>,
  node: RJSFSchema,
  data: Json,
  rootSchema: RJSFSchema,
): Set<string> {
  const names = new Set<string>();
  const collect = (branch: unknown) => {
    if (!isObject(branch)) return;
    const schema = resolved(branch as RJSFSchema, rootSchema);
    if (Array.isArray(schema.required)) for (const name of schema.required) names.add(String(name));
    if (schema.if !== undefined) {
      const holds = typeof schema.if === 'boolean' ? schema.if : validator.isValid(schema.if, data, rootSchema);
      collect(holds ? schema.then : schema.else);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      if (Array.isArray(schema[key])) for (const part of schema[key] as unknown[]) collect(part);
    if (isObject(schema.dependencies))
      for (const [property, dependency] of Object.entries(schema.dependencies)) {
        if (!(property in data)) continue;
        if (Array.isArray(dependency)) for (const name of dependency) names.add(String(name));
        else collect(dependency);
      }
  };
  collect(node);
  return names;
}

function propertySchema(node: RJSFSchema, name: string, rootSchema: RJSFSchema): RJSFSchema | undefined {
  const own = node.properties?.[name];
  if (isObject(own)) return resolved(own as RJSFSchema, rootSchema);
  const branches: unknown[] = [
    node.then,
    node.else,
    ...(node.allOf ?? []),
    ...(node.anyOf ?? []),
    ...(node.oneOf ?? []),
  ];
  if (isObject(node.dependencies)) branches.push(...Object.values(node.dependencies));
  for (const branch of branches) {
    if (!isObject(branch)) continue;
    const found = propertySchema(resolved(branch as RJSFSchema, rootSchema), name, rootSchema);
    if (found) return found;
  }
  return undefined;
}

function itemSchema(node: RJSFSchema, index: number): RJSFSchema | undefined {
  const { items } = node;
  if (Array.isArray(items)) {
    const at: unknown = index < items.length ? items[index] : node.additionalItems;
    return isObject(at) ? (at as RJSFSchema) : undefined;
  }
  return isObject(items) ? (items as RJSFSchema) : undefined;
}

/** Follows a local `$ref` (`#/definitions/address`, `#/$defs/…`); anything else is taken as it is. */
function resolved(schema: RJSFSchema, rootSchema: RJSFSchema): RJSFSchema {
  let node = schema;
  for (let hops = 0; typeof node.$ref === 'string' && node.$ref.startsWith('#') && hops < 16; hops += 1) {
    let target: unknown = rootSchema;
    for (const segment of node.$ref.slice(1).split('/').filter(Boolean))
      target = isObject(target)
        ? target[decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~')]
        : undefined;
    if (!isObject(target)) break;
    const { $ref: _ref, ...siblings } = node;
    node = { ...(target as RJSFSchema), ...siblings };
  }
  return node;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
