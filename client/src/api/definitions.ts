import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { operations } from './generated/api-schema';
import type { Schemas } from './types';

/** The designers' API (`/definitions/:kind`): form and process definitions, versioned, drafts changed under If-Match. */
export type DefinitionKind = Schemas['DefinitionVersion']['kind'];
export type DefinitionStatus = Schemas['DefinitionVersion']['status'];

/** One version of a definition, its `definition` typed as the designer reads it; the ETag is `"r<revision>"`. */
export type DefinitionVersion<D = Schemas['DefinitionVersion']['definition']> = Omit<
  Schemas['DefinitionVersion'],
  'definition'
> & { definition: D };

/** What a draft is saved with: a definition its key names (the server sets `version`). */
export type DraftDefinition = Schemas['DefinitionDraftBody']['definition'];

export type DefinitionSummary = Schemas['DefinitionList']['items'][number];

/**
 * `GET …/forms/{key}/versions/{version}/used-by`: the published processes whose newest version
 * still pins an older version of the form, and where.
 */
export type ProcessesOnOlderForm =
  operations['listProcessesOnOlderForm']['responses'][200]['content']['application/json'];
export type ProcessOnOlderForm = ProcessesOnOlderForm['items'][number];

const base = (kind: DefinitionKind) => `/definitions/${kind}`;
const versionPath = (kind: DefinitionKind, key: string, version: number) =>
  `${base(kind)}/${encodeURIComponent(key)}/versions/${version}`;
const ifMatch = (revision: number) => ({ 'If-Match': `"r${revision}"` });

export function definitionListQuery(kind: DefinitionKind) {
  return queryOptions({
    queryKey: ['definitions', kind, 'list'],
    queryFn: async () => (await api<Schemas['DefinitionList']>(base(kind))).items,
  });
}

export function definitionVersionQuery<D = Schemas['DefinitionVersion']['definition']>(
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
export function createDraft<D extends DraftDefinition>(kind: DefinitionKind, definition: D) {
  const body: Schemas['DefinitionDraftBody'] = { definition };
  return api<DefinitionVersion<D>>(base(kind), { method: 'POST', body });
}

/** Saves a draft; 412 when someone saved since `revision` was read. */
export function saveDraft<D extends DraftDefinition>(
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
  definition: D,
) {
  const body: Schemas['DefinitionDraftBody'] = { definition };
  return api<DefinitionVersion<D>>(versionPath(kind, key, version), {
    method: 'PUT',
    body,
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
