import { isDeepStrictEqual } from 'node:util';

/** A MongoDB query filter: field conditions and logical operators. */
export type Filter = Record<string, unknown>;

/**
 * One filter matching exactly the documents every condition matches, written with plain
 * top-level fields wherever the meaning allows: a `$and` is opened up, a `$or` of one branch
 * (what CASL's `accessibleBy` makes of a single rule) becomes that branch, and `{ f: { $in: [v] } }`
 * becomes `{ f: v }` (the same match, for arrays too); a condition given twice is kept once (a
 * list's filter naming what the caller's read rule already says). Only what cannot be merged (a
 * field named twice with different conditions, a `$or` of several branches) stays under `$and`.
 *
 * Why: FerretDB 1.24 hands only top-level field conditions to PostgreSQL; a filter wrapped in
 * `$and` is read document by document, whatever indexes exist. MongoDB plans both forms alike.
 */
export function allOf(...conditions: readonly Filter[]): Filter {
  const merged: Filter = {};
  const rest: Filter[] = [];
  for (const condition of conditions.flatMap(openUp)) {
    for (const [key, value] of Object.entries(condition)) {
      const plain = singleValueIn(value);
      if (key in merged && isDeepStrictEqual(merged[key], plain)) continue;
      if (key in merged || (key === '$or' && Array.isArray(value) && value.length > 1)) rest.push({ [key]: plain });
      else merged[key] = plain;
    }
  }
  if (rest.length > 0) merged.$and = [...((merged.$and as Filter[] | undefined) ?? []), ...rest];
  return merged;
}

/** The conditions a filter is the conjunction of. */
function openUp(condition: Filter): Filter[] {
  const keys = Object.keys(condition);
  if (keys.length === 1 && Array.isArray(condition.$and)) return (condition.$and as Filter[]).flatMap(openUp);
  if (keys.length === 1 && Array.isArray(condition.$or) && condition.$or.length === 1) {
    return openUp(condition.$or[0] as Filter);
  }
  return keys.length === 0 ? [] : [condition];
}

function singleValueIn(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const operators = Object.keys(value);
  const values = (value as { $in?: unknown }).$in;
  return operators.length === 1 && Array.isArray(values) && values.length === 1 ? values[0] : value;
}
