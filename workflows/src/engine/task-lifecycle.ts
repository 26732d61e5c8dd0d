// Tasks open, close and are cancelled; steps end or are reset to run again; a rule is sent to be resolved.
// Every action family builds on these.
import type { AssigneeRule } from '../dsl/process-definition';
import { nextRevision } from './bookkeeping';
import type { ResolveAssigneesEffect } from './events';
import type { Party, ProcessState, StepState, TaskState } from './state';
import { stepState } from './steps';

/** Asks the worker who `rule` names; the answer comes back as `assigneesResolved`. */
export function resolveEffect(
  state: ProcessState,
  stepId: string,
  rule: AssigneeRule,
  fallback: boolean,
): ResolveAssigneesEffect {
  return { type: 'resolveAssignees', stepId, rule, fallback, applicant: state.applicant, data: state.data };
}

/** A new task on `stepId`; its id is the request id and its place in the list, so replays give the same ids. */
export function addTask(
  state: ProcessState,
  stepId: string,
  assignee: Party,
  status: 'open' | 'waiting',
  at: string,
  extra: Partial<TaskState> = {},
): TaskState {
  const task: TaskState = {
    id: `${state.requestId}.${state.tasks.length + 1}`,
    stepId,
    assignee,
    status,
    createdAt: at,
    createdRevision: nextRevision(state),
    ...extra,
  };
  state.tasks.push(task);
  return task;
}

/** A task is decided (or handed on): when, in which revision, and the handler's comment. */
export function close(
  state: ProcessState,
  task: TaskState,
  status: TaskState['status'],
  at: string,
  comment: string | undefined,
): void {
  task.status = status;
  task.decidedAt = at;
  task.decidedRevision = nextRevision(state);
  if (comment) task.comment = comment;
}

/** Takes a task out of its inbox, remembering what it was so a take-back (拿回) can restore it. */
export function cancelTask(state: ProcessState, task: TaskState, at: string): void {
  task.cancelledFrom = task.status === 'waiting' ? 'waiting' : 'open';
  task.status = 'cancelled';
  task.decidedAt = at;
  task.decidedRevision = nextRevision(state);
}

/** Cancels every undecided task of the steps `ofStep` picks. */
export function cancelOpenTasks(state: ProcessState, ofStep: (stepId: string) => boolean, at: string): void {
  for (const task of state.tasks) {
    if ((task.status === 'open' || task.status === 'waiting' || task.status === 'delegated') && ofStep(task.stepId)) {
      cancelTask(state, task, at);
    }
  }
}

/** A 延期 waiting for a leader is moot once its step stops running. */
export function cancelPendingExtensions(state: ProcessState, ofStep: (stepId: string) => boolean, at: string): void {
  for (const extension of state.extensions ?? []) {
    if (extension.status === 'pending' && ofStep(extension.stepId)) {
      extension.status = 'cancelled';
      extension.decidedAt = at;
    }
  }
}

/** Puts a step back to pending, so it runs again from the start. */
export function resetStep(step: StepState): void {
  step.status = 'pending';
  delete step.startedAt;
  delete step.endedAt;
  delete step.startedRevision;
  delete step.endedRevision;
  delete step.chosenBranchId;
  // A step that runs again (after a return or a take-back) gets a fresh clock: time with the applicant does not count.
  delete step.clock;
  delete step.waitUntil;
}

/** Ends a step; tasks nobody decided are cancelled, so they leave every inbox. */
export function endStep(
  state: ProcessState,
  stepId: string,
  status: 'approved' | 'rejected' | 'completed',
  at: string,
): void {
  const step = stepState(state, stepId);
  step.status = status;
  step.endedAt = at;
  step.endedRevision = nextRevision(state);
  cancelOpenTasks(state, (candidate) => candidate === stepId, at);
  cancelPendingExtensions(state, (candidate) => candidate === stepId, at);
}

/** A rejection on `stepId` ends the whole request and empties every inbox. */
export function rejectRequest(state: ProcessState, stepId: string, at: string): void {
  endStep(state, stepId, 'rejected', at);
  cancelOpenTasks(state, () => true, at);
  state.status = 'rejected';
  state.completedAt = at;
}

/** Whether `userId` already has an undecided task on the step (so may not be handed or added another). */
export function holdsStep(state: ProcessState, stepId: string, userId: string): boolean {
  return state.tasks.some(
    (candidate) =>
      candidate.stepId === stepId &&
      candidate.assignee.userId === userId &&
      !candidate.extensionId &&
      ['open', 'waiting', 'delegated'].includes(candidate.status),
  );
}
