import type { z } from 'zod';
import { ApiError } from '../errors/api-error';
import type { ErrorCode } from '../errors/messages';

/** Route parameters: a malformed one names nothing that exists, so it is answered with `notFound`. */
export function parseParams<T extends z.ZodType>(schema: T, params: unknown, notFound: ErrorCode): z.output<T> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new ApiError(notFound);
  return parsed.data;
}
