import {
  appendAdministrationEntry,
  beginAdministrationIntent,
  endAdministrationIntent,
  recoverAdministrationIntents,
  type AdministrationChange,
} from '@tongban/store';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';

/** Tries of one append before the caller is told 503; the pause doubles from 100 ms. */
const ATTEMPTS = 4;

/** What an administrative change records once it has run: its entry, or null when it changed nothing. */
export type AdministrationEntry = Omit<AdministrationChange, 'actor'> | null;

/**
 * Runs an administrative change so that the caller never hears it is done
 * without its entry on the administration chain, and no change is lost to a
 * crash (there are no transactions on FerretDB):
 *
 * 1. an intent (who, what action, which object) is written first;
 * 2. the change runs; if it throws, the intent is deleted and nothing is recorded;
 * 3. its entry (with what changed, before and after) is appended, retried;
 *    if the append still fails the caller gets 503 and the intent stays;
 * 4. the intent is deleted and the result returned.
 *
 * An intent left behind (the API stopped, or the database went away between
 * 2 and 4) is recorded by the next administrative change or chain check
 * after a minute, marked `unconfirmed` (see `recoverAdministrationIntents`).
 * Checks that refuse a change run before this, so they write nothing.
 */
export async function administrativeChange<T>(
  user: CurrentUser | null,
  intended: Pick<AdministrationChange, 'action' | 'object'>,
  change: () => Promise<{ result: T; entry: AdministrationEntry }>,
): Promise<T> {
  const actor = user ? partyOf(user) : null;
  await recoverAdministrationIntents();
  const intentId = await beginAdministrationIntent({ actor, ...intended });
  let outcome: { result: T; entry: AdministrationEntry };
  try {
    outcome = await change();
  } catch (error) {
    // Best effort: an intent that stays is recorded later as unconfirmed, which is still true.
    await endAdministrationIntent(intentId).catch(() => undefined);
    throw error;
  }
  if (outcome.entry) await appendWithRetries({ actor, ...outcome.entry });
  await endAdministrationIntent(intentId).catch(() => undefined);
  return outcome.result;
}

async function appendWithRetries(change: AdministrationChange): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 1)));
    try {
      await appendAdministrationEntry(change);
      return;
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

/**
 * Records that `user` was shown something the chain must account for (sealed
 * Temporal payloads), retried, before they are shown it: if the entry cannot
 * be written the caller gets 503 and sees nothing. No intent, since nothing
 * changes that a crash could lose.
 */
export async function recordDisclosure(user: CurrentUser, entry: NonNullable<AdministrationEntry>): Promise<void> {
  await appendWithRetries({ actor: partyOf(user), ...entry });
}

/**
 * Records what the system did on its own after it did it (a login
 * lockout), retried; no intent, since no person's change can be lost.
 */
export async function recordSystemChange(entry: NonNullable<AdministrationEntry>): Promise<void> {
  await appendWithRetries({ actor: null, ...entry });
}
