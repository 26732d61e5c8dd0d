import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import { ApiError } from './api-error';
import type { Session } from './types';

/** The session is one query; `null` means signed out (the server said 401). */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    try {
      return await api<Session>('/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: Infinity,
});

export function login(username: string, password: string): Promise<Session> {
  return api<Session>('/auth/login', { method: 'POST', body: { username, password } });
}

export function logout(): Promise<void> {
  return api<void>('/auth/logout', { method: 'POST' });
}
