import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import {
  BARE_TASK_QUEUE,
  bareApproveUpdate,
  bareSubmittedUpdate,
  type BareFlowInput,
  type BareFlowState,
} from '../bare/bare-workflow';
import { APPLICATION } from './loan-renewal-flow';

/**
 * Starts a bare flow the way the API starts a request: Update-with-Start,
 * answered once the workflow runs. Same form data as a Tongban submission.
 */
export async function startBareFlow(temporal: Client): Promise<BareFlowState> {
  const requestId = `bare-${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const input: BareFlowInput = { requestId, data: APPLICATION, approvals: 2 };
  const operation = new WithStartWorkflowOperation('bareFlow', {
    workflowId: requestId,
    taskQueue: BARE_TASK_QUEUE,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  return temporal.workflow.executeUpdateWithStart(bareSubmittedUpdate, { startWorkflowOperation: operation });
}

/** One bare approve: an Update round trip on the open task, with a fresh update id as the API sends. */
export async function approveBare(temporal: Client, state: BareFlowState): Promise<BareFlowState> {
  if (!state.openTaskId) throw new Error(`bare flow ${state.requestId} has no open task`);
  return temporal.workflow.getHandle(state.requestId).executeUpdate(bareApproveUpdate, {
    args: [{ taskId: state.openTaskId }],
    updateId: randomUUID(),
  });
}

/** A whole bare flow: start, two approvals, completed. */
export async function runBareFlow(temporal: Client): Promise<void> {
  const started = await startBareFlow(temporal);
  const afterFirst = await approveBare(temporal, started);
  const done = await approveBare(temporal, afterFirst);
  if (done.status !== 'completed') throw new Error(`bare flow ${done.requestId} ended ${done.status}, not completed`);
}
