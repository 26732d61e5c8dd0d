import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '../api/auth';
import { ApiError, isClientError } from '../api/api-error';

/**
 * Server state lives here. A 401 from any call means the session ended
 * (expired, signed out elsewhere): forgetting the session sends the user to
 * the login page, which brings them back afterwards.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(sessionQuery.queryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // 4xx answers will not change on retry; network blips and 5xx might.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        staleTime: 10_000,
      },
    },
  });
  return client;
}
