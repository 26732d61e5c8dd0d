import type { RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';

/**
 * A form definition's JSON Schema legitimately has `$schema`, `$ref`, `$defs`:
 * under these paths the body's `definition` is exempt. It is stored as JSON
 * text and never becomes part of a query (see `definitionJson` in the store).
 */
const DEFINITION_BODY_PATH = /^\/definitions\/forms(\/|$)/;

/**
 * Refuses bodies and query strings with keys such as `$gt` or `$where`
 * anywhere inside, so no input can turn into a MongoDB operator. Express 5
 * parses query strings flat, so `status[$ne]=x` arrives as one key with the
 * operator inside its brackets: refused too, whether or not a route reads it.
 */
export const refuseOperatorKeys: RequestHandler = (req, _res, next) => {
  const exempt = DEFINITION_BODY_PATH.test(req.path) ? '/definition' : undefined;
  const path = operatorKeyPath(req.body, '', exempt) ?? operatorKeyPath(req.query);
  next(path ? new ApiError('OPERATOR_NOT_ALLOWED', [{ path, message: `"${path}"` }]) : undefined);
};

/** `$gt` as a key, or as a bracketed part of one (`status[$ne]`, `a[b][$gt]`). */
const OPERATOR_KEY = /(^|\[)\$/;

function operatorKeyPath(value: unknown, path = '', exempt?: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${key}`;
    if (childPath === exempt) continue;
    if (OPERATOR_KEY.test(key)) return childPath;
    const nested = operatorKeyPath(child, childPath, exempt);
    if (nested) return nested;
  }
  return null;
}
