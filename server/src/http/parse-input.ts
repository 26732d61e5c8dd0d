import type { Request } from 'express';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { requestLanguage } from './language';

const zodLocales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() } as const;

/**
 * Parses untrusted input with a zod schema; on failure throws VALIDATION_FAILED
 * with one message per field in the caller's language.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, req: Request): z.output<T> {
  const result = schema.safeParse(input, { error: zodLocales[requestLanguage(req)].localeError });
  if (result.success) return result.data;
  throw new ApiError(
    'VALIDATION_FAILED',
    result.error.issues.map((issue) => ({ path: `/${issue.path.join('/')}`, message: issue.message })),
  );
}
