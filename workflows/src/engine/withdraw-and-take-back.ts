// Undoing: 拿回 (a handler takes back their last approval while nobody has acted since) and
// 撤回 (the applicant withdraws the whole request).
import { record } from './bookkeeping';
import { EngineError } from './engine-error';
import type { ProcessState, TaskState, TimelineAction, TimelineEntry } from './state';
import { cancelOpenTasks, cancelPendingExtensions, resetStep } from './task-lifecycle';

/**
 * What people record without deciding anything: an opinion, a 催办, a 督办 flag.
 * None of them changes the route, so none of them stands in the way of a 拿回.
 */
const NOT_DECISIONS: readonly TimelineAction[] = ['comment', 'urge', 'flag'];

/** 拿回: my own last approval, while nobody has decided anything since. */
export function checkTakeBack(state: ProcessState, task: TaskState): EngineError | null {
  if (task.status !== 'approved' || task.decisionSeq === undefined || task.delegatedFrom) {
    return new EngineError('NOTHING_TO_TAKE_BACK', `task ${task.id} has no approval to take back`);
  }
  const decidedSince = state.timeline.some(
    (entry) => entry.seq > task.decisionSeq! && entry.actor !== null && !NOT_DECISIONS.includes(entry.action),
  );
  if (decidedSince) return new EngineError('TAKE_BACK_TOO_LATE', `someone acted after task ${task.id} was decided`);
  return null;
}

/**
 * 拿回: undoes everything the approval of `task` changed (one state revision):
 * steps it started go back to pending, steps it ended run again, tasks it
 * cancelled or opened go back to how they were, and the task is open again.
 */
export function takeBack(state: ProcessState, task: TaskState, at: string): void {
  const revision = task.decidedRevision!;
  const restarted = new Set<string>();
  for (const step of state.steps) {
    if (step.startedRevision === revision && step.endedRevision !== revision) {
      resetStep(step);
      restarted.add(step.id);
    } else if (step.endedRevision === revision) {
      if (step.status === 'skipped') {
        resetStep(step);
      } else {
        step.status = 'active';
        delete step.endedAt;
        delete step.endedRevision;
      }
    }
  }
  cancelOpenTasks(state, (stepId) => restarted.has(stepId), at);
  // An 后加签 made with the approval goes with it.
  const addedGroups = new Set(
    (state.signerGroups ?? []).filter((group) => group.addedRevision === revision).map((group) => group.id),
  );
  if (addedGroups.size > 0) {
    state.signerGroups = state.signerGroups!.filter((group) => !addedGroups.has(group.id));
    state.tasks = state.tasks.filter((other) => !(other.signerGroupId && addedGroups.has(other.signerGroupId)));
  }
  for (const other of state.tasks) {
    if (other === task) continue;
    if (other.status === 'cancelled' && other.decidedRevision === revision) {
      other.status = other.cancelledFrom ?? 'open';
      delete other.decidedAt;
      delete other.decidedRevision;
      delete other.cancelledFrom;
    } else if (other.status === 'open' && other.openedRevision === revision) {
      other.status = 'waiting';
      delete other.openedRevision;
    }
  }
  if (state.stepData?.[task.stepId]) delete state.stepData[task.stepId];
  task.status = 'open';
  delete task.decidedAt;
  delete task.decidedRevision;
  delete task.decisionSeq;
  delete task.comment;
}

/** 撤回: the applicant ends the request; every running step stops and every inbox empties. */
export function withdraw(state: ProcessState, entry: Omit<TimelineEntry, 'seq' | 'action'>): void {
  record(state, { ...entry, action: 'withdraw' });
  for (const step of state.steps) if (step.status === 'active') resetStep(step);
  cancelOpenTasks(state, () => true, entry.at);
  cancelPendingExtensions(state, () => true, entry.at);
  state.status = 'withdrawn';
  state.completedAt = entry.at;
  delete state.returnedFromStepIds;
}
