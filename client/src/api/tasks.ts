import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { ItemList, RequestDetail, TaskDecision, TaskDetail, TaskSummary } from './types';

/** `open` is 待办, `done` is 已办. */
export type InboxView = 'open' | 'done';

export function taskListQuery(view: InboxView) {
  return queryOptions({
    queryKey: ['tasks', 'list', view],
    queryFn: async () => (await api<ItemList<TaskSummary>>(`/tasks?status=${view}`)).items,
  });
}

export function taskQuery(id: string) {
  return queryOptions({
    queryKey: ['tasks', 'detail', id],
    queryFn: () => api<TaskDetail>(`/tasks/${encodeURIComponent(id)}`),
  });
}

export function actOnTask(input: { taskId: string; action: TaskDecision; comment?: string; idempotencyKey: string }) {
  return api<{ request: RequestDetail }>(`/tasks/${encodeURIComponent(input.taskId)}/actions`, {
    method: 'POST',
    body: { action: input.action, ...(input.comment ? { comment: input.comment } : {}) },
    headers: { 'Idempotency-Key': input.idempotencyKey },
  });
}
