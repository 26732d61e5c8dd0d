import { defineEndpoint } from '../http/endpoint';
import { batchActionBody } from '../http/view-schemas';
import { batchResultSchema } from '../openapi/inbox-responses';
import { BODY_ERRORS } from '../openapi/operation-types';
import { actOnTasksInBatch } from './act-on-tasks-in-batch';

/** `/tasks/batch-actions`: one decision on many tasks of the inbox. */
export const BATCH_ENDPOINTS = [
  defineEndpoint({
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
    handler: ({ user, ability, body, idempotencyKey, language }, { temporal }) =>
      actOnTasksInBatch(temporal, user, ability, { ...body, ...(idempotencyKey ? { idempotencyKey } : {}) }, language),
  }),
];
