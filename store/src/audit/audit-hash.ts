import { createHash } from 'node:crypto';
import type { AuditEvent } from '../models/audit-event';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** `_id` of an audit entry: sortable by sequence within a chain (a request's, or the administration chain). */
export function auditEventId(chain: string, seq: number): string {
  return `${chain}:${String(seq).padStart(8, '0')}`;
}

/**
 * The hash scheme of entries written now. Version 2 covers the whole entry,
 * every field that is shown or exported (the actor's organisation name, the
 * names of the absent person a substitute acted for and of a hand-over's
 * target, …), and any field added later. Entries without a version are
 * version 1 and are checked as they were written.
 */
export const AUDIT_HASH_VERSION = 2;

/** SHA-256 over the entry's content and the previous hash, by the entry's own scheme. */
export function auditHash(entry: Omit<AuditEvent, '_id' | 'hash'>): string {
  if (entry.hashVersion === 2) return createHash('sha256').update(canonicalJson(entry)).digest('hex');
  return firstVersionHash(entry);
}

/** Version 1: a fixed list of fields; the names beside the ids were not covered. */
function firstVersionHash(entry: Omit<AuditEvent, '_id' | 'hash'>): string {
  const content = [
    entry.requestId,
    entry.processKey ?? null,
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
    // Added with 加签, 延期, ratings and substitutes, on the same terms.
    ...(entry.actor?.onBehalfOf ? [`behalf:${entry.actor.onBehalfOf.userId}`] : []),
    ...(entry.detail ? [`detail:${canonicalJson(entry.detail)}`] : []),
    // Administrative entries (the administration chain): what was changed.
    ...(entry.object ? [`object:${canonicalJson(entry.object)}`] : []),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** JSON with object keys sorted, so a document that went through the database hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
