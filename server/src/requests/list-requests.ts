import { allOf, readRequestProjection, RequestProjectionModel } from '@tongban/store';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import type { Language } from '../http/language';
import { pageWindow, type Page } from '../http/paging';
import type { requestListQuery } from '../http/schemas';
import { requestTextSearch } from './request-text-search';
import { toRequestSummary } from './request-view';

type RequestSummary = ReturnType<typeof toRequestSummary>;

/** The requests the caller may read, newest first, filtered and paged; `started=me` is 我发起. */
export async function listRequests(
  user: CurrentUser,
  ability: AppAbility,
  query: z.output<typeof requestListQuery>,
  language: Language,
): Promise<Page<RequestSummary>> {
  const { skip, limit } = pageWindow(query);
  const where = requestListFilter(user, ability, query);
  const [requests, total] = await Promise.all([
    // A list row shows no form data: it stays in the database (it may be megabytes).
    RequestProjectionModel.find(where, { data: 0, stepData: 0 })
      .sort(REQUEST_LIST_ORDER)
      .skip(skip)
      .limit(limit)
      .lean(),
    RequestProjectionModel.countDocuments(where),
  ]);
  return {
    items: requests.map((request) => toRequestSummary(readRequestProjection(request), language)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Newest first: the order of the list and of its export, which the request indexes serve. */
export const REQUEST_LIST_ORDER = { createdAt: -1, _id: 1 } as const;

/** The list's filters, within what the caller may read: the list and its export ask the same. */
export function requestListFilter(
  user: CurrentUser,
  ability: AppAbility,
  query: Omit<z.output<typeof requestListQuery>, 'page' | 'pageSize'>,
): Record<string, unknown> {
  const filter: Record<string, unknown>[] = [accessibleFilter(ability, 'read', 'Request')];
  if (query.status) filter.push({ status: query.status });
  if (query.processKey) filter.push({ processKey: query.processKey });
  // 我发起: filed by the caller, for themselves or (at a service window) for an enterprise.
  if (query.started === 'me') filter.push({ $or: [{ 'applicant.userId': user.id }, { 'filedBy.userId': user.id }] });
  if (query.q)
    filter.push(requestTextSearch(query.q, { orgName: 'applicant.orgName', requestId: '_id', number: 'number' }));
  if (query.from) filter.push({ createdAt: { $gte: new Date(query.from).toISOString() } });
  if (query.to) filter.push({ createdAt: { $lt: new Date(query.to).toISOString() } });
  return allOf(...filter);
}
