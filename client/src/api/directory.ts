import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

/** The directory's shapes (`/organisations`, `/users`): paged lists. */
export interface Organisation {
  id: string;
  name: string;
  nameEn?: string;
  kind: 'department' | 'bank' | 'enterprise';
  parentId?: string;
}

export interface DirectoryUser {
  id: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
  username?: string;
  active?: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

function search(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Organisations whose name contains `q` (all when empty), first page. */
export function organisationSearchQuery(q: string, pageSize = 20) {
  return queryOptions({
    queryKey: ['organisations', 'search', q, pageSize],
    queryFn: () => api<Page<Organisation>>(`/organisations${search({ q: q.trim(), pageSize })}`),
    staleTime: 60_000,
  });
}

/** One organisation, to show the name of a stored id. */
export function organisationQuery(id: string) {
  return queryOptions({
    queryKey: ['organisations', 'detail', id],
    queryFn: () => api<Organisation>(`/organisations/${encodeURIComponent(id)}`),
    staleTime: 300_000,
  });
}

/** Users (staff the caller may see) whose name or username contains `q`. */
export function userSearchQuery(q: string, pageSize = 20) {
  return queryOptions({
    queryKey: ['users', 'search', q, pageSize],
    queryFn: () => api<Page<DirectoryUser>>(`/users${search({ q: q.trim(), pageSize })}`),
    staleTime: 60_000,
  });
}

/** One user, to show the name of a stored id. */
export function userQuery(id: string) {
  return queryOptions({
    queryKey: ['users', 'detail', id],
    queryFn: () => api<DirectoryUser>(`/users/${encodeURIComponent(id)}`),
    staleTime: 300_000,
  });
}
