import type { Request, RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `https://host:port` of a URL, or undefined when it is none. */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? 'null' : parsed.origin;
  } catch {
    return 'null';
  }
}

/** This server's own origin as the browser sees it (`trust proxy` decides what `req.protocol` believes). */
function ownOrigin(req: Request): string | undefined {
  const host = req.get('host');
  return host ? `${req.protocol}://${host}` : undefined;
}

/**
 * CSRF defence for cookie-authenticated writes, on top of SameSite=Lax
 * cookies and JSON-only bodies (which a cross-site form cannot send, but a
 * file upload and a site on a sibling subdomain can): every write whose
 * browser says where it comes from must come from this server's origin or one
 * of `allowedOrigins`. Browsers send `Origin` on every POST, PUT, PATCH and
 * DELETE (and `Sec-Fetch-Site` on all requests); a write with neither is not
 * from a browser page, so there is no cross-site request to forge.
 * Sign-in is checked too: a forged login would put the victim in the
 * attacker's account.
 */
export function checkOrigin(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((origin) => originOf(origin)).filter(Boolean));
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('Origin') ?? originOf(req.get('Referer'));
    if (origin !== undefined) {
      return next(origin === ownOrigin(req) || allowed.has(origin) ? undefined : new ApiError('CSRF_REJECTED'));
    }
    const site = req.get('Sec-Fetch-Site');
    next(site === 'cross-site' || site === 'same-site' ? new ApiError('CSRF_REJECTED') : undefined);
  };
}
