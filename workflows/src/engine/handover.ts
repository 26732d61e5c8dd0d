// 转交 and 委派: a handler hands a task on for good, or lends it for an opinion.
import { nextRevision, record } from './bookkeeping';
import { EngineError } from './engine-error';
import type { TaskActionInput } from './events';
import type { Party, ProcessState, TaskState, TimelineEntry } from './state';
import { addTask, close, holdsStep } from './task-lifecycle';

/** 转交 and 委派 go to someone else who does not hold the step already. */
export function checkHandOver(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const target = input.target;
  if (!target?.userId || target.userId === input.actor.userId || holdsStep(state, task.stepId, target.userId)) {
    return new EngineError('TARGET_INVALID', `cannot ${input.action} task ${task.id} to ${String(target?.userId)}`);
  }
  return null;
}

/** 转交 moves the task to the target for good; 委派 lends it to the target, whose opinion brings it back. */
export function handOver(
  state: ProcessState,
  task: TaskState,
  action: 'transfer' | 'delegate',
  target: Party,
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
): void {
  close(state, task, action === 'transfer' ? 'transferred' : 'delegated', entry.at, entry.comment);
  addTask(state, task.stepId, target, 'open', entry.at, {
    ...(action === 'transfer' ? { transferredFrom: task.id } : { delegatedFrom: task.id }),
    ...(task.signerGroupId && action === 'transfer' ? { signerGroupId: task.signerGroupId } : {}),
  });
  record(state, { ...entry, action, target });
}

/** A delegate's opinion is on record; the task goes back to its owner, who decides. */
export function handBack(state: ProcessState, task: TaskState, entry: Omit<TimelineEntry, 'seq' | 'action'>): void {
  close(state, task, 'approved', entry.at, entry.comment);
  record(state, { ...entry, action: 'delegate_done' });
  const owner = state.tasks.find((candidate) => candidate.id === task.delegatedFrom)!;
  owner.status = 'open';
  owner.openedRevision = nextRevision(state);
}
