// 退回 and 补正: a handler sends the request back to the applicant or to an earlier step; the applicant resubmits.
import { advance } from './advance';
import { record } from './bookkeeping';
import { pauseRequestClock, resumeRequestClock } from './deadlines';
import { EngineError } from './engine-error';
import type { EngineEffect, TaskActionInput } from './events';
import type { ProcessState, TaskState, TimelineEntry } from './state';
import { flattenSteps, locate, stepState } from './steps';
import { cancelOpenTasks, cancelPendingExtensions, close, resetStep } from './task-lifecycle';

/**
 * The approval steps a task on `stepId` may be returned to: finished approvals
 * before it in its own sequence and in every enclosing one.
 */
export function returnTargets(
  state: Pick<ProcessState, 'requestId' | 'definition' | 'steps'>,
  stepId: string,
): string[] {
  const targets: string[] = [];
  let current: string | undefined = stepId;
  while (current) {
    const { siblings, parentId } = locate(state.definition, current);
    for (const sibling of siblings.slice(
      0,
      siblings.findIndex((step) => step.id === current),
    )) {
      const status = stepState(state, sibling.id).status;
      if (
        (sibling.type === 'approval' && status === 'approved') ||
        (sibling.type === 'fill' && status === 'completed')
      ) {
        targets.push(sibling.id);
      }
    }
    current = parentId;
  }
  return targets;
}

/** 退回 goes to the applicant or to a finished approval before the task's step. */
export function checkReturnTarget(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const targets = returnTargets(state, task.stepId);
  if (input.to !== 'applicant' && !targets.includes(input.to ?? '')) {
    return new EngineError('RETURN_TARGET_INVALID', `cannot return to ${String(input.to)} from ${task.stepId}`);
  }
  return null;
}

/** 退回: the handler's task ends and the request goes back to the applicant or to an earlier step. */
export function returnTask(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  close(state, task, 'cancelled', input.at, entry.comment);
  record(state, { ...entry, action: 'return', to: input.to });
  if (input.to === 'applicant') returnToApplicant(state, input.at);
  else returnToStep(state, input.to!, input.at, effects);
}

/**
 * 退回补正: every running step stops (its tasks leave the inboxes) and runs
 * again from the start when the applicant resubmits.
 */
function returnToApplicant(state: ProcessState, at: string): void {
  const running = state.steps.filter(
    (step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'),
  );
  state.returnedFromStepIds = running.map((step) => step.id);
  for (const step of running) resetStep(step);
  cancelOpenTasks(state, () => true, at);
  cancelPendingExtensions(state, () => true, at);
  state.status = 'returned';
  pauseRequestClock(state, at);
}

/** Back to an earlier approval: it and everything after it in its sequence run again. */
function returnToStep(state: ProcessState, targetId: string, at: string, effects: EngineEffect[]): void {
  const { siblings } = locate(state.definition, targetId);
  const reset = new Set(
    flattenSteps(siblings.slice(siblings.findIndex((step) => step.id === targetId))).map(({ step }) => step.id),
  );
  for (const step of state.steps) if (reset.has(step.id)) resetStep(step);
  cancelOpenTasks(state, (stepId) => reset.has(stepId), at);
  cancelPendingExtensions(state, (stepId) => reset.has(stepId), at);
  advance(state, at, effects);
}

/** 补正 done: the corrected form replaces the old one, the request's clock runs again, and so do the stopped steps. */
export function resubmit(
  state: ProcessState,
  data: Record<string, unknown>,
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  record(state, { ...entry, action: 'resubmit' });
  state.data = data;
  state.status = 'in_progress';
  delete state.returnedFromStepIds;
  resumeRequestClock(state, entry.at);
  advance(state, entry.at, effects);
}
