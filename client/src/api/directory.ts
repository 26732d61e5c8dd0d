import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { QueryOf, Schemas } from './types';

/** The directory's shapes (`/organisations`, `/users`, `/me/substitute`), as the API's schemas say. */
export type Organisation = Schemas['Organisation'];
export type OrganisationKind = Organisation['kind'];

/** The parts of an organisation's profile an administrator edits. */
export type OrganisationProfileInput = Pick<
  Schemas['CreateOrganisationBody'],
  'creditCode' | 'address' | 'legalRepresentative' | 'contactPhone'
>;

export type OrganisationInput = Schemas['CreateOrganisationBody'];
/** `null` removes an optional field. */
export type OrganisationPatch = Schemas['UpdateOrganisationBody'];

export type DirectoryUser = Schemas['DirectoryUser'];
export type UserInput = Schemas['CreateUserBody'];
export type UserPatch = Schemas['UpdateUserBody'];

/** A page of a server-paged list (organisations, users, requests): every one pages alike, as OrganisationPage does. */
export type Page<T> = Omit<Schemas['OrganisationPage'], 'items'> & { items: T[] };

/** A server-paged list's query as the client sends it: the page always named. */
type Paged<Query extends { page?: number; pageSize?: number }> = Query & Required<Pick<Query, 'page' | 'pageSize'>>;

/** 代理人: who gets the caller's new tasks while they are away. */
export type Substitute = Schemas['Substitute'];
export type SubstituteInput = Schemas['SubstituteBody'];

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
    queryFn: () => api<Schemas['OrganisationPage']>(`/organisations${search({ q: q.trim(), pageSize, kind })}`),
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
export function userSearchQuery(q: string, pageSize = 20, role?: QueryOf<'listUsers'>['role'], org?: string) {
  return queryOptions({
    queryKey: ['users', 'search', q, pageSize, role ?? '', org ?? ''],
    queryFn: () =>
      api<Schemas['UserPage']>(
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
export function organisationListQuery(filter: Paged<QueryOf<'listOrganisations'>>) {
  return queryOptions({
    queryKey: ['organisations', 'list', filter],
    queryFn: () => api<Schemas['OrganisationPage']>(`/organisations${search(filter)}`),
  });
}

export function createOrganisation(input: OrganisationInput) {
  return api<Organisation>('/organisations', { method: 'POST', body: input });
}

/** `null` removes an optional field. */
export function updateOrganisation(id: string, patch: OrganisationPatch) {
  return api<Organisation>(`/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function deleteOrganisation(id: string) {
  return api<void>(`/organisations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** A page of users for the administrators' list (`active` only for them). */
export function userListQuery(filter: Paged<QueryOf<'listUsers'>>) {
  return queryOptions({
    queryKey: ['users', 'list', filter],
    queryFn: () => api<Schemas['UserPage']>(`/users${search(filter)}`),
  });
}

export function createUser(input: UserInput) {
  return api<DirectoryUser>('/users', { method: 'POST', body: input });
}

export function updateUser(id: string, patch: UserPatch) {
  return api<DirectoryUser>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export const mySubstituteQuery = queryOptions({
  queryKey: ['me', 'substitute'],
  queryFn: async () => (await api<Schemas['SubstituteResult']>('/me/substitute')).substitute,
});

export function setMySubstitute(substitute: SubstituteInput) {
  return api<Schemas['SubstituteResult']>('/me/substitute', { method: 'PUT', body: substitute });
}

export function clearMySubstitute() {
  return api<void>('/me/substitute', { method: 'DELETE' });
}
