import { AuditEventModel } from '../models/audit-event';
import { auditHash, GENESIS_HASH } from './audit-hash';

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAtSeq: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' };

/** Recomputes a request's chain and says where it was tampered with, if it was. */
export async function verifyAuditChain(requestId: string): Promise<AuditVerification> {
  const events = await AuditEventModel.find({ requestId }).sort({ seq: 1 }).lean();
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq)
      return { ok: false, entries: events.length, brokenAtSeq: expectedSeq, reason: 'gap' };
    if (event.prevHash !== prevHash) {
      return { ok: false, entries: events.length, brokenAtSeq: event.seq, reason: 'broken_link' };
    }
    const { _id, hash, ...content } = event;
    if (auditHash(content) !== hash) {
      return { ok: false, entries: events.length, brokenAtSeq: event.seq, reason: 'hash_mismatch' };
    }
    prevHash = hash;
  }
  return { ok: true, entries: events.length };
}
