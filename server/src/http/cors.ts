import type { RequestHandler } from 'express';

/** What a browser page on an allowed origin may send and read. */
// X-Namespace: the Temporal UI sends it to the codec endpoint.
const ALLOW_HEADERS = 'Content-Type, Accept-Language, Idempotency-Key, If-Match, Last-Event-ID, X-Namespace';
const EXPOSE_HEADERS = 'ETag, Location, Retry-After, Content-Disposition';

/**
 * CORS, closed unless configured: without `allowedOrigins` no response
 * carries Access-Control headers, so browsers keep other sites from reading
 * the API. Listed origins (a portal served from elsewhere) may call it with
 * the session cookie.
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.get('Origin');
    res.vary('Origin');
    if (!origin || !allowed.has(origin)) return next();
    res.set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    });
    if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method')) {
      res.set({
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
      });
      res.status(204).end();
      return;
    }
    next();
  };
}
