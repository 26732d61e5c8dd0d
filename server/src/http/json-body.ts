import express, { type RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';
import { requestLanguage } from './language';

/** Bodies of every other route: small, so a client cannot make the API parse megabytes for nothing. */
export const JSON_BODY_LIMIT = '256kb';

/**
 * Bodies that carry form data: up to 2 MB, so the form data itself may reach
 * `FORM_DATA_LIMIT_BYTES` (1.5 MB), which `checkFormDataSize` enforces with a
 * clear error. Larger bodies are refused as PAYLOAD_TOO_LARGE before parsing.
 */
export const FORM_DATA_BODY_LIMIT = '2mb';

/**
 * Starting a request, its actions, a task's actions, their previews: the routes whose body holds form data;
 * and the Temporal codec, whose payloads hold the same data sealed.
 */
const FORM_DATA_ROUTES = [
  /^\/temporal-codec\/(decode|encode)\/?$/,
  /^\/requests\/?$/,
  /^\/requests\/[^/]+\/actions\/?$/,
  /^\/tasks\/[^/]+\/(actions|what-if)\/?$/,
  /^\/processes\/[^/]+\/route-preview\/?$/,
];

/**
 * How deep a body may nest: far deeper than any form, and shallow enough for every check that
 * walks a body after parsing (a body 120,000 levels deep overflowed their stack: a 500).
 */
export const JSON_BODY_MAX_DEPTH = 64;

/**
 * JSON body parsing with the limit of the route: `FORM_DATA_BODY_LIMIT` where form data travels,
 * else `JSON_BODY_LIMIT`; a body nested deeper than `JSON_BODY_MAX_DEPTH` is a 400.
 */
export function jsonBody(): RequestHandler {
  const small = express.json({ limit: JSON_BODY_LIMIT });
  const large = express.json({ limit: FORM_DATA_BODY_LIMIT });
  return (req, res, next) =>
    (FORM_DATA_ROUTES.some((route) => route.test(req.path)) ? large : small)(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (!nestsDeeperThan(req.body, JSON_BODY_MAX_DEPTH)) return next();
      const message =
        requestLanguage(req) === 'en'
          ? `Nested more than ${JSON_BODY_MAX_DEPTH} levels deep`
          : `嵌套不能超过 ${JSON_BODY_MAX_DEPTH} 层`;
      next(new ApiError('VALIDATION_FAILED', [{ path: '/', message }]));
    });
}

/** Without recursion, so that the check itself cannot overflow. */
function nestsDeeperThan(body: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[body, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}
