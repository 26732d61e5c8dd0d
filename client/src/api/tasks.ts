import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { FormData, ItemList, RequestDetail, TaskAction, TaskDetail, TaskSummary } from './types';

/** `open` is 待办, `done` is 已办, `cc` is 抄送我. */
export type InboxView = 'open' | 'done' | 'cc';

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
