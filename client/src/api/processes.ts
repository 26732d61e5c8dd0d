import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { operations } from './generated/api-schema';
import type { CatalogueProcess, Schemas } from './types';

/** 办事大厅: the published processes the caller may start, each with its form. */
export const catalogueQuery = queryOptions({
  queryKey: ['processes'],
  queryFn: async () =>
    (await api<Omit<Schemas['CatalogueList'], 'items'> & { items: CatalogueProcess[] }>('/processes')).items,
  // Published versions are immutable; the catalogue changes only when an admin publishes.
  staleTime: 5 * 60_000,
});

/** 流程预测: the steps a request with this data would take, and who would handle each today. */
export type RoutePreview = operations['previewProcessRoute']['responses'][200]['content']['application/json'];
type RoutePreviewBody = operations['previewProcessRoute']['requestBody']['content']['application/json'];

export function previewRoute(processKey: string, data: RoutePreviewBody['data']) {
  const body: RoutePreviewBody = { data };
  return api<RoutePreview>(`/processes/${encodeURIComponent(processKey)}/route-preview`, { method: 'POST', body });
}
