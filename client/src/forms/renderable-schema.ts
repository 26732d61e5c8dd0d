import type { RJSFSchema } from '@rjsf/utils';
import { isObjectRoot, withDraft07Tuples } from '@tongban/forms/schema-dialect';

const prepared = new WeakMap<RJSFSchema, RJSFSchema>();

/**
 * A form's schema as react-jsonschema-form draws it: 2020-12 tuples
 * (`prefixItems`) as rjsf's fixed arrays, position by position, and an object
 * root that left out `type` (as many outside forms do) typed, so rjsf draws its
 * fields rather than guessing. The stored schema, and what the validators read,
 * stay as the form's author wrote them. Kept per schema object, so rjsf sees the
 * same object on every render.
 */
export function renderableSchema(schema: RJSFSchema): RJSFSchema {
  const known = prepared.get(schema);
  if (known) return known;
  const tuples = withDraft07Tuples(schema as Record<string, unknown>) as RJSFSchema;
  const result = schema.type === undefined && isObjectRoot(tuples) ? { ...tuples, type: 'object' as const } : tuples;
  prepared.set(schema, result);
  return result;
}
