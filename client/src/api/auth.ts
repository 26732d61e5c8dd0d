import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import { ApiError } from './api-error';
import type { operations } from './generated/api-schema';
import type { Schemas, Session } from './types';

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
  const body: Schemas['LoginBody'] = { username, password };
  return api<Session>('/auth/login', { method: 'POST', body });
}

/** What sign-out answers: the provider's end-session address when the session came from one (200), else nothing (204). */
export type LogoutResult = operations['logOut']['responses'][200]['content']['application/json'] | undefined;

export function logout(): Promise<LogoutResult> {
  return api<LogoutResult>('/auth/logout', { method: 'POST' });
}

/** The identity providers (统一身份认证) people may sign in with, and whether passwords still work. */
export type IdentityProviders = operations['listIdentityProviders']['responses'][200]['content']['application/json'];

export const identityProvidersQuery = queryOptions({
  queryKey: ['auth', 'providers'],
  queryFn: () => api<IdentityProviders>('/auth/providers'),
  staleTime: Infinity,
});
