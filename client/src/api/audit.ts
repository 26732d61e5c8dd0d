import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { QueryOf, Schemas } from './types';

/** One entry of a request's audit chain or of the administration chain (`GET /audit`). */
export type AuditEntry = Schemas['AuditEntry'];

/** What the log can be narrowed by: `GET /audit`'s query (the CSV and Excel exports take the same), paging aside. */
export type AuditFilter = Omit<QueryOf<'listAudit'>, 'page' | 'pageSize'>;

/** What an administrative entry is about. */
export type AuditObjectKind = NonNullable<AuditFilter['objectKind']>;

/** Whether the audit chains hold, and where each broken one first breaks. */
export type AuditVerification = Schemas['AuditVerification'];

/** The filter as a query string (empty values left out). */
export function auditSearch(
  filter: Record<string, string | undefined>,
  extra: Record<string, string | number> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra }))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function auditListQuery(filter: AuditFilter, page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['audit', filter, page, pageSize],
    queryFn: () => api<Schemas['AuditPage']>(`/audit${auditSearch(filter, { page, pageSize })}`),
  });
}

/**
 * Checks the hash chains — one request's, the administration chain, or all
 * of them — and says where each broken one first breaks.
 */
export function verifyAudit(scope: QueryOf<'verifyAudit'> = {}) {
  return api<AuditVerification>(`/audit/verify${auditSearch(scope)}`);
}

/** Where the CSV of the filtered log downloads from (the session cookie goes along). */
export function auditCsvUrl(filter: QueryOf<'exportAuditCsv'>): string {
  return `/api/v1/audit/export.csv${auditSearch(filter)}`;
}
