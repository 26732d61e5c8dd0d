import type { Model } from 'mongoose';
import {
  ADMINISTRATION_CHAIN,
  AuditEventModel,
  AuditHeadModel,
  type AuditEvent,
  type AuditHead,
} from '../models/audit-event';
import { RequestProjectionModel, type RequestProjection } from '../models/request-projection';
import { auditHash, GENESIS_HASH } from './audit-hash';

/**
 * hash_mismatch: an entry was edited; broken_link: its prevHash is not the
 * previous hash; gap: an entry is missing; truncated: the chain ends before
 * its anchor (the request's projection, or the administration chain's head)
 * says it reached — its last entries were removed.
 */
export type ChainBreakReason = 'hash_mismatch' | 'broken_link' | 'gap' | 'truncated';

export type AuditVerification =
  { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: number; reason: ChainBreakReason };

/** Where one request's chain first breaks. */
export interface BrokenChain {
  requestId: string;
  brokenAtSeq: number;
  reason: ChainBreakReason;
}

/**
 * A request's entries are appended right after its projection is written;
 * within this long of the projection's last change, a chain shorter than the
 * projection says is an append still on its way, not a removal.
 */
export const APPEND_GRACE_MS = 10 * 60_000;

/** Every chain at once: how many requests and entries were checked, and each request whose chain breaks. */
export interface AuditVerificationSummary {
  ok: boolean;
  /** Request chains checked. */
  requests: number;
  /** Entries of request chains checked. */
  entries: number;
  broken: BrokenChain[];
  /** The administration chain: its entries, and where it first breaks if it does. */
  administration: AuditVerification;
}

/** Recomputes a request's chain and says where it was tampered with, if it was. */
export async function verifyAuditChain(requestId: string, now = new Date()): Promise<AuditVerification> {
  const events = await AuditEventModel.find({ requestId }).sort({ seq: 1 }).lean();
  const checker = chainChecker();
  for (const event of events) checker.add(event);
  const tail = events.at(-1);
  const broken =
    checker.broken() ??
    (requestId === ADMINISTRATION_CHAIN
      ? againstHead(await AuditHeadModel.findById(ADMINISTRATION_CHAIN).lean(), (seq) => events[seq - 1]?.hash)
      : againstProjection(
          await RequestProjectionModel.findById(requestId, { auditLength: 1, updatedAt: 1 }).lean(),
          tail?.seq ?? 0,
          now,
        ));
  return broken
    ? { ok: false, entries: events.length, brokenAtSeq: broken.brokenAtSeq, reason: broken.reason }
    : { ok: true, entries: events.length };
}

/** Recomputes the administration chain (organisations, users, definitions, substitutes, lockouts). */
export function verifyAdministrationChain(): Promise<AuditVerification> {
  return verifyAuditChain(ADMINISTRATION_CHAIN);
}

/**
 * Checks every request's chain, and the administration chain, in one pass over the collection in `_id`
 * order — `requestId:seq` zero-padded, so each chain comes whole and in
 * sequence. One indexed scan instead of a query per request. Then each
 * chain's length against its anchor: one pass over the request projections
 * (their `auditLength`), and the administration chain's head. Memory holds
 * one event, and each chain's length.
 */
