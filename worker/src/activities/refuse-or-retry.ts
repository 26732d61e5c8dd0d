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
