import type { JsonSchema } from './form-definition';

/**
 * Forms from outside arrive in older JSON Schema drafts (04, 06, 07: most
 * react-jsonschema-form samples and schema stores), while every validator of
 * Tongban's (the server's ajv, the browser's ajv and its interpreting
 * validator) speaks draft 2020-12. The few keywords whose meaning changed are
 * rewritten here, so a stored form stays exactly what its author wrote and is
 * read the same way everywhere:
 *
 * - a tuple `items: [a, b]` with `additionalItems: c` is `prefixItems: [a, b]` with `items: c`
 *   (draft 2020-12 refuses an array under `items`); `additionalItems` beside a single `items` means nothing;
 * - draft-04's boolean `exclusiveMinimum` / `exclusiveMaximum` become the numbers they qualify;
 * - `$schema` naming an older draft goes (ajv 2020 knows no other meta-schema, and would refuse it).
 *
 * `definitions` and `dependencies` need nothing: ajv 2020 still reads them.
 * The result shares every untouched node with `schema`, and is `schema`
 * itself when nothing needed rewriting.
 */
export function asDraft2020(schema: JsonSchema): JsonSchema {
  return rewriteSchema(schema, (node, isRoot) => {
    let next = node;
    const change = (changes: JsonSchema, drop: string[] = []) => {
      next = { ...next, ...changes };
      for (const key of drop) delete next[key];
    };
    if (isRoot && typeof next.$schema === 'string' && OLDER_DRAFT.test(next.$schema)) change({}, ['$schema']);
    if (Array.isArray(next.items)) {
      const rest = next.additionalItems;
      change({ prefixItems: next.items }, ['items', 'additionalItems']);
      if (rest !== undefined) change({ items: rest });
    } else if ('additionalItems' in next) change({}, ['additionalItems']);
    for (const [flag, limit] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof next[flag] !== 'boolean') continue;
      if (next[flag] === true && typeof next[limit] === 'number') change({ [flag]: next[limit] }, [limit]);
      else change({}, [flag]);
    }
    return next;
  });
}

/**
 * The same schema with draft 2020-12 tuples written as draft-07 ones
 * (`prefixItems` → `items: [...]`, `items` → `additionalItems`), the form
 * react-jsonschema-form draws position by position ("fixed arrays"); it knows
 * no `prefixItems` and would draw every position with the rest's schema.
 * For rendering only: validators take `asDraft2020` of what rjsf hands them.
 */
export function withDraft07Tuples(schema: JsonSchema): JsonSchema {
  return rewriteSchema(schema, (node) => {
    if (!Array.isArray(node.prefixItems)) return node;
    const { prefixItems, items, ...rest } = node;
    return { ...rest, items: prefixItems, ...(items !== undefined ? { additionalItems: items } : {}) };
  });
}

/** The schema of the array item at `index`: its tuple position (either draft's), else the schema of every item. */
export function arrayItemSchema(node: JsonSchema | undefined, index: number): JsonSchema | undefined {
  if (!node) return undefined;
  const positions = Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : null;
  if (positions) {
    const rest = Array.isArray(node.prefixItems) ? node.items : node.additionalItems;
    const at: unknown = index < positions.length ? positions[index] : rest;
    return isSchemaObject(at) ? at : undefined;
  }
  return isSchemaObject(node.items) ? node.items : undefined;
}

/**
 * Whether a form's root describes an object: `type: "object"`, or, as many
 * outside forms write it, no `type` at all beside `properties`, or a root that
 * is only a `$ref` to an object in its own `definitions` / `$defs` (a form's
 * data is always an object, which the API checks before any schema).
 */
export function isObjectRoot(schema: unknown): boolean {
  if (!isSchemaObject(schema)) return false;
  let node: unknown = schema;
  for (let hops = 0; isSchemaObject(node) && typeof node.$ref === 'string' && hops < 8; hops += 1)
    node = localTarget(schema, node.$ref);
  if (!isSchemaObject(node)) return false;
  if (node.type === 'object') return true;
  return node.type === undefined && OBJECT_KEYWORDS.some((keyword) => keyword in node);
}

/** The node a local `$ref` (`#/definitions/form`) points to inside `root`, or undefined. */
function localTarget(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) {
    const name = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isSchemaObject(node) ? node[name] : undefined;
  }
  return node;
}

const OBJECT_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties', 'required', 'dependencies'];

const OLDER_DRAFT = /json-schema\.org\/(draft-0[3-7])\/schema/;

/** Keywords whose value is one subschema. */
const ONE_SCHEMA = [
  'additionalItems',
  'items',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'additionalProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];

/**
 * Applies `rewrite` to every schema node, the root first and then whatever
 * subschemas the rewritten node holds. Copies only along changed paths.
 */
function rewriteSchema(root: JsonSchema, rewrite: (node: JsonSchema, isRoot: boolean) => JsonSchema): JsonSchema {
  const visit = (node: JsonSchema, isRoot: boolean): JsonSchema => {
    let result = rewrite(node, isRoot);
    const set = (key: string, value: unknown) => {
      if (result === node) result = { ...node };
      result[key] = value;
    };
    for (const [key, value] of Object.entries(result)) {
      if (ONE_SCHEMA.includes(key) && isSchemaObject(value)) {
        const next = visit(value, false);
        if (next !== value) set(key, next);
      } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
        const next = value.map((item: unknown) => (isSchemaObject(item) ? visit(item, false) : item));
        if (next.some((item, index) => item !== value[index])) set(key, next);
      } else if (SCHEMA_MAPS.includes(key) && isSchemaObject(value)) {
        const entries = Object.entries(value).map(([name, item]) => [
          name,
          isSchemaObject(item) ? visit(item, false) : item,
        ]);
        if (entries.some(([name, item]) => item !== value[name as string])) set(key, Object.fromEntries(entries));
      }
    }
    return result;
  };
  return visit(root, true);
}

function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
