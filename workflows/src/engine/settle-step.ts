// Whether a step's decisions are enough: its mode (或签, 会签, 依次) and the signer groups added to it.
import { advanceAfter } from './advance';
import { nextRevision } from './bookkeeping';
import type { EngineEffect } from './events';
import type { ProcessState, SignerGroup, TaskState } from './state';
import { modeOf, stepState, taskStepDefinition } from './steps';
import { cancelTask, endStep } from './task-lifecycle';

/**
 * After any decision on an approval step: moves signer groups and sequential
 * signers along, reopens owners whose 前加签 group has finished, and ends the
 * step when its mode is satisfied (a leader who took over a late step decides it alone).
 */
export function settleStep(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
  const step = stepState(state, stepId);
  if (step.status !== 'active') return;
  // Only this run of the step counts: after a return it runs again, and what was decided before is history.
  const thisRun = step.startedRevision ?? 0;
  const groups = (state.signerGroups ?? []).filter(
    (group) => group.stepId === stepId && group.addedRevision >= thisRun,
  );
  const undecided = (task: TaskState) => task.status === 'open' || task.status === 'delegated';
  for (const group of groups) {
    const members = groupMembers(state, group);
    if (groupDone(state, group)) {
      // An `any` group is done at its first approval: the others' tasks leave their inboxes.
      for (const member of members)
        if (member.status === 'open' || member.status === 'waiting') cancelTask(state, member, at);
      const owner = state.tasks.find((task) => task.id === group.ownerTaskId)!;
      if (owner.status === 'waiting' && owner.heldByGroupId === group.id) {
        owner.status = 'open';
        delete owner.heldByGroupId;
        owner.openedRevision = nextRevision(state);
      }
    } else if (group.mode === 'sequential' && !members.some(undecided)) {
      const next = members.find((task) => task.status === 'waiting');
      if (next) {
        next.status = 'open';
        next.openedRevision = nextRevision(state);
      }
    }
  }
  const base = state.tasks.filter(
    (task) =>
      task.stepId === stepId &&
      !task.signerGroupId &&
      !task.extensionId &&
      !task.delegatedFrom &&
      !['cancelled', 'transferred', 'informed'].includes(task.status) &&
      !(task.decidedRevision !== undefined && task.decidedRevision < thisRun),
  );
  if (base.some((task) => task.escalation && task.status === 'approved')) {
    endStep(state, stepId, 'approved', at);
    advanceAfter(state, stepId, at, effects);
    return;
  }
  const regular = base.filter((task) => !task.escalation);
  const mode = modeOf(taskStepDefinition(state, stepId));
  const inHand = regular.some((task) => undecided(task) || (task.status === 'waiting' && task.heldByGroupId));
  const approvedPending = regular.some((task) => task.status === 'approved' && !effectivelyApproved(state, task));
  if (mode === 'sequential' && !inHand && !approvedPending) {
    const next = regular.find((task) => task.status === 'waiting');
    if (next) {
      next.status = 'open';
      next.openedRevision = nextRevision(state);
      return;
    }
  }
  const done =
    mode === 'any'
      ? regular.some((task) => effectivelyApproved(state, task))
      : regular.length > 0 && regular.every((task) => effectivelyApproved(state, task));
  if (!done) {
    // 或签: the first approval decides; the others need not act while its added signers finish.
    if (mode === 'any' && regular.some((task) => task.status === 'approved')) {
      for (const task of regular)
        if (task.status === 'open' || (task.status === 'waiting' && !task.heldByGroupId)) cancelTask(state, task, at);
    }
    return;
  }
  endStep(state, stepId, 'approved', at);
  advanceAfter(state, stepId, at, effects);
}

/** The added people of a group who still count: not removed, not handed on. */
function groupMembers(state: ProcessState, group: SignerGroup): TaskState[] {
  return state.tasks.filter(
    (task) =>
      task.signerGroupId === group.id &&
      !task.delegatedFrom &&
      task.status !== 'cancelled' &&
      task.status !== 'transferred',
  );
}

function groupDone(state: ProcessState, group: SignerGroup): boolean {
  const members = groupMembers(state, group);
  if (group.mode === 'any') return members.length === 0 || members.some((task) => task.status === 'approved');
  return members.every((task) => task.status === 'approved');
}

/** An approval counts once the people its owner added after or alongside have approved too. */
function effectivelyApproved(state: ProcessState, task: TaskState): boolean {
  if (task.status !== 'approved') return false;
  return (state.signerGroups ?? [])
    .filter((group) => group.ownerTaskId === task.id && group.position !== 'before')
    .every((group) => groupDone(state, group));
}
