import type { TimelineEntry } from '@tongban/workflows';
import { AuditEventModel, type AuditEvent } from '../models/audit-event';
import { WindowFilingModel } from '../models/window-filing';
import { isDuplicateKeyError } from '../errors';
import { auditEventId, auditHash, GENESIS_HASH } from './audit-hash';

/**
 * Appends timeline entries to the request's audit chain, in `seq` order.
 * Idempotent: an entry already stored is kept as it is (the first write wins),
 * so an activity retried after a crash never forks the chain.
 */
export async function appendAuditEntries(input: {
  requestId: string;
  processKey: string;
  entries: TimelineEntry[];
}): Promise<void> {
  const entries = [...input.entries].sort((a, b) => a.seq - b.seq);
  for (const timelineEntry of entries) {
    const id = auditEventId(input.requestId, timelineEntry.seq);
    if (await AuditEventModel.exists({ _id: id })) continue;
    const entry = timelineEntry.seq === 1 ? await withWindowFiling(input.requestId, timelineEntry) : timelineEntry;
    const prevHash = entry.seq === 1 ? GENESIS_HASH : await previousHash(input.requestId, entry.seq);
    const content: Omit<AuditEvent, '_id' | 'hash'> = {
      requestId: input.requestId,
      processKey: input.processKey,
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      ...(entry.stepId ? { stepId: entry.stepId } : {}),
      ...(entry.comment ? { comment: entry.comment } : {}),
      ...(entry.to ? { to: entry.to } : {}),
      ...(entry.target ? { target: entry.target } : {}),
      ...(entry.detail ? { detail: entry.detail } : {}),
      prevHash,
    };
    try {
      await AuditEventModel.create({ _id: id, ...content, hash: auditHash(content) });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}

/**
 * 代办: the submission of a request filed at a service window says, in its
 * hashed `detail`, which clerk filed it — the applicant stays the actor.
 */
async function withWindowFiling(requestId: string, entry: TimelineEntry): Promise<TimelineEntry> {
  if (entry.action !== 'submit') return entry;
  const filing = await WindowFilingModel.findById(requestId, { filedBy: 1 }).lean();
  if (!filing) return entry;
  const { userId, displayName, orgId, orgName } = filing.filedBy;
  return { ...entry, detail: { ...entry.detail, filedBy: { userId, displayName, orgId, orgName } } };
}

async function previousHash(requestId: string, seq: number): Promise<string> {
  const previous = await AuditEventModel.findById(auditEventId(requestId, seq - 1), { hash: 1 }).lean();
  // The workflow appends in order, so a gap means an earlier append has not landed: retry later.
  if (!previous) throw new Error(`audit entry ${seq - 1} of ${requestId} is missing; cannot chain entry ${seq}`);
  return previous.hash;
}
