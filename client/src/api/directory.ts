import { queryOptions } from '@tanstack/react-query';
import type { OrgPickerKind } from '@tongban/forms/designer';
import { api } from './api';

/** The directory's shapes (`/organisations`, `/users`): paged lists. */
export type OrganisationKind = OrgPickerKind;

export interface Organisation {
  id: string;
  name: string;
  nameEn?: string;
  kind: OrganisationKind;
  parentId?: string;
  /** 统一社会信用代码 (enterprises). */
  creditCode?: string;
  /** What the 办件编号 of requests it accepts open with; absent: the start of its name. */
  numberPrefix?: string;
  /** 住所, 法定代表人 and telephone: with the name and credit code, what its applications fill in from. */
  address?: string;
  legalRepresentative?: string;
  contactPhone?: string;
}

/** The parts of an organisation's profile an administrator edits. */
export type OrganisationProfileInput = Pick<
  Organisation,
  'creditCode' | 'address' | 'legalRepresentative' | 'contactPhone'
>;

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

/** Organisations whose name contains `q` (all when empty), of one kind if given, first page. */
export function organisationSearchQuery(q: string, pageSize = 20, kind?: OrganisationKind) {
  return queryOptions({
    queryKey: ['organisations', 'search', q, pageSize, kind],
    queryFn: () => api<Page<Organisation>>(`/organisations${search({ q: q.trim(), pageSize, kind })}`),
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
export function userSearchQuery(q: string, pageSize = 20, role?: string, org?: string) {
  return queryOptions({
    queryKey: ['users', 'search', q, pageSize, role ?? '', org ?? ''],
    queryFn: () =>
      api<Page<DirectoryUser>>(
        `/users${search({ q: q.trim(), pageSize, ...(role ? { role } : {}), ...(org ? { org } : {}) })}`,
      ),
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

/** A page of organisations for the administrators' list. */
export function organisationListQuery(filter: { q?: string; kind?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['organisations', 'list', filter],
    queryFn: () => api<Page<Organisation>>(`/organisations${search(filter)}`),
  });
}

export type OrganisationInput = {
  id?: string;
  name: string;
  nameEn?: string;
  kind: Organisation['kind'];
  parentId?: string;
  numberPrefix?: string;
} & OrganisationProfileInput;

export function createOrganisation(input: OrganisationInput) {
  return api<Organisation>('/organisations', { method: 'POST', body: input });
}

/** `null` removes an optional field. */
export function updateOrganisation(
  id: string,
  patch: {
    name?: string;
    nameEn?: string | null;
    kind?: Organisation['kind'];
    parentId?: string | null;
    numberPrefix?: string | null;
  } & { [field in keyof OrganisationProfileInput]?: string | null },
) {
  return api<Organisation>(`/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function deleteOrganisation(id: string) {
  return api<void>(`/organisations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** A page of users for the administrators' list (`active` only for them). */
export function userListQuery(filter: {
  q?: string;
  org?: string;
  role?: string;
  active?: string;
  page: number;
  pageSize: number;
}) {
  return queryOptions({
    queryKey: ['users', 'list', filter],
    queryFn: () => api<Page<DirectoryUser>>(`/users${search(filter)}`),
  });
}

export interface UserInput {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  password: string;
  active?: boolean;
}

export function createUser(input: UserInput) {
  return api<DirectoryUser>('/users', { method: 'POST', body: input });
}

export function updateUser(
  id: string,
  patch: { displayName?: string; orgId?: string; roles?: string[]; password?: string; active?: boolean },
) {
  return api<DirectoryUser>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

/** 代理人: who gets the caller's new tasks while they are away. */
export interface Substitute {
  userId: string;
  from: string;
  to: string;
}

export const mySubstituteQuery = queryOptions({
  queryKey: ['me', 'substitute'],
  queryFn: async () => (await api<{ substitute: Substitute | null }>('/me/substitute')).substitute,
});

export function setMySubstitute(substitute: Substitute) {
  return api<{ substitute: Substitute | null }>('/me/substitute', { method: 'PUT', body: substitute });
}

export function clearMySubstitute() {
  return api<void>('/me/substitute', { method: 'DELETE' });
}
