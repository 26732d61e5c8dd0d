/**
 * Inputs for the contract test (`contract.test.ts`), derived from the OpenAPI
 * document alone: a valid value of a JSON Schema, and the ways to spoil one
 * (a property missing, of the wrong type, unknown, out of range, too long,
 * holding NUL or another control character). Whether a spoiled value really
 * breaks the schema is for the caller to decide with a validator: this module
 * only proposes.
 */

export type JsonSchema = Record<string, unknown>;

/** Follows `$ref`s to `#/components/schemas/…` of the document. */
export type Deref = (schema: JsonSchema) => JsonSchema;

export function derefIn(components: Record<string, JsonSchema>): Deref {
  return function deref(schema) {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const target = components[ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unresolvable ${ref}`);
    return deref(target);
  };
}

/** Strings tried, in order, against a `pattern` with no example: one of them fits every id-like pattern we have. */
const PATTERN_CANDIDATES = ['contract-1', 'contract', 'org-contract', 'a1', 'a', '1', 'A', 'x.pdf', 'u-contract'];

/** The branch of an `anyOf`/`oneOf` a valid value is built from: the first that is not `null`. */
function firstBranch(schema: JsonSchema, deref: Deref): JsonSchema | undefined {
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!branches) return undefined;
  return deref(branches.find((branch) => deref(branch).type !== 'null') ?? branches[0]!);
}

/**
 * A value the schema accepts: its first example, else its default, const or
 * first enum member, else one built from its type and bounds (objects with
 * their required properties only).
 */
export function validValue(input: JsonSchema, deref: Deref): unknown {
  const schema = deref(input);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return structuredClone(schema.examples[0]);
  if ('default' in schema) return structuredClone(schema.default);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const branch = firstBranch(schema, deref);
  if (branch) return validValue(branch, deref);
  if (Array.isArray(schema.allOf)) return validValue(schema.allOf[0] as JsonSchema, deref);
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, validValue(properties[name] ?? {}, deref)]));
    }
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      return Array.from({ length: Number(schema.minItems ?? 0) }, () => validValue(items, deref));
    }
    case 'integer':
    case 'number': {
      const minimum = typeof schema.minimum === 'number' ? schema.minimum : 1;
      return typeof schema.maximum === 'number' ? Math.min(minimum, schema.maximum) : minimum;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return validString(schema);
    default:
      return {};
  }
}

function validString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'date-time':
      return '2026-01-05T08:00:00+08:00';
    case 'date':
      return '2099-01-05';
    case 'email':
      return 'contract@example.com';
    case 'base64':
      return '';
    case 'uri':
      return 'https://example.com/contract';
  }
  const minLength = Number(schema.minLength ?? 1);
  const maxLength = Number(schema.maxLength ?? 200);
  const fits = (value: string) =>
    value.length >= minLength &&
    value.length <= maxLength &&
    (typeof schema.pattern !== 'string' || new RegExp(schema.pattern, 'u').test(value));
  const found = PATTERN_CANDIDATES.find(fits) ?? 'x'.repeat(minLength);
  return found;
}

/** What is wrong with a spoiled input; the contract test samples across kinds so each is met. */
export type VariantKind =
  | 'missing'
  | 'wrong-type'
  | 'unknown'
  | 'out-of-range'
  | 'too-long'
  | 'nul'
  | 'control'
  | 'not-in-enum'
  | 'pattern'
  | 'bogus-id'
  | 'malformed-id'
  | 'header';

export interface BodyVariant {
  kind: VariantKind;
  /** Where, as a JSON pointer into the body: `/comment`, `/onBehalfOf/userId`. */
  at: string;
  body: unknown;
}

const REMOVE = Symbol('remove');

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string, unknown>;
  if (rest.length === 0 && value === REMOVE) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** A value of another JSON type than the schema's. */
function wrongTypeOf(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return 'not-the-right-type';
  }
}

/** Spoiled values of one leaf: a property's schema with a valid value. */
function leafVariants(schema: JsonSchema, valid: unknown): { kind: VariantKind; value: unknown }[] {
  const found: { kind: VariantKind; value: unknown }[] = [{ kind: 'wrong-type', value: wrongTypeOf(schema) }];
  if (schema.type === 'integer' || schema.type === 'number') {
    if (typeof schema.maximum === 'number') found.push({ kind: 'out-of-range', value: schema.maximum + 1 });
    if (typeof schema.minimum === 'number') found.push({ kind: 'out-of-range', value: schema.minimum - 1 });
    if (schema.type === 'integer') found.push({ kind: 'out-of-range', value: 1.5 });
  }
  if (schema.type === 'string') {
    const text = typeof valid === 'string' ? valid : '';
    if (typeof schema.maxLength === 'number')
      found.push({ kind: 'too-long', value: text + 'x'.repeat(schema.maxLength + 1 - text.length) });
    found.push({ kind: 'nul', value: `${text}\u0000` });
    found.push({ kind: 'control', value: `${text}\u0007` });
    if (Array.isArray(schema.enum)) found.push({ kind: 'not-in-enum', value: 'not-a-member' });
    else if (typeof schema.pattern === 'string') found.push({ kind: 'pattern', value: `${text} <>!` });
    // Not of its format at all, not merely a near miss a lenient parser would repair.
    if (typeof schema.format === 'string') found.push({ kind: 'pattern', value: 'not of the format <>!' });
  }
  if (schema.type === 'array' && typeof schema.maxItems === 'number' && Array.isArray(valid))
    found.push({
      kind: 'too-long',
      value: Array.from({ length: schema.maxItems + 1 }, (_, i) => valid[i % Math.max(valid.length, 1)] ?? 'x'),
    });
  return found;
}

/**
 * Every way to spoil `valid` (a value of `schema`) one thing at a time, down
 * to `depth` levels of nested objects. Open maps (`additionalProperties` a
 * schema, as form data) are not entered: anything goes there.
 */
export function bodyVariants(input: JsonSchema, valid: unknown, deref: Deref, depth = 2): BodyVariant[] {
  const variants: BodyVariant[] = [{ kind: 'wrong-type', at: '', body: wrongTypeOf(deref(input)) }];
  const walk = (schemaAt: JsonSchema, value: unknown, path: string[], level: number) => {
    const schema = firstBranch(deref(schemaAt), deref) ?? deref(schemaAt);
    if (schema.type !== 'object' || typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const at = (more: string[]) => `/${[...path, ...more].join('/')}`;
    for (const name of (schema.required ?? []) as string[])
      variants.push({ kind: 'missing', at: at([name]), body: setAt(valid, [...path, name], REMOVE) });
    if (schema.additionalProperties === false)
      variants.push({
        kind: 'unknown',
        at: at(['xContractUnknown']),
        body: setAt(valid, [...path, 'xContractUnknown'], 1),
      });
    for (const [name, propertyAt] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const property = firstBranch(deref(propertyAt), deref) ?? deref(propertyAt);
      const current = (value as Record<string, unknown>)[name] ?? validValue(property, deref);
      for (const { kind, value: spoiled } of leafVariants(property, current))
        variants.push({ kind, at: at([name]), body: setAt(valid, [...path, name], spoiled) });
      if (level < depth) walk(property, current, [...path, name], level + 1);
    }
  };
  walk(input, valid, [], 1);
  return variants;
}

export interface QueryVariant {
  kind: VariantKind;
  at: string;
  query: Record<string, string>;
}

/** Spoiled query strings: each parameter with NUL or a control character, out of its type, range, length or enum. */
export function queryVariants(
  parameters: { name: string; schema: JsonSchema; required: boolean }[],
  valid: Record<string, string>,
): QueryVariant[] {
  const variants: QueryVariant[] = [];
  for (const { name, schema, required } of parameters) {
    const text = valid[name] ?? '';
    const spoil = (kind: VariantKind, value: string) =>
      variants.push({ kind, at: name, query: { ...valid, [name]: value } });
    spoil('nul', `${text}\u0000`);
    spoil('control', `${text}\u0001`);
    if (required) {
      const { [name]: _dropped, ...rest } = valid;
      variants.push({ kind: 'missing', at: name, query: rest });
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      spoil('wrong-type', 'not-a-number');
      if (typeof schema.maximum === 'number') spoil('out-of-range', String(schema.maximum + 1));
      if (typeof schema.minimum === 'number') spoil('out-of-range', String(schema.minimum - 1));
    }
    if (Array.isArray(schema.enum)) spoil('not-in-enum', 'not-a-member');
    else if (typeof schema.pattern === 'string') spoil('pattern', `${text} <>!`);
    if (typeof schema.maxLength === 'number') spoil('too-long', 'x'.repeat(schema.maxLength + 1));
    if (schema.format === 'date-time') spoil('wrong-type', 'yesterday');
  }
  variants.push({ kind: 'unknown', at: 'xContractUnknown', query: { ...valid, xContractUnknown: '1' } });
  // NUL is refused in any parameter, declared or not (the document's description says so).
  variants.push({ kind: 'nul', at: 'xContractUnknown', query: { ...valid, xContractUnknown: 'a\u0000' } });
  return variants;
}
