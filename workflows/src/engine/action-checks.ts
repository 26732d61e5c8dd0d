// What is legal now, and who may act: the Update validators ask these before an action enters history,
// and applyEvent asks again. Each family's own checks are in its file.
import { chinaDateOf } from '../calendar/iso-date';
import { checkRating } from './aftercare';
import { EngineError } from './engine-error';
import {
  REQUEST_ACTIONS,
  SUPERVISOR_REQUEST_ACTIONS,
  TASK_ACTIONS,
  type RequestActionInput,
  type TaskActionInput,
} from './events';
import { checkExtension } from './extension';
import { checkHandOver } from './handover';
import { checkReturnTarget } from './returns';
import { checkAddSigner, checkRemoveSigner } from './signers';
import { TERMINAL_STATUSES, type ProcessState, type TaskState } from './state';
import { fieldPermissionsAt, inAftercare, RECTIFICATION_STEP_ID, taskStepDefinition } from './steps';
import { checkTakeBack } from './withdraw-and-take-back';

/**
 * Why a handler's action may not be applied to `state`, or null when it may.
 * The workflow's Update validator calls this, so an illegal action is refused
 * before it enters history.
 */
export function checkTaskAction(state: ProcessState, input: TaskActionInput): EngineError | null {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId);
  if (TERMINAL_STATUSES.includes(state.status) && !(task && inAftercare(state, task.stepId))) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  if (!task) return new EngineError('TASK_NOT_FOUND', `task ${input.taskId} does not exist`);
  if (task.assignee.userId !== input.actor.userId) {
    return new EngineError('NOT_ASSIGNEE', `task ${task.id} is assigned to someone else`);
  }
  if (!TASK_ACTIONS.includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (task.status === 'informed') return new EngineError('ACTION_NOT_ALLOWED', `task ${task.id} is a copy (抄送)`);
  if (input.action === 'take_back') return checkTakeBack(state, task);
  if (input.action === 'remove_signer') return checkRemoveSigner(state, task, input);
  if (task.status === 'waiting' || task.status === 'delegated') {
    return new EngineError('TASK_NOT_OPEN', `task ${task.id} is ${task.status}`);
  }
  if (task.status !== 'open') {
    return new EngineError('TASK_ALREADY_DECIDED', `task ${task.id} is already ${task.status}`);
  }
  // A delegate gives an opinion and hands the task back; the decision stays with the owner.
  if (task.delegatedFrom && input.action !== 'approve' && input.action !== 'comment') {
    return new EngineError('ACTION_NOT_ALLOWED', `a delegate may not ${input.action}`);
  }
  // A leader deciding a request for more time approves or rejects that, nothing else.
  if (task.extensionId && !['approve', 'reject', 'comment'].includes(input.action)) {
    return new EngineError('ACTION_NOT_ALLOWED', `an extension is approved or rejected, not ${input.action}`);
  }
  const special = task.signerGroupId || task.extensionId || inAftercare(state, task.stepId);
  if (special && ['return', 'add_signer', 'request_extension'].includes(input.action)) {
    return new EngineError('ACTION_NOT_ALLOWED', `${input.action} is not allowed on task ${task.id}`);
  }
  if (task.stepId === RECTIFICATION_STEP_ID && input.action === 'reject') {
    return new EngineError('ACTION_NOT_ALLOWED', 'a rectification is reported, not rejected');
  }
  const isFill = !task.extensionId && taskStepDefinition(state, task.stepId).type === 'fill';
  // A fill step is a submission, not a decision: its party submits (approve with data) or hands it back.
  if (isFill && (input.action === 'reject' || input.action === 'add_signer')) {
    return new EngineError('ACTION_NOT_ALLOWED', `a fill step is submitted, not decided`);
  }
  if (
    isFill &&
    input.action === 'approve' &&
    !task.delegatedFrom &&
    (typeof input.data !== 'object' || input.data === null)
  ) {
    return new EngineError('DATA_REQUIRED', `step ${task.stepId} needs its form data`);
  }
  if (!isFill && input.action === 'approve' && input.data !== undefined) {
    const refusal = checkFieldEdits(state, task, input.data);
    if (refusal) return refusal;
  }
  if (
    ['reject', 'comment', 'return', 'request_extension'].includes(input.action) ||
    task.stepId === RECTIFICATION_STEP_ID
  ) {
    if (!input.comment?.trim()) return new EngineError('COMMENT_REQUIRED', `${input.action} needs a comment`);
  }
  if (input.action === 'return') return checkReturnTarget(state, task, input);
  if (input.action === 'transfer' || input.action === 'delegate') return checkHandOver(state, task, input);
  if (input.action === 'add_signer') return checkAddSigner(state, task, input);
  if (input.action === 'request_extension') return checkExtension(state, task, input);
  return null;
}

/** An approval may correct only the fields its step marks `edit`. */
function checkFieldEdits(state: ProcessState, task: TaskState, data: unknown): EngineError | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return new EngineError('FIELD_NOT_EDITABLE', 'corrections must be an object of fields');
  }
  const permissions = fieldPermissionsAt(state.definition, task.stepId);
  const locked = Object.keys(data).filter((field) => permissions[field] !== 'edit');
  if (locked.length > 0) {
    return new EngineError('FIELD_NOT_EDITABLE', `step ${task.stepId} may not change ${locked.join(', ')}`);
  }
  return null;
}

/**
 * Why the applicant's (or a supervisor's) action may not be applied to
 * `state`, or null when it may. `at` (when given) lets the engine check the
 * once-a-day urge rule and the rating window.
 */
export function checkRequestAction(state: ProcessState, input: RequestActionInput, at?: string): EngineError | null {
  if (!(REQUEST_ACTIONS as readonly string[]).includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (input.action === 'rate') return checkRating(state, input, at);
  if (TERMINAL_STATUSES.includes(state.status)) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  if (input.capacity === 'supervisor') {
    if (!SUPERVISOR_REQUEST_ACTIONS.includes(input.action)) {
      return new EngineError('ACTION_NOT_ALLOWED', `a supervisor may not ${input.action}`);
    }
  } else if (input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may ${input.action}`);
  } else if (input.action === 'flag') {
    return new EngineError('ACTION_NOT_ALLOWED', 'only a supervisor flags a request (督办)');
  }
  if (input.action === 'resubmit') {
    if (state.status !== 'returned')
      return new EngineError('REQUEST_NOT_RETURNED', 'only a returned request is resubmitted');
    if (typeof input.data !== 'object' || input.data === null) {
      return new EngineError('UNKNOWN_ACTION', 'resubmit needs the corrected form data');
    }
  } else if (input.action === 'urge') {
    if (state.status !== 'in_progress')
      return new EngineError('ACTION_NOT_ALLOWED', 'only a request in progress is urged');
    if (at !== undefined && stepsToUrge(state, at).length === 0) {
      return new EngineError('URGE_TOO_SOON', 'every running step was already urged today');
    }
  } else if (input.action === 'flag') {
    if (!input.comment?.trim()) return new EngineError('COMMENT_REQUIRED', 'flag needs a comment');
  }
  return null;
}

/** 催办 at most once per step per (China) day: the running task steps not urged yet today. */
export function stepsToUrge(state: ProcessState, at: string): string[] {
  const today = chinaDateOf(at);
  const urgedToday = new Set(
    state.timeline
      .filter((entry) => entry.action === 'urge' && entry.stepId && chinaDateOf(entry.at) === today)
      .map((entry) => entry.stepId),
  );
  return state.steps
    .filter((step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'))
    .filter((step) => !urgedToday.has(step.id))
    .map((step) => step.id);
}
