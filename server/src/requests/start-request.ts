import { createHash, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { readFormData, RequestProjectionModel, UserModel, WindowFilingModel } from '@tongban/store';
import {
  APPLICANT_ORG,
  PROCESS_KEY,
  REQUEST_STATUS,
  submittedUpdate,
  TASK_QUEUE,
  type ApprovalProcessInput,
  type Party,
  type RequestStatus,
} from '@tongban/workflows';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { claimFormAttachments } from '../attachments/attachments';
import { ApiError } from '../errors/api-error';
import { checkEnterpriseFields } from './check-enterprise-fields';
import { checkFormData, checkFormDataSize } from './check-form-data';
import type { Language } from '../http/language';
import { throwIfDocumentRefused } from '../temporal/workflow-refusal';
import { findParty } from '../users/find-party';
import { formVersion, latestPublishedProcess } from './published-definitions';

export interface StartRequestInput {
  processKey: string;
  data: Record<string, unknown>;
  /** 代办: the enterprise person a window clerk files for; they are the applicant. */
  onBehalfOf?: { userId: string };
  /** The caller's `Idempotency-Key`: the same key from the same user always means the same request. */
  idempotencyKey?: string;
}

/** How long the API waits for the new request's first projection before asking the caller to retry. */
const SUBMIT_TIMEOUT_MS = 30_000;

/**
 * Validates the form data against the process's published form, then starts
 * the request's workflow and returns once its first projection is written.
 */
export async function startRequest(
  temporal: Client,
  user: CurrentUser,
  input: StartRequestInput,
  language: Language,
): Promise<{ id: string; status: RequestStatus }> {
  const definition = await latestPublishedProcess(input.processKey);
  if (!definition) throw new ApiError('PROCESS_NOT_FOUND');
  const form = await formVersion(definition.form.key, definition.form.version);
  if (!form)
    throw new ApiError(
      'PROCESS_NOT_FOUND',
      undefined,
      `form ${definition.form.key}@${definition.form.version} missing`,
    );
  await checkFormData(form, input.data, language);
  checkFormDataSize({ data: input.data });

  const requestId = input.idempotencyKey ? idempotentRequestId(user.id, input.idempotencyKey) : newRequestId();
  let applicant = partyOf(user);
  if (input.onBehalfOf) {
    const enterprisePerson = await windowApplicant(input.onBehalfOf.userId);
    await checkEnterpriseFields(form, input.data, enterprisePerson.orgId, language);
    applicant = await recordWindowFiling(requestId, user, enterprisePerson);
  }
  await claimFormAttachments(user, form, input.data, requestId, language);
  const workflowInput: ApprovalProcessInput = { requestId, definition, applicant, data: input.data };
  const operation = new WithStartWorkflowOperation('approvalProcess', {
    workflowId: requestId,
    taskQueue: TASK_QUEUE,
    args: [workflowInput],
    // A retry while the request runs attaches to it; after it closed, the id is never reused.
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: PROCESS_KEY, value: definition.key },
      { key: APPLICANT_ORG, value: applicant.orgId },
      { key: REQUEST_STATUS, value: 'in_progress' },
    ],
  });
  try {
    const state = await temporal.withAbortSignal(AbortSignal.timeout(SUBMIT_TIMEOUT_MS), () =>
      temporal.workflow.executeUpdateWithStart(submittedUpdate, { startWorkflowOperation: operation }),
    );
    if (!sameData(state.data, input.data)) throw new ApiError('IDEMPOTENCY_KEY_REUSED');
    return { id: requestId, status: state.status };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return closedRequest(requestId, input.data);
    if (error instanceof ApiError) throw error;
    if (isAbort(error))
      throw new ApiError('SERVICE_UNAVAILABLE', undefined, `request ${requestId} not confirmed in time`);
    await throwIfDocumentRefused(temporal, requestId, error);
    throw error;
  }
}

/** 窗口受理 / 代办: the person filed for, who must be an active enterprise applicant. */
async function windowApplicant(applicantUserId: string): Promise<Party> {
  const account = await UserModel.findById(applicantUserId, { active: 1, roles: 1 }).lean();
  const applicant = account?.active && account.roles.includes('applicant') ? await findParty(applicantUserId) : null;
  if (!applicant) throw new ApiError('APPLICANT_INVALID');
  return applicant;
}

/**
 * 窗口受理 / 代办: records who filed for whom before the workflow starts, so
 * the projections and the audit chain can never miss it. A retry (same
 * request id) keeps the first record.
 */
async function recordWindowFiling(requestId: string, clerk: CurrentUser, applicant: Party): Promise<Party> {
  await WindowFilingModel.updateOne(
    { _id: requestId },
    { $setOnInsert: { filedBy: partyOf(clerk), applicant, createdAt: new Date() } },
    { upsert: true },
  );
  const filing = await WindowFilingModel.findById(requestId, { applicant: 1 }).lean();
  return filing!.applicant;
}

/** The same key sent again after the request closed: answer with that request. */
async function closedRequest(requestId: string, data: Record<string, unknown>) {
  const existing = await RequestProjectionModel.findById(requestId, { status: 1, data: 1 }).lean();
  if (!existing) throw new ApiError('SERVICE_UNAVAILABLE', undefined, `request ${requestId} has no projection yet`);
  if (!sameData(readFormData(existing.data), data)) throw new ApiError('IDEMPOTENCY_KEY_REUSED');
  return { id: requestId, status: existing.status };
}

function idempotentRequestId(userId: string, key: string): string {
  return `req-${createHash('sha256').update(`${userId}\n${key}`).digest('hex').slice(0, 24)}`;
}

function newRequestId(): string {
  return `req-${randomUUID().replaceAll('-', '').slice(0, 24)}`;
}

function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, child]) => [key, sortKeys(child)]),
  );
}

function isAbort(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort|cancel/i.test(error.message))
  );
}
