import express, { type RequestHandler } from 'express';

/** Bodies of every other route: small, so a client cannot make the API parse megabytes for nothing. */
export const JSON_BODY_LIMIT = '256kb';

/**
 * Bodies that carry form data: up to 2 MB, so the form data itself may reach
 * `FORM_DATA_LIMIT_BYTES` (1.5 MB), which `checkFormDataSize` enforces with a
 * clear error. Larger bodies are refused as PAYLOAD_TOO_LARGE before parsing.
 */
export const FORM_DATA_BODY_LIMIT = '2mb';

/** Starting a request, its actions, a task's actions, their previews: the routes whose body holds form data. */
const FORM_DATA_ROUTES = [
  /^\/requests\/?$/,
  /^\/requests\/[^/]+\/actions\/?$/,
  /^\/tasks\/[^/]+\/(actions|what-if)\/?$/,
  /^\/processes\/[^/]+\/route-preview\/?$/,
];

/** JSON body parsing with the limit of the route: `FORM_DATA_BODY_LIMIT` where form data travels, else `JSON_BODY_LIMIT`. */
export function jsonBody(): RequestHandler {
  const small = express.json({ limit: JSON_BODY_LIMIT });
  const large = express.json({ limit: FORM_DATA_BODY_LIMIT });
  return (req, res, next) => (FORM_DATA_ROUTES.some((route) => route.test(req.path)) ? large : small)(req, res, next);
}
