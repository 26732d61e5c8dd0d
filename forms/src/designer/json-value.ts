/** Small helpers over plain JSON values, shared by the designer's compiler and parser. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; `required` lists compare as sets (their order means nothing). */
export function jsonEqual(a: unknown, b: unknown, key?: string): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (key === 'required') {
      const left = [...a].map(String).sort();
      const right = [...b].map(String).sort();
      return left.every((item, index) => item === right[index]);
    }
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => k in b && jsonEqual(a[k], b[k], k));
  }
  return false;
}

/** Returned by `extraOf` when `base` says something `original` does not: the parse was lossy. */
export const CONFLICT = Symbol('conflict');

/**
 * What `original` has beyond `base`: keys `base` lacks, recursively inside
 * objects both have. `CONFLICT` when `base` has a key `original` lacks or a
 * different value, so `mergeExtra(base, extraOf(original, base))` equals
 * `original` whenever the result is not `CONFLICT`. Keys in `ignore` (at any
 * depth) are left to the caller.
 */
export function extraOf(
  original: JsonObject,
  base: JsonObject,
  ignore: readonly string[] = [],
): JsonObject | typeof CONFLICT {
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(base)) {
    if (ignore.includes(key)) continue;
    if (!(key in original)) return CONFLICT;
    const theirs = original[key];
    if (isJsonObject(value) && isJsonObject(theirs)) {
      const nested = extraOf(theirs, value, ignore);
      if (nested === CONFLICT) return CONFLICT;
      if (Object.keys(nested).length > 0) extra[key] = nested;
    } else if (!jsonEqual(theirs, value, key)) return CONFLICT;
  }
  for (const [key, value] of Object.entries(original)) {
    if (!(key in base) && !ignore.includes(key)) extra[key] = structuredClone(value);
  }
  return extra;
}

/** `base` with `extra` laid over it: objects merge key by key, anything else in `extra` wins. */
export function mergeExtra(base: JsonObject, extra: JsonObject | undefined): JsonObject {
  if (!extra) return base;
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const mine = merged[key];
    merged[key] = isJsonObject(mine) && isJsonObject(value) ? mergeExtra(mine, value) : structuredClone(value);
  }
  return merged;
}

/** An object without its undefined values, so compiled schemas carry only what was set. */
export function compact<T extends JsonObject>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
