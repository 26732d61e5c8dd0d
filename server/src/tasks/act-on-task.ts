import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { TaskProjectionModel, toRequestProjection } from '@tongban/store';
import { actUpdate, type EngineErrorCode, type TaskActionName } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import type { CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import type { ErrorCode } from '../errors/messages';

export interface TaskActionRequest {
  action: TaskActionName;
  comment?: string;
  /** The caller's `Idempotency-Key`; a retried HTTP call with the same key applies once. */
  idempotencyKey?: string;
}

const ENGINE_REFUSALS: Record<EngineErrorCode, ErrorCode> = {
  TASK_NOT_FOUND: 'TASK_NOT_FOUND',
  TASK_ALREADY_DECIDED: 'TASK_ALREADY_DECIDED',
  TASK_NOT_OPEN: 'TASK_NOT_OPEN',
  NOT_ASSIGNEE: 'NOT_ASSIGNEE',
  REQUEST_CLOSED: 'REQUEST_CLOSED',
  COMMENT_REQUIRED: 'COMMENT_REQUIRED',
  RETURN_TARGET_INVALID: 'RETURN_TARGET_INVALID',
  TARGET_INVALID: 'TARGET_INVALID',
  ACTION_NOT_ALLOWED: 'ACTION_NOT_ALLOWED',
  TAKE_BACK_TOO_LATE: 'TAKE_BACK_TOO_LATE',
  NOT_APPLICANT: 'NOT_APPLICANT',
  REQUEST_NOT_RETURNED: 'REQUEST_NOT_RETURNED',
  UNKNOWN_ACTION: 'VALIDATION_FAILED',
};

/**
 * Sends a handler's decision to the request's workflow as an Update. The
 * workflow's validator has the final word (two people at once: one wins);
 * the projection checks here only spare it obvious refusals. A task the
 * caller may not read is 404; one they may read but not decide is 403.
 */
export async function actOnTask(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  taskId: string,
  request: TaskActionRequest,
) {
  const task = await TaskProjectionModel.findById(taskId).lean();
  if (!task) throw new ApiError('TASK_NOT_FOUND');
  const taskSubject = subject('Task', task);
  // A task the caller may not read does not exist for them (as in `getTask`): a 403 would confirm it does.
  if (!ability.can('read', taskSubject)) throw new ApiError('TASK_NOT_FOUND');
  if (!ability.can('act', taskSubject)) throw new ApiError('NOT_ASSIGNEE');
  if (task.status === 'waiting') throw new ApiError('TASK_NOT_OPEN');
  if (task.status !== 'open') throw new ApiError('TASK_ALREADY_DECIDED');

  const handle = temporal.workflow.getHandle(task.requestId);
  try {
    const state = await handle.executeUpdate(actUpdate, {
      args: [
        {
          taskId,
          action: request.action,
          actor: { userId: user.id, displayName: user.displayName, orgId: user.orgId, orgName: user.orgName },
          ...(request.comment !== undefined ? { comment: request.comment } : {}),
        },
      ],
      updateId: request.idempotencyKey ? `${user.id}:${request.idempotencyKey}` : randomUUID(),
    });
    return toRequestProjection(state);
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const type = (error.cause as { type?: string } | undefined)?.type as EngineErrorCode | undefined;
      const code = type ? ENGINE_REFUSALS[type] : undefined;
      if (code) throw new ApiError(code);
    }
    // The workflow completed between our read and the Update.
    if (error instanceof WorkflowNotFoundError || /already completed/i.test(String(error))) {
      throw new ApiError('REQUEST_CLOSED');
    }
    throw error;
  }
}
