import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import type { Client } from '@temporalio/client';
import {
  readFormData,
  readStepData,
  RequestProjectionModel,
  TaskProjectionModel,
  toRequestProjection,
  type TaskProjection,
} from '@tongban/store';
import { actUpdate, notOpenRefusal, type TaskActionInput } from '@tongban/workflows';
import type { z } from 'zod';
import type { AppAbility } from '../auth/define-abilities';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { claimFormAttachments } from '../attachments/attachments';
import { ApiError } from '../errors/api-error';
import { checkFormData, checkFormDataSize } from '../requests/check-form-data';
import type { taskActionBody } from '../http/schemas';
import type { Language } from '../http/language';
import { formVersion } from '../requests/published-definitions';
import { engineRefusal, throwIfDocumentRefused, toApiRefusal } from '../temporal/workflow-refusal';
import { findHandler } from '../users/find-party';

/** A handler's action as the API takes it (`taskActionBody`, the engine's action names and vocabulary), and its key. */
export type TaskActionRequest = z.output<typeof taskActionBody> & {
  /** The caller's `Idempotency-Key`; a retried HTTP call with the same key applies once. */
  idempotencyKey?: string;
};

/**
 * Checks a handler's action against what the API knows (who may act, form
 * data, the people named) and turns it into the engine's input. A task the
 * caller may not read is 404; one they may read but not decide is 403.
 */
export async function prepareTaskAction(
  user: CurrentUser,
  ability: AppAbility,
  taskId: string,
  request: TaskActionRequest,
  language: Language,
): Promise<{ task: TaskProjection; input: TaskActionInput }> {
  const task = await TaskProjectionModel.findById(taskId).lean();
  if (!task) throw new ApiError('TASK_NOT_FOUND');
  const taskSubject = subject('Task', task);
  // A task the caller may not read does not exist for them (as in `getTask`): a 403 would confirm it does.
  if (!ability.can('read', taskSubject)) throw new ApiError('TASK_NOT_FOUND');
  if (!ability.can('act', taskSubject)) throw new ApiError('NOT_ASSIGNEE');
  // Taking back acts on one's own decided task, 减签 on one's own task whatever its state; everything else needs an open one.
  // A call with an Idempotency-Key may be the retry of one that already landed: the workflow answers it as the first time.
  // The refusal is the engine's own, so it says the same as the workflow would (transferred, cancelled, …).
  if (request.action !== 'take_back' && request.action !== 'remove_signer' && !request.idempotencyKey) {
    const requestStatus =
      task.status === 'cancelled'
        ? (await RequestProjectionModel.findById(task.requestId, { status: 1 }).lean())?.status
        : undefined;
    const refusal = notOpenRefusal(taskId, task.status, requestStatus ?? 'in_progress');
    if (refusal) throw engineRefusal(refusal);
  }
  // A fill task's own submission (not a delegate's opinion) must be valid for the step's form.
  if (task.form && request.action === 'approve' && request.data !== undefined) {
    const form = await formVersion(task.form.key, task.form.version);
    if (!form) throw new ApiError('PROCESS_NOT_FOUND', undefined, `form ${task.form.key}@${task.form.version} missing`);
    await checkFormData(form, request.data, language);
    const requestDoc = await RequestProjectionModel.findById(task.requestId, { data: 1, stepData: 1 }).lean();
    if (!requestDoc) throw new ApiError('REQUEST_NOT_FOUND');
    checkFormDataSize({
      data: readFormData(requestDoc.data),
      stepData: { ...readStepData(requestDoc.stepData), [task.stepId]: request.data },
    });
    await claimFormAttachments(user, form, request.data, task.requestId, language);
  }
  // Corrections to the request form (fields the step may edit) must leave the whole form valid.
  if (!task.form && request.action === 'approve' && request.data !== undefined) {
    const requestDoc = await RequestProjectionModel.findById(task.requestId, {
      formKey: 1,
      formVersion: 1,
      data: 1,
      stepData: 1,
    }).lean();
    const form = requestDoc && (await formVersion(requestDoc.formKey, requestDoc.formVersion));
    if (!requestDoc || !form) throw new ApiError('REQUEST_NOT_FOUND');
    const corrected = { ...readFormData(requestDoc.data), ...request.data };
    await checkFormData(form, corrected, language);
    checkFormDataSize({ data: corrected, stepData: readStepData(requestDoc.stepData) });
    await claimFormAttachments(user, form, corrected, task.requestId, language);
  }
  // 转交, 委派 and 加签 hand the task to someone: only to staff who handle steps, never to an
  // enterprise's people or the applicant (who could then decide their own request).
  const applicantOrgId =
    request.targetUserId || request.signerUserIds
      ? (await RequestProjectionModel.findById(task.requestId, { applicantOrgId: 1 }).lean())?.applicantOrgId
      : undefined;
  const handler = (userId: string) => (applicantOrgId ? findHandler(userId, applicantOrgId) : null);
  const target = request.targetUserId ? await handler(request.targetUserId) : undefined;
  if (request.targetUserId && !target) throw new ApiError('NOT_A_HANDLER');
  const signers = request.signerUserIds ? await Promise.all(request.signerUserIds.map(handler)) : undefined;
  if (signers?.some((signer) => !signer)) throw new ApiError('NOT_A_HANDLER');
  return {
    task,
    input: {
      taskId,
      action: request.action,
      actor: partyOf(user),
      ...(request.comment !== undefined ? { comment: request.comment } : {}),
      ...(request.to !== undefined ? { to: request.to } : {}),
      ...(target ? { target } : {}),
      ...(request.data !== undefined ? { data: request.data } : {}),
      ...(signers ? { signers: signers.map((signer) => signer!) } : {}),
      ...(request.position !== undefined ? { position: request.position } : {}),
      ...(request.signerMode !== undefined ? { signerMode: request.signerMode } : {}),
      ...(request.workingDays !== undefined ? { workingDays: request.workingDays } : {}),
    },
  };
}

/**
 * Sends a handler's decision to the request's workflow as an Update. The
 * workflow's validator has the final word (two people at once: one wins);
 * the checks in `prepareTaskAction` only spare it obvious refusals.
 */
export async function actOnTask(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  taskId: string,
  request: TaskActionRequest,
  language: Language,
) {
  const { task, input } = await prepareTaskAction(user, ability, taskId, request, language);

  const handle = temporal.workflow.getHandle(task.requestId);
  try {
    const state = await handle.executeUpdate(actUpdate, {
      args: [input],
      updateId: request.idempotencyKey ? `${user.id}:${request.idempotencyKey}` : randomUUID(),
    });
    return toRequestProjection(state);
  } catch (error) {
    await throwIfDocumentRefused(temporal, task.requestId, error);
    return toApiRefusal(error);
  }
}
