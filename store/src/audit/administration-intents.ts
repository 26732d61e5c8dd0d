import { randomUUID } from 'node:crypto';
import { Schema, model } from 'mongoose';
import type { Party } from '@tongban/workflows';
import type { AdministrationAction, AuditObject } from '../models/audit-event';
import { appendAdministrationEntry } from './append-administration-entry';

/**
 * An administrative change under way: written before the change, deleted
 * once its audit entry is on the chain (or the change failed). One left
 * behind means the API stopped in between, and the change may have landed
 * without its entry; `recoverAdministrationIntents` puts it on the chain.
 */
export interface AdministrationIntent {
  _id: string;
  actor: Party | null;
  action: AdministrationAction;
  /** What the change is about, as far as it was known before it ran (a new draft's version is not). */
  object: AuditObject;
  startedAt: Date;
}

const intentSchema = new Schema<AdministrationIntent>(
  {
    _id: { type: String, required: true },
    actor: { type: Schema.Types.Mixed, default: null },
    action: { type: String, required: true },
    object: { type: Schema.Types.Mixed, required: true },
    startedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const AdministrationIntentModel = model<AdministrationIntent>(
  'AdministrationIntent',
  intentSchema,
  'audit_intents',
);

/** Notes a change about to be made; returns the id to end it with. */
export async function beginAdministrationIntent(
  intent: Omit<AdministrationIntent, '_id' | 'startedAt'>,
): Promise<string> {
  const _id = randomUUID();
  await AdministrationIntentModel.create({ _id, ...intent, startedAt: new Date() });
  return _id;
}

/** The change failed, or its entry is on the chain. */
export async function endAdministrationIntent(id: string): Promise<void> {
  await AdministrationIntentModel.deleteOne({ _id: id });
}

/**
 * Longer than any change takes between its intent and its entry (a few
 * writes, a password hash, a second of retries), so only intents whose API
 * process stopped are recovered.
 */
export const STALE_INTENT_MS = 60_000;

/**
 * Puts each change whose API process stopped between the change and its
 * entry on the administration chain, marked `detail.unconfirmed` (the
 * change may or may not have landed), with when it began. Appends, then
 * deletes the intent: two recoveries at once may record one twice, never
 * lose it. Returns how many it recorded.
 */
export async function recoverAdministrationIntents(now = new Date(), staleMs = STALE_INTENT_MS): Promise<number> {
  const stale = await AdministrationIntentModel.find({ startedAt: { $lt: new Date(now.getTime() - staleMs) } })
    .sort({ startedAt: 1 })
    .lean();
  for (const intent of stale) {
    await appendAdministrationEntry({
      actor: intent.actor,
      action: intent.action,
      object: intent.object,
      detail: { unconfirmed: true, startedAt: intent.startedAt.toISOString() },
    });
    await endAdministrationIntent(intent._id);
  }
  return stale.length;
}
