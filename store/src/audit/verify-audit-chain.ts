import type { Model } from 'mongoose';
import { ADMINISTRATION_CHAIN, AuditEventModel, type AuditEvent } from '../models/audit-event';
import { auditHash, GENESIS_HASH } from './audit-hash';

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAtSeq: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' };

/** Where one request's chain first breaks. */
export interface BrokenChain {
  requestId: string;
  brokenAtSeq: number;
  reason: 'hash_mismatch' | 'broken_link' | 'gap';
}

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
export async function verifyAuditChain(requestId: string): Promise<AuditVerification> {
  const events = await AuditEventModel.find({ requestId }).sort({ seq: 1 }).lean();
  const checker = chainChecker();
  for (const event of events) checker.add(event);
  const broken = checker.broken();
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
 * sequence. One indexed scan instead of a query per request (FerretDB on
 * SQLite pushes only `_id` filters and sorts down). Memory holds one event.
 */
export async function verifyAllAuditChains(
  events: Model<AuditEvent> = AuditEventModel,
): Promise<AuditVerificationSummary> {
  const summary: AuditVerificationSummary = {
    ok: true,
    requests: 0,
    entries: 0,
    broken: [],
    administration: { ok: true, entries: 0 },
  };
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
    if (requestId === ADMINISTRATION_CHAIN) summary.administration.entries += 1;
    else summary.entries += 1;
  }
  finish();
  summary.ok = summary.broken.length === 0 && summary.administration.ok;
  return summary;
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
