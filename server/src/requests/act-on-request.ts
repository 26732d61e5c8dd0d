import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import type { Client } from '@temporalio/client';
import { validateFormData } from '@tongban/forms';
import { RequestProjectionModel, toRequestProjection } from '@tongban/store';
import { requestActUpdate, type RequestActionName } from '@tongban/workflows';
import { partyOf, type CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';
import { toApiRefusal } from '../temporal/workflow-refusal';
import { formVersion } from './published-definitions';

export interface RequestActionRequest {
  action: RequestActionName;
  comment?: string;
  /** `resubmit`: the corrected form data, validated against the request's own form version. */
  data?: Record<string, unknown>;
  /** The caller's `Idempotency-Key`; a retried HTTP call with the same key applies once. */
  idempotencyKey?: string;
}

/**
 * The applicant's organisation withdraws (撤回) its request, or resubmits it
 * after a return (补正). A request the caller may not read is 404; one they
 * may read but not act on is 403; the workflow's validator has the final word.
 */
export async function actOnRequest(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  requestId: string,
  input: RequestActionRequest,
  language: Language,
) {
  const request = await RequestProjectionModel.findById(requestId).lean();
  if (!request || !ability.can('read', subject('Request', request))) throw new ApiError('REQUEST_NOT_FOUND');
  if (!ability.can('act', subject('Request', request))) throw new ApiError('NOT_APPLICANT');
  if (input.action === 'resubmit') {
    const form = await formVersion(request.formKey, request.formVersion);
    if (!form)
      throw new ApiError('PROCESS_NOT_FOUND', undefined, `form ${request.formKey}@${request.formVersion} missing`);
    const validation = validateFormData(form, input.data ?? {}, language);
    if (!validation.valid) throw new ApiError('FORM_INVALID', validation.errors);
  }
  try {
    const state = await temporal.workflow.getHandle(requestId).executeUpdate(requestActUpdate, {
      args: [
        {
          action: input.action,
          actor: partyOf(user),
          ...(input.comment !== undefined ? { comment: input.comment } : {}),
          ...(input.action === 'resubmit' ? { data: input.data ?? {} } : {}),
        },
      ],
      updateId: input.idempotencyKey ? `${user.id}:${input.idempotencyKey}` : randomUUID(),
    });
    return toRequestProjection(state);
  } catch (error) {
    return toApiRefusal(error);
  }
}