export async function verifyAllAuditChains(
  events: Model<AuditEvent> = AuditEventModel,
  now = new Date(),
): Promise<AuditVerificationSummary> {
  const summary: AuditVerificationSummary = {
    ok: true,
    requests: 0,
    entries: 0,
    broken: [],
    administration: { ok: true, entries: 0 },
  };
  const lengths = new Map<string, number>();
  const administrationHashes: string[] = [];
  let requestId: string | undefined;
  let checker = chainChecker();
  const finish = () => {
    const broken = checker.broken();
    if (requestId === ADMINISTRATION_CHAIN) {
      if (broken) summary.administration = { ok: false, entries: summary.administration.entries, ...broken };
    } else if (requestId !== undefined && broken) summary.broken.push({ requestId, ...broken });
  };
  for await (const event of events.find({}).sort({ _id: 1 }).lean().cursor()) {
    if (event.requestId !== requestId) {
      finish();
      requestId = event.requestId;
      checker = chainChecker();
      if (requestId !== ADMINISTRATION_CHAIN) summary.requests += 1;
    }
    checker.add(event as AuditEvent);
    if (requestId === ADMINISTRATION_CHAIN) {
      summary.administration.entries += 1;
      administrationHashes.push(event.hash);
    } else {
      summary.entries += 1;
      lengths.set(event.requestId, event.seq);
    }
  }
  finish();

  // The anchors, read from the same database as the events (a migration verifies its copy).
  const database = events.db;
  if (summary.administration.ok) {
    const head = await database
      .collection<AuditHead>(AuditHeadModel.collection.collectionName)
      .findOne({ _id: ADMINISTRATION_CHAIN });
    const truncated = againstHead(head, (seq) => administrationHashes[seq - 1]);
    if (truncated) summary.administration = { ok: false, entries: summary.administration.entries, ...truncated };
  }
  const alreadyBroken = new Set(summary.broken.map((chain) => chain.requestId));
  const projections = database
    .collection<Pick<RequestProjection, '_id' | 'auditLength' | 'updatedAt'>>(
      RequestProjectionModel.collection.collectionName,
    )
    .find({}, { projection: { auditLength: 1, updatedAt: 1 } });
  for await (const projection of projections) {
    if (alreadyBroken.has(projection._id)) continue;
    const truncated = againstProjection(projection, lengths.get(projection._id) ?? 0, now);
    if (truncated) summary.broken.push({ requestId: projection._id, ...truncated });
  }
  summary.ok = summary.broken.length === 0 && summary.administration.ok;
  return summary;
}

/** A request's chain against its projection: shorter than the projection says, once appends had time to land. */
function againstProjection(
  projection: Pick<RequestProjection, 'auditLength' | 'updatedAt'> | null,
  length: number,
  now: Date,
): Omit<BrokenChain, 'requestId'> | null {
  if (!projection?.auditLength || projection.auditLength <= length) return null;
  if (now.getTime() - Date.parse(projection.updatedAt) < APPEND_GRACE_MS) return null;
  return { brokenAtSeq: length + 1, reason: 'truncated' };
}

/** The administration chain against its head: it must reach the head, with the head's hash there. */
function againstHead(
  head: Pick<AuditHead, 'seq' | 'hash'> | null,
  hashAt: (seq: number) => string | undefined,
): Omit<BrokenChain, 'requestId'> | null {
  if (!head) return null;
  const stored = hashAt(head.seq);
  if (stored === undefined) {
    let length = head.seq - 1;
    while (length > 0 && hashAt(length) === undefined) length -= 1;
    return { brokenAtSeq: length + 1, reason: 'truncated' };
  }
  return stored === head.hash ? null : { brokenAtSeq: head.seq, reason: 'hash_mismatch' };
}

/** Feeds one chain's events in order; remembers the first break. */
function chainChecker() {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let firstBreak: Omit<BrokenChain, 'requestId'> | null = null;
  return {
    add(event: AuditEvent) {
      if (firstBreak) return;
      if (event.seq !== expectedSeq) firstBreak = { brokenAtSeq: expectedSeq, reason: 'gap' };
      else if (event.prevHash !== prevHash) firstBreak = { brokenAtSeq: event.seq, reason: 'broken_link' };
      else {
        const { _id, hash, ...content } = event;
        if (auditHash(content) !== hash) firstBreak = { brokenAtSeq: event.seq, reason: 'hash_mismatch' };
      }
      prevHash = event.hash;
      expectedSeq += 1;
    },
    broken: () => firstBreak,
  };
}
