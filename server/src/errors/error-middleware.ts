import { isDatabaseUnavailable, isDuplicateKeyError } from '@tongban/store';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { requestLanguage } from '../http/language';
import { isTemporalUnavailable } from '../temporal/temporal-client';
import { ApiError } from './api-error';
import { ERRORS, errorMessage, type ErrorCode } from './messages';

/** body-parser's error types, mapped to our codes. */
const BODY_PARSER_ERRORS: Record<string, ErrorCode> = {
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'entity.parse.failed': 'MALFORMED_JSON',
  'encoding.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
  'charset.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
};

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new ApiError('NOT_FOUND'));

/** The methods the API answers; any other (TRACE, CONNECT, PROPFIND…) is a 405 on every path. */
const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export const refuseUnknownMethods: RequestHandler = (req, res, next) => {
  if (API_METHODS.includes(req.method)) return next();
  res.set('Allow', API_METHODS.join(', '));
  next(new ApiError('METHOD_NOT_ALLOWED'));
};

/** Maps every error to `{ error: { code, message, fields? } }` in the caller's language; never leaks internals. */
export const errorMiddleware: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const bodyParserType = (error as { type?: string } | null)?.type;
  const apiError =
    error instanceof ApiError
      ? error
      : bodyParserType && BODY_PARSER_ERRORS[bodyParserType]
        ? new ApiError(BODY_PARSER_ERRORS[bodyParserType])
        : dependencyError(error);
  const { status } = ERRORS[apiError.code];
  if (status >= 500) req.log?.error({ err: error }, 'request failed');
  if (apiError.retryAfterSeconds !== undefined) res.set('Retry-After', String(apiError.retryAfterSeconds));
  res.status(status).json({
    error: {
      code: apiError.code,
      message: errorMessage(apiError.code, requestLanguage(req)),
      ...(apiError.fields ? { fields: apiError.fields } : {}),
    },
  });
};

/**
 * What went wrong below us, as the caller can act on it: a dependency that did
 * not answer is a 503 to retry, a unique key another write took first is a 409
 * (wherever the route did not say more), anything else is our failure.
 */
function dependencyError(error: unknown): ApiError {
  if (isDatabaseUnavailable(error) || isTemporalUnavailable(error))
    return new ApiError('SERVICE_UNAVAILABLE', undefined, undefined, RETRY_AFTER_SECONDS);
  if (isDuplicateKeyError(error)) return new ApiError('CONFLICT');
  return new ApiError('INTERNAL');
}

const RETRY_AFTER_SECONDS = 5;
