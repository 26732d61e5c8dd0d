import { appendAdministrationEntry, type AdministrationChange, type AuditEvent } from '@tongban/store';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';

/** Tries of one append before the caller is told 503; the pause doubles from 100 ms. */
const ATTEMPTS = 4;

/**
 * Appends an administrative change to the administration chain, after the
 * change was written and before the caller hears it is done: an action that
 * answers success always has its entry. A database error is retried; if the
 * append still fails the caller gets 503 (see the store README for why the
 * change stays).
 */
export async function recordAdministration(
  user: CurrentUser | null,
  change: Omit<AdministrationChange, 'actor'>,
): Promise<AuditEvent> {
  let lastError: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 1)));
    try {
      return await appendAdministrationEntry({ actor: user ? partyOf(user) : null, ...change });
    } catch (error) {
      lastError = error;
    }
  }
  throw new ApiError(
    'SERVICE_UNAVAILABLE',
    undefined,
    `administration audit entry not written (${change.action} ${change.object.kind} ${change.object.id}): ${String(lastError)}`,
  );
}

/** A field's value before and after a change; `null` where it had none. */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/**
 * The fields among `fields` whose value differs between `before` and
 * `after`, as `{ field: { before, after } }`. Arrays of strings (roles)
 * compare as sets. Callers list only non-secret fields.
 */
export function fieldChanges<T extends object>(
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const was = plain(before?.[field]);
    const is = plain(after?.[field]);
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[field] = { before: was, after: is };
  }
  return changes;
}

/** JSON the hash and the database agree on: no `undefined`, dates as ISO strings, string arrays sorted. */
function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value].sort();
  if (typeof value === 'object') return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}
