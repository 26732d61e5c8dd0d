// 加签 and 减签: a handler adds people before, after or alongside them, and may remove those who have not decided.
import { nextRevision, record } from './bookkeeping';
import { EngineError } from './engine-error';
import { APPROVAL_MODES } from '../dsl/process-definition';
import type { EngineEffect, EngineRules, TaskActionInput } from './events';
import { checkHandOverScope } from './handover';
import { settleStep } from './settle-step';
import { SIGNER_POSITIONS, type ProcessState, type SignerGroup, type TaskState, type TimelineEntry } from './state';
import { stepState } from './steps';
import { addTask, close, holdsStep } from './task-lifecycle';

/** 加签: new people, not oneself or anyone on the step, at a known position and mode. */
export function checkAddSigner(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput,
  rules: EngineRules,
): EngineError | null {
  const signers = input.signers ?? [];
  const ids = signers.map((signer) => signer?.userId);
  if (
    signers.length === 0 ||
    ids.some((id) => typeof id !== 'string' || id === '' || id === input.actor.userId) ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => holdsStep(state, task.stepId, id))
  ) {
    return new EngineError('SIGNERS_INVALID', `cannot add ${ids.join(', ')} to step ${task.stepId}`);
  }
  if (!(SIGNER_POSITIONS as readonly string[]).includes(input.position ?? '')) {
    return new EngineError('SIGNERS_INVALID', `position must be before, after or alongside`);
  }
  if (input.signerMode !== undefined && !APPROVAL_MODES.includes(input.signerMode)) {
    return new EngineError('SIGNERS_INVALID', `signer mode must be any, all or sequential`);
  }
  return checkHandOverScope(state, task, signers, rules);
}

/** 减签: the handler who added a group removes one of its people who has not decided yet. */
export function checkRemoveSigner(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const groups = new Set(
    (state.signerGroups ?? []).filter((group) => group.ownerTaskId === task.id).map((group) => group.id),
  );
  const member = state.tasks.find(
    (candidate) =>
      candidate.signerGroupId !== undefined &&
      groups.has(candidate.signerGroupId) &&
      candidate.assignee.userId === input.target?.userId &&
      (candidate.status === 'open' || candidate.status === 'waiting'),
  );
  if (!member || stepState(state, task.stepId).status !== 'active') {
    return new EngineError(
      'SIGNER_NOT_REMOVABLE',
      `${String(input.target?.userId)} is not a signer task ${task.id} added`,
    );
  }
  return null;
}

/**
 * 加签. `before`: the owner waits for the group, then decides; `after`: the
 * owner approves now and the approval counts once the group has approved too;
 * `alongside`: the group decides at the same time as the owner.
 */
export function addSigners(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const position = input.position!;
  const mode = input.signerMode ?? 'all';
  const group: SignerGroup = {
    id: `${task.id}+${(state.signerGroups ?? []).length + 1}`,
    stepId: task.stepId,
    ownerTaskId: task.id,
    position,
    mode,
    addedRevision: nextRevision(state),
  };
  state.signerGroups = [...(state.signerGroups ?? []), group];
  if (position === 'after') close(state, task, 'approved', input.at, entry.comment);
  if (position === 'before') {
    task.status = 'waiting';
    task.heldByGroupId = group.id;
  }
  input.signers!.forEach((signer, index) =>
    addTask(state, task.stepId, signer, mode === 'sequential' && index > 0 ? 'waiting' : 'open', input.at, {
      signerGroupId: group.id,
    }),
  );
  record(state, {
    ...entry,
    action: 'add_signer',
    detail: { position, mode, signers: input.signers!.map(({ userId, displayName }) => ({ userId, displayName })) },
  });
  if (position === 'after') task.decisionSeq = state.timeline.length;
  settleStep(state, task.stepId, input.at, effects);
}

/** 减签: the person leaves the group (checked by checkRemoveSigner), which may then be done. */
export function removeSigner(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const member = state.tasks.find(
    (candidate) =>
      candidate.signerGroupId !== undefined &&
      state.signerGroups?.some((group) => group.id === candidate.signerGroupId && group.ownerTaskId === task.id) &&
      candidate.assignee.userId === input.target!.userId &&
      (candidate.status === 'open' || candidate.status === 'waiting'),
  )!;
  member.cancelledFrom = member.status === 'waiting' ? 'waiting' : 'open';
  close(state, member, 'cancelled', input.at, undefined);
  record(state, { ...entry, action: 'remove_signer', target: member.assignee });
  settleStep(state, task.stepId, input.at, effects);
}
