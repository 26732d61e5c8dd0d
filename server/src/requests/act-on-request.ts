import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import type { Client } from '@temporalio/client';
import { readStepData, RequestProjectionModel, toRequestProjection } from '@tongban/store';
import { requestActUpdate } from '@tongban/workflows';
import { partyOf, type CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { claimFormAttachments } from '../attachments/attachments';
import { ApiError } from '../errors/api-error';
import { checkFormData, checkFormDataSize } from './check-form-data';
import type { Language } from '../http/language';
import type { requestActionBody } from '../http/schemas';
import type { z } from 'zod';
import { throwIfDocumentRefused, toApiRefusal } from '../temporal/workflow-refusal';
import { formVersion } from './published-definitions';

/** The applicant's or a supervisor's action as the API takes it (`requestActionBody`), and its key. */
export type RequestActionRequest = z.output<typeof requestActionBody> & {
  /** The caller's `Idempotency-Key`; a retried HTTP call with the same key applies once. */
  idempotencyKey?: string;
};

/**
 * The applicant's organisation withdraws (撤回), resubmits after a return
 * (补正), urges (催办) or rates (好差评) its request; a supervisor (督办) urges
 * or flags any request. A request the caller may not read is 404; one they may
 * read but not act on is 403; the workflow's validator has the final word.
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
  const asApplicant = user.orgId === request.applicantOrgId && ability.can('act', subject('Request', request));
  // Someone outside the applicant's organisation urges or flags only as a supervisor.
  const asSupervisor =
    !asApplicant &&
    (input.action === 'urge' || input.action === 'flag') &&
    ability.can('supervise', subject('Request', request));
  if (!asApplicant && !asSupervisor) {
    throw new ApiError(input.action === 'flag' ? 'FORBIDDEN' : 'NOT_APPLICANT');
  }
  // A withdrawn request's workflow has ended, so Temporal could only say "closed"; the projection says why.
  // A retry with an Idempotency-Key (of the withdrawal itself, say) still goes to the workflow for its answer.
  if (request.status === 'withdrawn' && !input.idempotencyKey) throw new ApiError('REQUEST_WITHDRAWN');
  if (input.action === 'resubmit') {
    const form = await formVersion(request.formKey, request.formVersion);
    if (!form)
      throw new ApiError('PROCESS_NOT_FOUND', undefined, `form ${request.formKey}@${request.formVersion} missing`);
    await checkFormData(form, input.data ?? {}, language);
    checkFormDataSize({ data: input.data ?? {}, stepData: readStepData(request.stepData) });
    await claimFormAttachments(user, form, input.data ?? {}, requestId, language);
  }
  try {
    const state = await temporal.workflow.getHandle(requestId).executeUpdate(requestActUpdate, {
      args: [
        {
          action: input.action,
          actor: partyOf(user),
          ...(input.comment !== undefined ? { comment: input.comment } : {}),
          ...(input.action === 'resubmit' ? { data: input.data ?? {} } : {}),
          ...(input.grade !== undefined ? { grade: input.grade } : {}),
          ...(asSupervisor ? { capacity: 'supervisor' as const } : {}),
        },
      ],
      updateId: input.idempotencyKey ? `${user.id}:${input.idempotencyKey}` : randomUUID(),
    });
    return toRequestProjection(state);
  } catch (error) {
    await throwIfDocumentRefused(temporal, requestId, error);
    return toApiRefusal(error);
  }
}
