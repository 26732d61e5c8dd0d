import type { TimelineEntry } from '@tongban/workflows';
import { AuditEventModel, type AuditEvent } from '../models/audit-event';
import { WindowFilingModel } from '../models/window-filing';
import { isDuplicateKeyError, isOnlyDuplicateKeyErrors } from '../errors';
import { AUDIT_HASH_VERSION, auditEventId, auditHash, GENESIS_HASH } from './audit-hash';

interface ChainInput {
  requestId: string;
  processKey: string;
  entries: TimelineEntry[];
}

/**
 * Appends timeline entries to the request's audit chain, in `seq` order, one
 * entry at a time, reading each previous hash back. Idempotent: an entry
 * already stored is kept as it is (the first write wins), so an activity
 * retried after a crash never forks the chain. How runs that began before
 * `appendAuditBatch` append.
 */
export async function appendAuditEntries(input: ChainInput): Promise<void> {
  await appendOneAtATime(
    input,
    [...input.entries].sort((a, b) => a.seq - b.seq),
  );
}

/**
 * Appends consecutive timeline entries to the request's audit chain in one
 * ordered bulk insert, chaining them from `previousHash` (the hash of entry
 * `seq - 1`, which the caller kept from the last append; read back only when
 * absent). Returns the hash of the last entry as stored, for the next append.
 *
 * Idempotent, and the first write wins, as on every append path: `_id` is
 * `requestId:seq`, so an entry already stored stays as it is and the rest
 * chain from it. A retry may compute an entry unlike the stored one: the
 * persisting activity is local, so when a worker dies before its workflow task
 * completes, the task runs again at a later workflow time and its entries carry
 * other times than the write the dead attempt made.
 */
export async function appendAuditBatch(input: ChainInput & { previousHash?: string }): Promise<string | undefined> {
  const entries = [...input.entries].sort((a, b) => a.seq - b.seq);
  const first = entries[0];
  if (!first) return input.previousHash;
  entries.forEach((entry, index) => {
    if (entry.seq !== first.seq + index) throw new Error(`audit entries of ${input.requestId} are not consecutive`);
  });
  const startHash =
    input.previousHash ?? (first.seq === 1 ? GENESIS_HASH : await storedHash(input.requestId, first.seq - 1));
  let prevHash = startHash;
  const documents: AuditEvent[] = [];
  for (const timelineEntry of entries) {
    const entry = timelineEntry.seq === 1 ? await withWindowFiling(input.requestId, timelineEntry) : timelineEntry;
    const content = auditContent(input, entry, prevHash);
    prevHash = auditHash(content);
    documents.push({ _id: auditEventId(input.requestId, entry.seq), ...content, hash: prevHash });
  }
  try {
    await AuditEventModel.insertMany(documents, { ordered: true });
    return prevHash;
  } catch (error) {
    if (!isOnlyDuplicateKeyErrors(error)) throw error;
  }
  // Some of them are stored already: keep those, and chain each one after from what is stored.
  return appendOneAtATime(input, entries, startHash);
}

/**
 * Appends consecutive entries one at a time; an entry already stored stays as it is and the next
 * chains from its stored hash. `previousHash` is that of the entry before the first (read back
 * when absent). Returns the hash of the last entry as stored.
 */
async function appendOneAtATime(
  input: ChainInput,
  entries: readonly TimelineEntry[],
  previousHash?: string,
): Promise<string | undefined> {
  let prevHash = previousHash;
  for (const timelineEntry of entries) {
    const id = auditEventId(input.requestId, timelineEntry.seq);
    const stored = await AuditEventModel.findById(id, { hash: 1 }).lean();
    if (stored) {
      prevHash = stored.hash;
      continue;
    }
    const entry = timelineEntry.seq === 1 ? await withWindowFiling(input.requestId, timelineEntry) : timelineEntry;
    prevHash ??= entry.seq === 1 ? GENESIS_HASH : await storedHash(input.requestId, entry.seq - 1);
    const content = auditContent(input, entry, prevHash);
    const hash = auditHash(content);
    try {
      await AuditEventModel.create({ _id: id, ...content, hash });
      prevHash = hash;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      prevHash = await storedHash(input.requestId, entry.seq);
    }
  }
  return prevHash;
}

function auditContent(input: ChainInput, entry: TimelineEntry, prevHash: string): Omit<AuditEvent, '_id' | 'hash'> {
  return {
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
    hashVersion: AUDIT_HASH_VERSION,
  };
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

async function storedHash(requestId: string, seq: number): Promise<string> {
  const previous = await AuditEventModel.findById(auditEventId(requestId, seq), { hash: 1 }).lean();
  // The workflow appends in order, so a gap means an earlier append has not landed: retry later.
  if (!previous) throw new Error(`audit entry ${seq} of ${requestId} is missing; cannot chain entry ${seq + 1}`);
  return previous.hash;
}
