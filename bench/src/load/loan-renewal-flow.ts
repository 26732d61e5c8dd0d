import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, isDuplicateKeyError, ProcessVersionModel } from '@tongban/store';
import {
  actUpdate,
  APPLICANT_ORG,
  loanRenewalProcess,
  PROCESS_KEY,
  REQUEST_STATUS,
  submittedUpdate,
  TASK_QUEUE,
  type Party,
  type ProcessDefinition,
  type ProcessState,
} from '@tongban/workflows';
import { expectStatus, type ApiSession } from './api-client';

/**
 * The process every measurement and fault test drives: the first slice of
 * 政银企续贷协调 under a key of its own (the seed's current loan-renewal has
 * grown to five steps). The applicant (qiye) submits, the service centre
 * (zhaoshang) approves, the bank (yinhang) approves, and it is 办结. Its task
 * ids are `<request>.1` (centre) and `<request>.2` (bank).
 */
export const BENCH_PROCESS: ProcessDefinition = {
  ...loanRenewalProcess,
  key: 'bench-two-approvals',
  version: 1,
  name: { zh: '基准：续贷协调（两级审批）', en: 'Bench: loan renewal, two approvals' },
};
export const PROCESS_KEY_UNDER_TEST = BENCH_PROCESS.key;
export const APPLICATION = loanRenewalApplicationForm.example;

/** Publishes BENCH_PROCESS (idempotent) on the store connection, as an administrator would. */
export async function publishBenchProcess(): Promise<void> {
  try {
    await ProcessVersionModel.create(definitionVersionRecord(BENCH_PROCESS, 'published', new Date()));
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

export interface FlowSessions {
  applicant: ApiSession;
  centre: ApiSession;
  bank: ApiSession;
}

/** Submits a request through the API; resolves with its id once its first task is in the inbox. */
export async function submitOverHttp(applicant: ApiSession, idempotencyKey?: string): Promise<string> {
  const response = expectStatus(
    await applicant.call(
      'POST',
      '/requests',
      { processKey: PROCESS_KEY_UNDER_TEST, data: APPLICATION },
      idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
    ),
    201,
    'submit',
  );
  return (response.body as { id: string }).id;
}

/** Approves a task through the API; resolves with the request's status afterwards. */
export async function approveOverHttp(handler: ApiSession, taskId: string): Promise<string> {
  const response = expectStatus(
    await handler.call('POST', `/tasks/${taskId}/actions`, { action: 'approve', comment: '同意' }),
    200,
    `approve ${taskId}`,
  );
  return (response.body as { request: { status: string } }).request.status;
}

/** submit → centre approves → bank approves → 办结, all through the HTTP API. */
export async function runFlowOverHttp(sessions: FlowSessions): Promise<void> {
  const id = await submitOverHttp(sessions.applicant);
  await approveOverHttp(sessions.centre, `${id}.1`);
  const status = await approveOverHttp(sessions.bank, `${id}.2`);
  if (status !== 'completed') throw new Error(`request ${id} ended ${status}, not completed`);
}

/** Starts a request with the Temporal client alone (no HTTP, no auth), as the API would. */
export async function submitDirect(temporal: Client, applicant: Party): Promise<ProcessState> {
  const requestId = `req-bench-${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const operation = new WithStartWorkflowOperation('approvalProcess', {
    workflowId: requestId,
    taskQueue: TASK_QUEUE,
    args: [{ requestId, definition: BENCH_PROCESS, applicant, data: APPLICATION }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: PROCESS_KEY, value: BENCH_PROCESS.key },
      { key: APPLICANT_ORG, value: applicant.orgId },
      { key: REQUEST_STATUS, value: 'in_progress' },
    ],
  });
  return temporal.workflow.executeUpdateWithStart(submittedUpdate, { startWorkflowOperation: operation });
}

/** The bare Update round trip: approve the request's open task as its assignee. */
export async function approveDirect(temporal: Client, state: ProcessState): Promise<ProcessState> {
  const task = state.tasks.find((candidate) => candidate.status === 'open');
  if (!task) throw new Error(`request ${state.requestId} has no open task`);
  return temporal.workflow.getHandle(state.requestId).executeUpdate(actUpdate, {
    args: [{ taskId: task.id, action: 'approve', actor: task.assignee, comment: '同意' }],
    updateId: randomUUID(),
  });
}

/** The same flow driven with the Temporal client alone. */
export async function runFlowDirect(temporal: Client, applicant: Party): Promise<void> {
  const submitted = await submitDirect(temporal, applicant);
  const afterCentre = await approveDirect(temporal, submitted);
  const done = await approveDirect(temporal, afterCentre);
  if (done.status !== 'completed') throw new Error(`request ${done.requestId} ended ${done.status}, not completed`);
}
