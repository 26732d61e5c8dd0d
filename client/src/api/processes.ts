import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { CatalogueProcess, ItemList } from './types';

/** 办事大厅: the published processes the caller may start, each with its form. */
export const catalogueQuery = queryOptions({
  queryKey: ['processes'],
  queryFn: async () => (await api<ItemList<CatalogueProcess>>('/processes')).items,
  // Published versions are immutable; the catalogue changes only when an admin publishes.
  staleTime: 5 * 60_000,
});

/** 流程预测: the steps a request with this data would take, and who would handle each today. */
export interface RoutePreview {
  processKey: string;
  processVersion: number;
  steps: {
    stepId: string;
    name: string;
    type: string;
    parallelStepId?: string;
    dueAt?: string;
    people: { userId: string; displayName: string; orgName?: string }[];
  }[];
}

export function previewRoute(processKey: string, data: Record<string, unknown>) {
  return api<RoutePreview>(`/processes/${encodeURIComponent(processKey)}/route-preview`, {
    method: 'POST',
    body: { data },
  });
}
