import type { AuditObjectKind } from '@tongban/workflows/administration-vocabulary';
import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

/** What an administrative entry is about. */
export type { AuditObjectKind } from '@tongban/workflows/administration-vocabulary';

/** One entry of a request's audit chain or of the administration chain (`GET /audit`). */
export interface AuditEntry {
  id: string;
  chain: 'request' | 'administration';
  /** Request entries. */
  requestId?: string;
  processKey?: string;
  /** Administrative entries: the object changed, with its name at the time. */
  object?: { kind: AuditObjectKind; id: string; name: string };
  seq: number;
  at: string;
  actor: {
    userId: string;
    displayName: string;
    orgId: string;
    orgName: string;
    onBehalfOf?: { displayName: string };
  } | null;
  action: string;
  stepId?: string;
  comment?: string;
  to?: string;
  target?: { userId: string; displayName: string; orgName: string };
  detail?: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  requestId?: string;
  actorId?: string;
  action?: string;
  processKey?: string;
  from?: string;
  to?: string;
  chain?: 'request' | 'administration';
  objectKind?: AuditObjectKind;
  objectId?: string;
}

type ChainBreak = { brokenAtSeq: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' | 'truncated' };

export interface AuditVerification {
  ok: boolean;
  requests: number;
  entries: number;
  broken: ({ requestId: string } & ChainBreak)[];
  /** The administration chain; absent when one request was checked. */
  administration?: { ok: boolean; entries: number } & Partial<ChainBreak>;
}

/** The filter as a query string (empty values left out). */
export function auditSearch(filter: AuditFilter, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra }))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function auditListQuery(filter: AuditFilter, page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['audit', filter, page, pageSize],
    queryFn: () =>
      api<{ items: AuditEntry[]; total: number; page: number; pageSize: number }>(
        `/audit${auditSearch(filter, { page, pageSize })}`,
      ),
  });
}

/**
 * Checks the hash chains — one request's, the administration chain, or all
 * of them — and says where each broken one first breaks.
 */
export function verifyAudit(scope: { requestId?: string; chain?: 'administration' } = {}) {
  return api<AuditVerification>(`/audit/verify${auditSearch(scope)}`);
}

/** Where the CSV of the filtered log downloads from (the session cookie goes along). */
export function auditCsvUrl(filter: AuditFilter): string {
  return `/api/v1/audit/export.csv${auditSearch(filter)}`;
}
