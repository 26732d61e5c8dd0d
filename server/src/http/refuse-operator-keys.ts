import type { RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';

/**
 * Refuses bodies and query strings with keys such as `$gt` or `$where`
 * anywhere inside, so no input can turn into a MongoDB operator.
 */
export const refuseOperatorKeys: RequestHandler = (req, _res, next) => {
  const path = operatorKeyPath(req.body) ?? operatorKeyPath(req.query);
  next(path ? new ApiError('OPERATOR_NOT_ALLOWED', [{ path, message: `"${path}"` }]) : undefined);
};

function operatorKeyPath(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${key}`;
    if (key.startsWith('$')) return childPath;
    const nested = operatorKeyPath(child, childPath);
    if (nested) return nested;
  }
  return null;
}
