import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { QueryOf, RequestDetail, Schemas, TaskCounts, TaskDetail } from './types';

/** `open` is 待办, `done` is 已办, `cc` is 抄送我: the `status` of `GET /tasks`. */
export type InboxView = NonNullable<QueryOf<'listTasks'>['status']>;

/** What the inbox can be narrowed by (also what a saved view keeps). */
export type InboxFilters = Pick<QueryOf<'listTasks'>, 'processKey' | 'q'>;

export function taskListQuery(view: InboxView, filters: InboxFilters = {}) {
  const params = new URLSearchParams({ status: view, pageSize: '100' });
  if (filters.processKey) params.set('processKey', filters.processKey);
  if (filters.q) params.set('q', filters.q);
  return queryOptions({
    queryKey: ['tasks', 'list', view, filters],
    queryFn: async () => (await api<Schemas['TaskList']>(`/tasks?${params.toString()}`)).items,
  });
}

/** `received`: newest first; `due` (待办): the step's deadline, soonest first. */
export type InboxSort = NonNullable<QueryOf<'listTasks'>['sort']>;

/** One page of an inbox view as the server pages, sorts and counts it. */
export function taskPageQuery(
  view: InboxView,
  filters: InboxFilters,
  paging: { page: number; pageSize: number },
  sort: InboxSort = 'received',
) {
  const params = new URLSearchParams({ status: view, page: String(paging.page), pageSize: String(paging.pageSize) });
  if (filters.processKey) params.set('processKey', filters.processKey);
  if (filters.q) params.set('q', filters.q);
  if (sort !== 'received') params.set('sort', sort);
  return queryOptions({
    queryKey: ['tasks', 'page', view, filters, paging, sort],
    queryFn: () => api<Schemas['TaskList']>(`/tasks?${params.toString()}`),
  });
}

/**
 * How many tasks each inbox view holds: the tab counts and the menu's 待办 badge. Under
 * `['tasks']`, so an inbox event on the live stream (use-live-updates) refreshes it.
 */
export const taskCountsQuery = queryOptions({
  queryKey: ['tasks', 'counts'],
  queryFn: () => api<TaskCounts>('/tasks/counts'),
});

export type BatchResult = Schemas['BatchResult'];

/** 批量同意 / 批量驳回: each task decided in turn; the answer says how each went. */
export function actOnTasksInBatch(input: Schemas['BatchActionBody']) {
  return api<BatchResult>('/tasks/batch-actions', { method: 'POST', body: input });
}

export type SavedView = Schemas['SavedView'];

export const savedTaskViewsQuery = queryOptions({
  queryKey: ['me', 'views', 'tasks'],
  queryFn: async () => (await api<Schemas['SavedViewList']>('/me/views?list=tasks')).items,
});

export function saveView(input: Schemas['SavedViewBody']) {
  return api<SavedView>('/me/views', { method: 'POST', body: input });
}

export function deleteView(id: string) {
  return api<void>(`/me/views/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function taskQuery(id: string) {
  return queryOptions({
    queryKey: ['tasks', 'detail', id],
    queryFn: () => api<TaskDetail>(`/tasks/${encodeURIComponent(id)}`),
  });
}

/**
 * One action on a task: the body of `POST /tasks/{id}/actions` (whose schema says which fields
 * each action takes), with the task it is on and its Idempotency-Key.
 */
export type TaskActionInput = Schemas['TaskActionBody'] & { taskId: string; idempotencyKey: string };

/** Takes one action on a task; only the fields given are sent. */
export function actOnTask({ taskId, idempotencyKey, action, ...rest }: TaskActionInput) {
  const body: Record<string, unknown> = { action };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined && value !== '') body[key] = value;
  return api<Omit<Schemas['ActionResult'], 'request'> & { request: RequestDetail }>(
    `/tasks/${encodeURIComponent(taskId)}/actions`,
    {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    },
  );
}
