// A handler acts on their task: approve, reject, comment or fill here; the other families in their files.
import { advance } from './advance';
import { decideAftercare } from './aftercare';
import { record } from './bookkeeping';
import type { EngineEffect, TaskActionInput } from './events';
import { decideExtension, requestExtension } from './extension';
import { handBack, handOver } from './handover';
import { returnTask } from './returns';
import { settleStep } from './settle-step';
import { addSigners, removeSigner } from './signers';
import type { Party, ProcessState } from './state';
import { inAftercare, taskStepDefinition } from './steps';
import { close, endStep, rejectRequest } from './task-lifecycle';
import { takeBack } from './withdraw-and-take-back';

/** Applies a handler's action, already checked by checkTaskAction. */
export function decideTask(
  state: ProcessState,
  input: TaskActionInput & { at: string },
  effects: EngineEffect[],
): void {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId)!;
  const comment = input.comment?.trim() || undefined;
  // A substitute acts for the absent owner: the record says on whose behalf.
  const actor: Party = task.assignee.onBehalfOf
    ? { ...input.actor, onBehalfOf: task.assignee.onBehalfOf }
    : input.actor;
  const entry = { at: input.at, actor, stepId: task.stepId, comment };
  switch (input.action) {
    case 'comment':
      record(state, { ...entry, action: 'comment' });
      return;
    case 'take_back':
      takeBack(state, task, input.at);
      record(state, { ...entry, action: 'take_back' });
      return;
    case 'transfer':
    case 'delegate':
      handOver(state, task, input.action, input.target!, entry);
      return;
    case 'return':
      returnTask(state, task, input, entry, effects);
      return;
    case 'add_signer':
      addSigners(state, task, input, entry, effects);
      return;
    case 'remove_signer':
      removeSigner(state, task, input, entry, effects);
      return;
    case 'request_extension':
      requestExtension(state, task, input, entry, effects);
      return;
    case 'approve':
    case 'reject':
      break;
  }
  if (task.delegatedFrom) {
    handBack(state, task, entry);
    return;
  }
  if (task.extensionId) {
    decideExtension(state, task, input, entry);
    return;
  }
  close(state, task, input.action === 'approve' ? 'approved' : 'rejected', input.at, comment);
  if (inAftercare(state, task.stepId)) {
    decideAftercare(state, task, input, entry, effects);
    return;
  }
  const definition = taskStepDefinition(state, task.stepId);
  if (definition.type === 'fill') {
    record(state, { ...entry, action: 'fill' });
    task.decisionSeq = state.timeline.length;
    state.stepData = { ...state.stepData, [task.stepId]: input.data! };
    endStep(state, task.stepId, 'completed', input.at);
    advance(state, input.at, effects);
    return;
  }
  const corrected = input.action === 'approve' && input.data ? Object.keys(input.data) : [];
  if (corrected.length > 0) state.data = { ...state.data, ...input.data };
  record(state, { ...entry, action: input.action, ...(corrected.length > 0 ? { detail: { corrected } } : {}) });
  task.decisionSeq = state.timeline.length;

  if (input.action === 'reject') {
    rejectRequest(state, task.stepId, input.at);
    return;
  }
  settleStep(state, task.stepId, input.at, effects);
}
