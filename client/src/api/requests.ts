import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { RequestFilters } from '../lib/request-filters';
import { paramsOfFilters } from '../lib/request-filters';
import type { operations } from './generated/api-schema';
import type { RequestDetail, Schemas } from './types';

type StartRequestBody = Schemas['StartRequestBody'];
type RequestActionBody = operations['actOnRequest']['requestBody']['content']['application/json'];

export const requestListQuery = queryOptions({
  queryKey: ['requests'],
  queryFn: async () => (await api<Schemas['RequestList']>('/requests')).items,
});

/**
 * One page of the requests the caller may read under `filters`, and how many
 * there are in all: 我的办件, 我代办的 and 办件查询 page on the server.
 */
export function requestPageQuery(filters: RequestFilters, page: number, pageSize: number) {
  const search = new URLSearchParams({ ...paramsOfFilters(filters), page: String(page), pageSize: String(pageSize) });
  return queryOptions({
    queryKey: ['requests', 'page', filters, page, pageSize],
    queryFn: () => api<Schemas['RequestList']>(`/requests?${search.toString()}`),
    placeholderData: (previous) => previous,
  });
}

export function requestQuery(id: string) {
  return queryOptions({
    queryKey: ['requests', id],
    queryFn: () => api<RequestDetail>(`/requests/${encodeURIComponent(id)}`),
  });
}

/**
 * Starts a request. The Idempotency-Key makes a repeated submit of the same
 * attempt (double click, retry after a lost answer) start one request only.
 */
export function startRequest(
  input: Pick<StartRequestBody, 'processKey' | 'data'> & {
    idempotencyKey: string;
    /** 窗口受理 / 代办: the enterprise person the window clerk files for. */
    onBehalfOfUserId?: NonNullable<StartRequestBody['onBehalfOf']>['userId'];
  },
) {
  const body: StartRequestBody = {
    processKey: input.processKey,
    data: input.data,
    ...(input.onBehalfOfUserId ? { onBehalfOf: { userId: input.onBehalfOfUserId } } : {}),
  };
  return api<Schemas['StartedRequest']>('/requests', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': input.idempotencyKey },
  });
}

/** 撤回 (withdraw) or 重新提交 (resubmit, with the corrected form data) by the applicant's organisation. */
export function actOnRequest(input: RequestActionBody & { requestId: string; idempotencyKey: string }) {
  const body: RequestActionBody = {
    action: input.action,
    ...(input.comment ? { comment: input.comment } : {}),
    ...(input.data ? { data: input.data } : {}),
    ...(input.grade !== undefined ? { grade: input.grade } : {}),
  };
  return api<Omit<Schemas['ActionResult'], 'request'> & { request: RequestDetail }>(
    `/requests/${encodeURIComponent(input.requestId)}/actions`,
    { method: 'POST', body, headers: { 'Idempotency-Key': input.idempotencyKey } },
  );
}
