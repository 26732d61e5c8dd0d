import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { operations } from './generated/api-schema';

/** 数据字典 (`/dictionaries`): versions kept by administrators, published ones read by everyone signed in. */
export type DictionaryList = operations['listDictionaries']['responses'][200]['content']['application/json'];
export type DictionarySummary = DictionaryList['items'][number];
export type DictionaryVersion = operations['getDictionaryVersion']['responses'][200]['content']['application/json'];
export type DictionaryEntry = DictionaryVersion['entries'][number];
export type DictionaryContent = operations['updateDictionaryDraft']['requestBody']['content']['application/json'];

const versionPath = (key: string, version: number) => `/dictionaries/${encodeURIComponent(key)}/versions/${version}`;
const ifMatch = (revision: number) => ({ 'If-Match': `"r${revision}"` });

export const dictionaryListQuery = queryOptions({
  queryKey: ['dictionaries', 'list'],
  queryFn: async () => (await api<DictionaryList>('/dictionaries')).items,
});

export function dictionaryVersionQuery(key: string, version: number) {
  return queryOptions({
    queryKey: ['dictionaries', key, version],
    queryFn: () => api<DictionaryVersion>(versionPath(key, version)),
  });
}

/** A new draft: version 1 of a new key, or the next version of an existing one (the server numbers it). */
export function createDictionaryDraft(draft: DictionaryContent & { key: string }) {
  return api<DictionaryVersion>('/dictionaries', { method: 'POST', body: draft });
}

/** Saves a draft; 412 when someone saved since `revision` was read. */
export function saveDictionaryDraft(key: string, version: number, revision: number, content: DictionaryContent) {
  return api<DictionaryVersion>(versionPath(key, version), {
    method: 'PUT',
    body: content,
    headers: ifMatch(revision),
  });
}

/** Publishes a draft: it never changes from then on, and forms published after it pin it. */
export function publishDictionary(key: string, version: number, revision: number) {
  return api<DictionaryVersion>(`${versionPath(key, version)}/publish`, { method: 'POST', headers: ifMatch(revision) });
}
