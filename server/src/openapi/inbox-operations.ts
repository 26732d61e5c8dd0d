import { batchActionBody, savedViewBody, savedViewListQuery, savedViewParams } from '../http/view-schemas';
import { batchResultSchema, savedViewListSchema, savedViewSchema } from './inbox-responses';
import { BODY_ERRORS, type ApiOperation } from './operation-types';

/** Saved views (`/me/views`) and batch decisions (`/tasks/batch-actions`). */
export const INBOX_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'POST',
    path: '/tasks/batch-actions',
    operationId: 'actOnTasksInBatch',
    tag: 'tasks',
    auth: 'session',
    summary: { zh: '批量同意或驳回', en: 'Approve or reject several tasks at once' },
    description: {
      zh: '逐个办理，与单个办理完全相同（含权限与并发检查）；某个任务失败不影响其他任务，结果逐项列出。每批最多 50 个。带 Idempotency-Key 重试时不会重复办理。',
      en: 'Each task is decided in turn exactly as `POST /tasks/{id}/actions` would (the same checks); one refused task does not stop the others, and the answer lists each. At most 50 per batch. Retrying with the same Idempotency-Key decides nothing twice.',
    },
    idempotent: true,
    body: batchActionBody,
    responses: {
      200: {
        description: { zh: '逐项结果（部分失败亦为 200）', en: 'Each task’s result (200 even when some failed)' },
        schema: batchResultSchema,
      },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', ...BODY_ERRORS],
  },
  {
    method: 'GET',
    path: '/me/views',
    operationId: 'listSavedViews',
    tag: 'me',
    auth: 'session',
    summary: { zh: '我保存的列表视图', en: 'My saved list views' },
    query: savedViewListQuery,
    responses: { 200: { description: { zh: '视图', en: 'Views' }, schema: savedViewListSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
  },
  {
    method: 'POST',
    path: '/me/views',
    operationId: 'createSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '保存列表视图', en: 'Save a list view' },
    description: {
      zh: '筛选条件按该列表自身的规则校验；每人最多 50 个，名称不可重复。',
      en: 'The filters are checked as the list checks them; at most 50 per person, names unique.',
    },
    body: savedViewBody,
    responses: {
      201: {
        description: { zh: '已保存', en: 'Saved' },
        schema: savedViewSchema,
        headers: { Location: { description: '/api/v1/me/views/{id}', schema: { type: 'string' } } },
      },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', 'SAVED_VIEW_NAME_TAKEN', 'SAVED_VIEW_LIMIT', ...BODY_ERRORS],
  },
  {
    method: 'PUT',
    path: '/me/views/:id',
    operationId: 'updateSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '修改视图', en: 'Change a saved view' },
    description: {
      zh: '他人的视图与不存在的一样返回 404。',
      en: 'Someone else’s view is 404, like one that does not exist.',
    },
    params: savedViewParams,
    body: savedViewBody,
    responses: { 200: { description: { zh: '修改后的视图', en: 'The view now' }, schema: savedViewSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', 'SAVED_VIEW_NOT_FOUND', 'SAVED_VIEW_NAME_TAKEN', ...BODY_ERRORS],
  },
  {
    method: 'DELETE',
    path: '/me/views/:id',
    operationId: 'deleteSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '删除视图', en: 'Delete a saved view' },
    params: savedViewParams,
    responses: { 204: { description: { zh: '已删除', en: 'Deleted' } } },
    errors: ['UNAUTHENTICATED', 'SAVED_VIEW_NOT_FOUND'],
  },
];
