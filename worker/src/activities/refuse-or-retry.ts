import { ApplicationFailure } from '@temporalio/activity';

/** Answers worth another attempt besides 5xx: timeouts, too early, rate limits. */
const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/**
 * Throws for an answer that is not OK: for good (`refusedType`) when the
 * receiver refused and retrying will not change that, else retryably, so
 * Temporal tries again with backoff.
 */
export function throwUnlessOk(response: Response, what: string, refusedType: string): void {
  if (response.ok) return;
  const message = `${what} answered ${response.status}`;
  if (response.status < 500 && !RETRYABLE_STATUSES.has(response.status)) {
    throw ApplicationFailure.nonRetryable(message, refusedType);
  }
  throw new Error(message);
}

/** The failure type of a write the database refused for good; the API answers it as DATA_NOT_STORABLE. */
export const DOCUMENT_REFUSED = 'DOCUMENT_REFUSED';

/** MongoDB's codes for a document it will never store: BadValue, BSONObjectTooLarge, DocumentTooLarge, `$`/`.` in a field name. */
const REFUSED_DOCUMENT_CODES = new Set([2, 10334, 17419, 52, 57]);

/**
 * What FerretDB (as InternalError, from its PostgreSQL backend or its own
 * checks) and the driver's BSON encoder say of such a document: nested arrays,
 * `.`/`$` in keys, NUL or control characters PostgreSQL's jsonb refuses, 16 MB.
 */
const REFUSED_DOCUMENT_MESSAGES =
  /invalid key|invalid value|nested arrays are not supported|not a valid UTF-8|unsupported Unicode escape sequence|invalid input syntax for type json|must not contain null bytes|larger than the maximum|document is too large/i;

/** Whether a write failed because of the document itself, so that no retry can ever succeed. */
export function isRefusedDocument(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errorResponse } = error as {
    code?: unknown;
    message?: unknown;
    errorResponse?: { code?: unknown };
  };
  const codes = [code, errorResponse?.code];
  if (codes.some((candidate) => typeof candidate === 'number' && REFUSED_DOCUMENT_CODES.has(candidate))) return true;
  return typeof message === 'string' && REFUSED_DOCUMENT_MESSAGES.test(message);
}

/**
 * An activity whose writes fail for good (non-retryable `DOCUMENT_REFUSED`)
 * when the database refuses the document itself, instead of being retried
 * every 30 s for ever; every other failure (the database down, a timeout)
 * stays retryable.
 */
export function refusingUnstorableForGood<Args extends unknown[], Result>(
  activity: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await activity(...args);
    } catch (error) {
      if (!isRefusedDocument(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw ApplicationFailure.nonRetryable(`the database refuses the document: ${reason}`, DOCUMENT_REFUSED);
    }
  };
}
