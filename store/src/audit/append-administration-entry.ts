import type { Party } from '@tongban/workflows';
import {
  ADMINISTRATION_CHAIN,
  AuditEventModel,
  AuditHeadModel,
  type AdministrationAction,
  type AuditEvent,
  type AuditObject,
} from '../models/audit-event';
import { isDuplicateKeyError } from '../errors';
import { AUDIT_HASH_VERSION, auditEventId, auditHash, GENESIS_HASH } from './audit-hash';

/** One administrative change, as the administration chain records it. */
export interface AdministrationChange {
  /** Who made the change; null for the system (a login lockout). */
  actor: Party | null;
  action: AdministrationAction;
  object: AuditObject;
  /**
   * What changed, as plain JSON (no `undefined`, no dates: ISO strings), e.g.
   * `{ changes: { name: { before, after } } }`. Never a password or its hash.
   */
  detail?: Record<string, unknown>;
}

/**
 * How often an append may lose the race for the next position before giving
 * up. Each round someone wins, so this many writers at the same moment all
 * land; administrative changes come at human speed, far below it.
 */
const MAX_ATTEMPTS = 50;

/**
 * Appends one entry to the administration chain and returns it. There are
 * no transactions on FerretDB, so the chain is kept whole by the insert
 * alone: the entry's `_id` (`administration:seq`) and the unique
 * `(requestId, seq)` index admit one entry per position. Two changes at the
 * same moment read the same tail and both try its next position; one insert
 * wins, the other gets a duplicate key error, reads the new tail and tries
 * the position after it, chained to the winner's hash. No fork, no gap.
 */
export async function appendAdministrationEntry(change: AdministrationChange): Promise<AuditEvent> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const tail = await chainTail();
    const content: Omit<AuditEvent, '_id' | 'hash'> = {
      requestId: ADMINISTRATION_CHAIN,
      seq: (tail?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actor: change.actor,
      action: change.action,
      object: { kind: change.object.kind, id: change.object.id, name: change.object.name },
      ...(change.detail ? { detail: change.detail } : {}),
      prevHash: tail?.hash ?? GENESIS_HASH,
      hashVersion: AUDIT_HASH_VERSION,
    };
    const entry: AuditEvent = {
      _id: auditEventId(ADMINISTRATION_CHAIN, content.seq),
      ...content,
      hash: auditHash(content),
    };
    try {
      await AuditEventModel.create(entry);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Lost the position to a concurrent change: a short random pause spreads the next round out.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
      continue;
    }
    await advanceHead(entry);
    return entry;
  }
  throw new Error(`administration audit chain: no free position after ${MAX_ATTEMPTS} attempts`);
}

/**
 * The chain's last entry: the highest `_id` in its range (`administration:`
 * up to `administration;`, the next character), the one filter and sort
 * FerretDB on SQLite answers from the index.
 */
async function chainTail(): Promise<Pick<AuditEvent, 'seq' | 'hash'> | null> {
  const [tail] = await AuditEventModel.find(
    { _id: { $gte: `${ADMINISTRATION_CHAIN}:`, $lt: `${ADMINISTRATION_CHAIN};` } },
    { seq: 1, hash: 1 },
  )
    .sort({ _id: -1 })
    .limit(1)
    .lean();
  return tail ?? null;
}

/**
 * Moves the chain's anchor to `entry`, never back: a later entry's anchor
 * already there stays (its upsert's insert collides, which is fine). A crash
 * before this leaves the anchor behind the chain, which verification accepts.
 */
async function advanceHead(entry: AuditEvent): Promise<void> {
  try {
    await AuditHeadModel.updateOne(
      { _id: ADMINISTRATION_CHAIN, seq: { $lt: entry.seq } },
      { $set: { seq: entry.seq, hash: entry.hash } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
