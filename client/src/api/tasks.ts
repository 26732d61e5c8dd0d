import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { FormData, ItemList, RequestDetail, TaskAction, TaskCounts, TaskDetail, TaskSummary } from './types';

/** `open` is 待办, `done` is 已办, `cc` is 抄送我. */
export type InboxView = 'open' | 'done' | 'cc';

/** What the inbox can be narrowed by (also what a saved view keeps). */
export interface InboxFilters {
  processKey?: string;
  q?: string;
}

export function taskListQuery(view: InboxView, filters: InboxFilters = {}) {
  const params = new URLSearchParams({ status: view, pageSize: '100' });
  if (filters.processKey) params.set('processKey', filters.processKey);
  if (filters.q) params.set('q', filters.q);
  return queryOptions({
    queryKey: ['tasks', 'list', view, filters],
    queryFn: async () => (await api<ItemList<TaskSummary>>(`/tasks?${params.toString()}`)).items,
  });
}

/** `received`: newest first; `due` (待办): the step's deadline, soonest first. */
export type InboxSort = 'received' | 'due';

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
    queryFn: () => api<ItemList<TaskSummary> & { total: number }>(`/tasks?${params.toString()}`),
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

export interface BatchResult {
  results: (
    | { taskId: string; ok: true; requestId: string; requestStatus: string }
    | { taskId: string; ok: false; error: { code: string; message: string } }
  )[];
}

/** 批量同意 / 批量驳回: each task decided in turn; the answer says how each went. */
export function actOnTasksInBatch(input: { action: 'approve' | 'reject'; taskIds: string[]; comment?: string }) {
  return api<BatchResult>('/tasks/batch-actions', { method: 'POST', body: input });
}

export interface SavedView {
  id: string;
  name: string;
  list: 'tasks' | 'requests';
  filters: Record<string, string | number>;
}

export const savedTaskViewsQuery = queryOptions({
  queryKey: ['me', 'views', 'tasks'],
  queryFn: async () => (await api<ItemList<SavedView>>('/me/views?list=tasks')).items,
});

export function saveView(input: Omit<SavedView, 'id'>) {
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

export interface TaskActionInput {
  taskId: string;
  action: TaskAction;
  comment?: string;
  /** For `return`: `applicant` or the id of an earlier approved step. */
  to?: string;
  /** For `transfer` / `delegate`. */
  targetUserId?: string;
  /** For a 填报 task's `approve`: the filled-in form. */
  data?: FormData;
  /** For `add_signer`: who to add, where, and how they decide. */
  signerUserIds?: string[];
  position?: 'before' | 'after' | 'alongside';
  signerMode?: 'any' | 'all' | 'sequential';
  /** For `request_extension`: how many more working days. */
  workingDays?: number;
  idempotencyKey: string;
}

/** Takes one action on a task; only the fields given are sent. */
export function actOnTask({ taskId, idempotencyKey, action, ...rest }: TaskActionInput) {
  const body: Record<string, unknown> = { action };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined && value !== '') body[key] = value;
  return api<{ request: RequestDetail }>(`/tasks/${encodeURIComponent(taskId)}/actions`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
