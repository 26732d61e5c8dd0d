import { createHash } from 'node:crypto';
import type { AuditEvent } from '../models/audit-event';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** `_id` of an audit entry: sortable by sequence within a request. */
export function auditEventId(requestId: string, seq: number): string {
  return `${requestId}:${String(seq).padStart(8, '0')}`;
}

/** SHA-256 over the entry's content (fixed field order) and the previous hash. */
export function auditHash(entry: Omit<AuditEvent, '_id' | 'hash'>): string {
  const content = [
    entry.requestId,
    entry.processKey,
    entry.seq,
    entry.at,
    entry.actor?.userId ?? null,
    entry.actor?.displayName ?? null,
    entry.actor?.orgId ?? null,
    entry.action,
    entry.stepId ?? null,
    entry.comment ?? null,
    entry.prevHash,
    // Added with returns (退回) and hand-overs (转交/委派); absent otherwise, so older hashes stay valid.
    ...(entry.to ? [entry.to] : []),
    ...(entry.target ? [`target:${entry.target.userId}`] : []),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
