import type { Client } from '@temporalio/client';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { errorMessage } from '../errors/messages';
import type { Language } from '../http/language';
import { actOnTask } from './act-on-task';

export interface BatchActionInput {
  action: 'approve' | 'reject';
  taskIds: string[];
  comment?: string;
  /** The batch's `Idempotency-Key`; each task's decision uses it with the task id, so a retried batch applies once. */
  idempotencyKey?: string;
}

export type BatchItemResult =
  | { taskId: string; ok: true; requestId: string; requestStatus: string }
  | { taskId: string; ok: false; error: { code: string; message: string } };

/**
 * 批量审批: the same decision on several tasks, one after another, each
 * exactly as `POST /tasks/:id/actions` would make it. A refused task does not
 * stop the others; the answer says what happened to each.
 */
export async function actOnTasksInBatch(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  input: BatchActionInput,
  language: Language,
): Promise<{ results: BatchItemResult[]; succeeded: number; failed: number }> {
  const results: BatchItemResult[] = [];
  // In turn, not at once: tasks of one request are Updates on one workflow, and a handler's
  // batch should not crowd out everyone else's decisions.
  for (const taskId of input.taskIds) {
    try {
      const request = await actOnTask(
        temporal,
        user,
        ability,
        taskId,
        {
          action: input.action,
          ...(input.comment !== undefined ? { comment: input.comment } : {}),
          ...(input.idempotencyKey ? { idempotencyKey: `${input.idempotencyKey}:${taskId}` } : {}),
        },
        language,
      );
      results.push({ taskId, ok: true, requestId: request._id, requestStatus: request.status });
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === 'INTERNAL') throw error;
      results.push({ taskId, ok: false, error: { code: error.code, message: errorMessage(error.code, language) } });
    }
  }
  const succeeded = results.filter((result) => result.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}
