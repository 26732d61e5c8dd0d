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
