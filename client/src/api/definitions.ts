import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

/** The designers' API (`/definitions/:kind`): form and process definitions, versioned, drafts changed under If-Match. */
export type DefinitionKind = 'forms' | 'processes';
export type DefinitionStatus = 'draft' | 'published' | 'archived';

export interface DefinitionVersion<D = Record<string, unknown>> {
  kind: DefinitionKind;
  key: string;
  version: number;
  status: DefinitionStatus;
  /** The ETag is `"r<revision>"`: sent back as If-Match to change this version. */
  revision: number;
  definition: D;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string;
  archivedAt?: string;
  updatedBy?: string;
}

export interface DefinitionSummary {
  key: string;
  name: string;
  versions: { version: number; status: DefinitionStatus; revision: number; updatedAt?: string }[];
}

const base = (kind: DefinitionKind) => `/definitions/${kind}`;
const versionPath = (kind: DefinitionKind, key: string, version: number) =>
  `${base(kind)}/${encodeURIComponent(key)}/versions/${version}`;
const ifMatch = (revision: number) => ({ 'If-Match': `"r${revision}"` });

export function definitionListQuery(kind: DefinitionKind) {
  return queryOptions({
    queryKey: ['definitions', kind, 'list'],
    queryFn: async () => (await api<{ items: DefinitionSummary[] }>(base(kind))).items,
  });
}

export function definitionVersionQuery<D = Record<string, unknown>>(
  kind: DefinitionKind,
  key: string,
  version: number,
) {
  return queryOptions({
    queryKey: ['definitions', kind, key, version],
    queryFn: () => api<DefinitionVersion<D>>(versionPath(kind, key, version)),
  });
}

/** A new draft: version 1 of a new key, or the next version of an existing one (the server numbers it). */
export function createDraft<D>(kind: DefinitionKind, definition: D) {
  return api<DefinitionVersion<D>>(base(kind), { method: 'POST', body: { definition } });
}

/** Saves a draft; 412 when someone saved since `revision` was read. */
export function saveDraft<D>(kind: DefinitionKind, key: string, version: number, revision: number, definition: D) {
  return api<DefinitionVersion<D>>(versionPath(kind, key, version), {
    method: 'PUT',
    body: { definition },
    headers: ifMatch(revision),
  });
}

/** Publishes a draft; 422 lists every problem by JSON Pointer into the definition. */
export function publishDraft<D>(kind: DefinitionKind, key: string, version: number, revision: number) {
  return api<DefinitionVersion<D>>(`${versionPath(kind, key, version)}/publish`, {
    method: 'POST',
    headers: ifMatch(revision),
  });
}

export function archiveVersion<D>(kind: DefinitionKind, key: string, version: number, revision: number) {
  return api<DefinitionVersion<D>>(`${versionPath(kind, key, version)}/archive`, {
    method: 'POST',
    headers: ifMatch(revision),
  });
}

/** The newest version, and the newest draft if there is one: what the designer opens. */
export function newestVersion(summary: DefinitionSummary): number | undefined {
  return summary.versions.reduce<number | undefined>((max, { version }) => Math.max(max ?? 0, version), undefined);
}
