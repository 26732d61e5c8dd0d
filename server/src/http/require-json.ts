import type { RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';

/** File uploads carry the file's own bytes; `attachmentRoutes` sniffs them instead. */
const RAW_UPLOAD = /^(\/requests\/[^/]+)?\/attachments\/?$/;
/** OpenID providers post logout tokens form-encoded (Back-Channel Logout 1.0); the signed token is the defence there. */
const BACKCHANNEL_LOGOUT = /^\/auth\/oidc\/[^/]+\/backchannel-logout$/;

/**
 * Writes must carry JSON (file uploads aside). Besides clear errors, this is a CSRF defence: a
 * cross-site HTML form cannot send `application/json` without a CORS preflight.
 */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const isWrite =
    !['GET', 'HEAD', 'OPTIONS'].includes(req.method) &&
    !(req.method === 'POST' && (RAW_UPLOAD.test(req.path) || BACKCHANNEL_LOGOUT.test(req.path)));
  next(isWrite && hasBody && !req.is('application/json') ? new ApiError('UNSUPPORTED_MEDIA_TYPE') : undefined);
};
