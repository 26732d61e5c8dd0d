import type { RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';

/**
 * Writes must carry JSON. Besides clear errors, this is a CSRF defence: a
 * cross-site HTML form cannot send `application/json` without a CORS preflight.
 */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
  next(isWrite && hasBody && !req.is('application/json') ? new ApiError('UNSUPPORTED_MEDIA_TYPE') : undefined);
};
