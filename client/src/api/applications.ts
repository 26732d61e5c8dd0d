import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { operations } from './generated/api-schema';

type PreviousApplicationAnswer = operations['getPreviousApplication']['responses'][200]['content']['application/json'];
export type PreviousApplication = PreviousApplicationAnswer['previous'];

/** 沿用上次填写: the newest form data of the caller's own organisation on this process, or null. */
export function previousApplicationQuery(processKey: string) {
  return queryOptions({
    queryKey: ['processes', processKey, 'previous-application'],
    queryFn: async () =>
      (await api<PreviousApplicationAnswer>(`/processes/${encodeURIComponent(processKey)}/previous-application`))
        .previous,
    staleTime: 60_000,
  });
}
