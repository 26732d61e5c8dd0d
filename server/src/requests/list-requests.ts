import {
  allOf,
  OrganisationModel,
  organisationSearchFilter,
  readRequestProjection,
  RequestProjectionModel,
} from '@tongban/store';
import { isUnifiedSocialCreditCode } from '@tongban/forms';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import type { Language } from '../http/language';
import { pageWindow, type Page } from '../http/paging';
import type { requestListQuery } from '../http/schemas';
import { requestTextSearch, WHOLE_REQUEST_NUMBER } from './request-text-search';
import { toRequestSummary } from './request-view';

type RequestSummary = ReturnType<typeof toRequestSummary>;
type RequestListFilters = Omit<z.output<typeof requestListQuery>, 'page' | 'pageSize'>;

/** The requests the caller may read, newest first, filtered and paged; `started=me` is 我发起. */
export async function listRequests(
  user: CurrentUser,
  ability: AppAbility,
  query: z.output<typeof requestListQuery>,
  language: Language,
): Promise<Page<RequestSummary>> {
  const { skip, limit } = pageWindow(query);
  const where = await requestListFilter(user, ability, query);
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

/** The stored levels each `deadline` filter stands for. */
const DEADLINE_LEVELS: Record<NonNullable<RequestListFilters['deadline']>, string | { $in: string[] }> = {
  on_time: 'on_time',
  reminded: 'reminded',
  yellow: 'yellow',
  red: 'red',
  overdue: { $in: ['yellow', 'red'] },
};

/**
 * The list's filters, within what the caller may read: the list, its export and
 * the dashboard's click-through ask the same. Every filter is a condition on a
 * top-level field ANDed with the caller's read rule, so none can show more
 * than that rule allows; each has an index in the list's order.
 */
export async function requestListFilter(
  user: CurrentUser,
  ability: AppAbility,
  query: RequestListFilters,
): Promise<Record<string, unknown>> {
  const readable = accessibleFilter(ability, 'read', 'Request');
  const filter: Record<string, unknown>[] = [readable];
  if (query.status) filter.push({ status: query.status });
  if (query.processKey) filter.push({ processKey: query.processKey });
  if (query.orgId) filter.push({ acceptingOrgId: query.orgId });
  if (query.applicantOrgId) filter.push({ applicantOrgId: query.applicantOrgId });
  // 办理部门: an element of the array, which its multikey (MongoDB) or GIN (FerretDB) index finds.
  if (query.handlingOrgId) filter.push({ handlingOrgIds: query.handlingOrgId });
  if (query.deadline) filter.push({ deadlineLevel: DEADLINE_LEVELS[query.deadline] });
  // 我发起: filed by the caller, for themselves or (at a service window) for an enterprise.
  if (query.started === 'me') filter.push({ $or: [{ 'applicant.userId': user.id }, { 'filedBy.userId': user.id }] });
  // 我代办的: filed at a service window by the caller (for a clerk, exactly their read rule).
  if (query.filedBy === 'me') filter.push({ 'filedBy.userId': user.id });
  if (query.q) filter.push(await searchFilter(query.q, Object.keys(readable).length === 0));
  // One condition on createdAt, so the range stays one index range (allOf would keep two apart).
  const created: Record<string, string> = {};
  if (query.from) created.$gte = new Date(query.from).toISOString();
  if (query.to) created.$lt = new Date(query.to).toISOString();
  if (Object.keys(created).length > 0) filter.push({ createdAt: created });
  return allOf(...filter);
}

/**
 * A filter no request matches, read by index: no request id is empty. (`$in: []` would match
 * nothing too, but FerretDB reads the whole table to find that out.)
 */
const NO_REQUEST = { _id: '' };

/** Requests of these applicant organisations, or none when there are none. */
function ofApplicants(orgs: readonly { _id: string }[]): Record<string, unknown> {
  return orgs.length > 0 ? { applicantOrgId: { $in: orgs.map((org) => org._id) } } : NO_REQUEST;
}

/** How many organisations a part of a name may stand for; a longer list asks for more of the name. */
const MAX_NAME_MATCHES = 200;
/** The last character of the Basic Multilingual Plane: after it, nothing a name starts with sorts. */
const AFTER_PREFIX = '\uffff';

/**
 * The search box. A whole 办件编号, a request id or a 统一社会信用代码 is one
 * equality by index for anyone. Beyond that, who reads the whole city
 * (`wholeCity`) searches by index too: any part of an enterprise's name (its
 * organisations, then their requests) or the start of a 办件编号. Everyone else matches
 * text among the rows their read rule already narrowed (their own, their tasks').
 */
async function searchFilter(q: string, wholeCity: boolean): Promise<Record<string, unknown>> {
  const text = q.trim();
  if (WHOLE_REQUEST_NUMBER.test(text)) return { number: text };
  if (/^req-[\w-]+$/.test(text)) return { _id: text };
  if (isUnifiedSocialCreditCode(text.toUpperCase())) {
    return ofApplicants(await OrganisationModel.find({ creditCode: text.toUpperCase() }, { _id: 1 }).lean());
  }
  if (!wholeCity) return requestTextSearch(text, { orgName: 'applicant.orgName', requestId: '_id', number: 'number' });
  const startsWith = { $gte: text, $lt: `${text}${AFTER_PREFIX}` };
  // A 编号 opens with its office's prefix and a dash (云梦招商-2026…): a dash and a digit mean a number.
  if (/-\d/.test(text)) return { number: startsWith };
  return ofApplicants(
    await OrganisationModel.find(organisationSearchFilter(text), { _id: 1 }).limit(MAX_NAME_MATCHES).lean(),
  );
}
