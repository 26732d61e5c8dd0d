import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { QueryOf, Schemas } from './types';

/** `GET /stats`: figures over what the caller may read; durations in official working days. */
export type Stats = Schemas['Stats'];

export function statsQuery(filter: QueryOf<'getStats'>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return queryOptions({
    queryKey: ['stats', filter],
    queryFn: () => api<Stats>(`/stats${query ? `?${query}` : ''}`),
  });
}
