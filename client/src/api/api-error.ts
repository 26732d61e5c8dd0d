import type { Schemas } from './types';

/** One field the server refused, addressed by a JSON Pointer into the form data (`/loanAmount`). */
export type FieldError = Schemas['FieldError'];

/** The error body of every 4xx and 5xx, its field errors always a list once parsed. */
type ErrorDetail = Required<Schemas['ErrorBody']['error']>;

/**
 * Every failed call becomes this error, whatever went wrong: the server's
 * stable `code` and localized `message`, its field errors, and the HTTP status
 * (0 when the network failed before any answer).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

/** The server's error body, when it sent one. */
export function parseErrorBody(body: unknown): ErrorDetail | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, fields } = error as { code?: unknown; message?: unknown; fields?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const validFields = Array.isArray(fields)
    ? fields.filter(
        (field): field is FieldError =>
          typeof field === 'object' &&
          field !== null &&
          typeof field.path === 'string' &&
          typeof field.message === 'string',
      )
    : [];
  return { code, message, fields: validFields };
}

/** True for answers that retrying cannot change (4xx). */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}
