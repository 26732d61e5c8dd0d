import type { FieldError } from '@tongban/forms';
import type { ErrorCode } from './messages';

/** The one error type routes throw; the error middleware turns it into status + localized body. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldError[],
    /** For logs only; the client sees the localized message of `code`. */
    detail?: string,
    /** Seconds until a retry can succeed; sent as `Retry-After` (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail ?? code);
    this.name = 'ApiError';
  }
}
