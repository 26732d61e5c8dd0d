import { allHandlersFinished, condition, defineUpdate, setHandler } from '@temporalio/workflow';

/**
 * The bench's baseline: a Temporal workflow of the same shape as one Tongban
 * request (Update-with-Start, then two approving Updates, then done) with no
 * activities, no projections and no engine. What it costs is what Temporal
 * itself costs on this machine; `limit_ratio` and `approve_ratio` compare
 * Tongban against it. Workflow code: only `@temporalio/workflow` is imported.
 */

/** Task queue of the bare worker, apart from Tongban's so the two never share pollers. */
export const BARE_TASK_QUEUE = 'tongban-bench-bare';

export interface BareFlowInput {
  requestId: string;
  /** The application's form data, carried as Tongban's input carries it. */
  data: Record<string, unknown>;
  /** Approvals before the flow is done (Tongban's bench process has two). */
  approvals: number;
}

export interface BareFlowState {
  requestId: string;
  status: 'in_progress' | 'completed';
  approved: number;
  /** The open task's id (`<request>.<n>`), as Tongban numbers its tasks. */
  openTaskId?: string;
}

/** Answers once the workflow has started, with its state: the Update-with-Start of a submission. */
export const bareSubmittedUpdate = defineUpdate<BareFlowState>('bareSubmitted');
/** Approves the open task; refused unless it names the open task. */
export const bareApproveUpdate = defineUpdate<BareFlowState, [{ taskId: string }]>('bareApprove');

/** Waits for its approvals, one Update each, and ends. */
export async function bareFlow(input: BareFlowInput): Promise<BareFlowState> {
  const state: BareFlowState = {
    requestId: input.requestId,
    status: 'in_progress',
    approved: 0,
    openTaskId: `${input.requestId}.1`,
  };
  setHandler(bareSubmittedUpdate, () => ({ ...state }));
  setHandler(
    bareApproveUpdate,
    () => {
      state.approved += 1;
      if (state.approved >= input.approvals) {
        state.status = 'completed';
        delete state.openTaskId;
      } else state.openTaskId = `${input.requestId}.${state.approved + 1}`;
      return { ...state };
    },
    {
      // As Tongban's validator refuses a decided task, so a retried Update cannot approve twice.
      validator: ({ taskId }) => {
        if (taskId !== state.openTaskId) throw new Error(`task ${taskId} is not open`);
      },
    },
  );
  await condition(() => state.status === 'completed' && allHandlersFinished());
  return state;
}
