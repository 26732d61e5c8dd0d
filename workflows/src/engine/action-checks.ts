// What is legal now, and who may act: the Update validators ask these before an action enters history,
// and applyEvent asks again. Each family's own checks are in its file.
import { checkRating } from './aftercare';
import { EngineError } from './engine-error';
import {
  REQUEST_ACTIONS,
  SUPERVISOR_REQUEST_ACTIONS,
  TASK_ACTIONS,
  type EngineRules,
  type RequestActionInput,
  type TaskActionInput,
} from './events';
import { checkExtension } from './extension';
import { checkHandOver } from './handover';
import { checkReturnTarget } from './returns';
import { checkAddSigner, checkRemoveSigner } from './signers';
import { TERMINAL_STATUSES, type ProcessState, type RequestStatus, type TaskState, type TaskStatus } from './state';
import { fieldPermissionsAt, inAftercare, RECTIFICATION_STEP_ID, taskStepDefinition } from './steps';
import { checkUrge } from './urge';
import { checkTakeBack } from './withdraw-and-take-back';

/**
 * Why a handler's action may not be applied to `state`, or null when it may.
 * The workflow's Update validator calls this, so an illegal action is refused
 * before it enters history.
 */
export function checkTaskAction(
  state: ProcessState,
  input: TaskActionInput,
  rules: EngineRules = {},
): EngineError | null {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId);
  if (TERMINAL_STATUSES.includes(state.status) && !(task && inAftercare(state, task.stepId))) {
    return closedRequestRefusal(state);
  }
  if (!task) return new EngineError('TASK_NOT_FOUND', `task ${input.taskId} does not exist`);
  if (task.assignee.userId !== input.actor.userId) {
    return new EngineError('NOT_ASSIGNEE', `task ${task.id} is assigned to someone else`);
  }
  if (!TASK_ACTIONS.includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (task.status === 'informed') return notOpenRefusal(task.id, task.status, state.status);
  if (input.action === 'take_back') return checkTakeBack(state, task);
  if (input.action === 'remove_signer') return checkRemoveSigner(state, task, input);
  const notOpen = notOpenRefusal(task.id, task.status, state.status);
  if (notOpen) return notOpen;
  // A delegate gives an opinion and hands the task back; the decision stays with the owner.
  if (task.delegatedFrom && input.action !== 'approve' && input.action !== 'comment') {
    return new EngineError('DELEGATE_CANNOT_DECIDE', `a delegate may not ${input.action}`);
  }
  // A leader deciding a request for more time approves or rejects that, nothing else.
  if (task.extensionId && !['approve', 'reject', 'comment'].includes(input.action)) {
    return new EngineError('EXTENSION_DECISION_ONLY', `an extension is approved or rejected, not ${input.action}`);
  }
  if (['return', 'add_signer', 'request_extension'].includes(input.action)) {
    if (task.signerGroupId) {
      return new EngineError('SIGNER_ACTION_NOT_ALLOWED', `an added signer may not ${input.action}`);
    }
    if (inAftercare(state, task.stepId)) {
      return new EngineError('AFTERCARE_ACTION_NOT_ALLOWED', `${input.action} is not allowed in 整改 or 回访`);
    }
  }
  if (task.stepId === RECTIFICATION_STEP_ID && input.action === 'reject') {
    return new EngineError('RECTIFICATION_NOT_REJECTABLE', 'a rectification is reported, not rejected');
  }
  const isFill = !task.extensionId && taskStepDefinition(state, task.stepId).type === 'fill';
  // A fill step is a submission, not a decision: its party submits (approve with data) or hands it back.
  if (isFill && (input.action === 'reject' || input.action === 'add_signer')) {
    return new EngineError('FILL_STEP_NOT_DECIDED', `a fill step is submitted, not decided`);
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
  if (!input.comment?.trim()) {
    if (task.stepId === RECTIFICATION_STEP_ID) {
      return new EngineError('RECTIFICATION_REPORT_REQUIRED', 'a rectification is reported in words');
    }
    if (input.action === 'request_extension') {
      return new EngineError('EXTENSION_REASON_REQUIRED', 'an extension needs a reason');
    }
    if (['reject', 'comment', 'return'].includes(input.action)) {
      return new EngineError('COMMENT_REQUIRED', `${input.action} needs a comment`);
    }
  }
  if (input.action === 'return') return checkReturnTarget(state, task, input);
  if (input.action === 'transfer' || input.action === 'delegate') return checkHandOver(state, task, input, rules);
  if (input.action === 'add_signer') return checkAddSigner(state, task, input, rules);
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
 * Why a task in `taskStatus` cannot be acted on (beyond 拿回 and 减签), or
 * null when it is open. The API asks this of its projection first, so an
 * obvious refusal says the same as the engine's.
 */
export function notOpenRefusal(
  taskId: string,
  taskStatus: TaskStatus,
  requestStatus: RequestStatus,
): EngineError | null {
  switch (taskStatus) {
    case 'open':
      return null;
    case 'waiting':
      return new EngineError('TASK_NOT_OPEN', `task ${taskId} is waiting for its turn`);
    case 'delegated':
      return new EngineError('TASK_DELEGATED', `task ${taskId} waits for its delegate's opinion`);
    case 'transferred':
      return new EngineError('TASK_TRANSFERRED', `task ${taskId} was transferred to someone else`);
    case 'informed':
      return new EngineError('TASK_IS_COPY', `task ${taskId} is a copy (抄送)`);
    case 'cancelled':
      return requestStatus === 'withdrawn'
        ? new EngineError('REQUEST_WITHDRAWN', `task ${taskId} was cancelled: the request was withdrawn`)
        : new EngineError('TASK_CANCELLED', `task ${taskId} was cancelled`);
    case 'approved':
    case 'rejected':
      return new EngineError('TASK_ALREADY_DECIDED', `task ${taskId} is already ${taskStatus}`);
  }
}

/** A request that has ended takes no more actions; a withdrawn one says so. */
function closedRequestRefusal(state: ProcessState): EngineError {
  return state.status === 'withdrawn'
    ? new EngineError('REQUEST_WITHDRAWN', `request ${state.requestId} was withdrawn`)
    : new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
}

/**
 * Why the applicant's (or a supervisor's) action may not be applied to
 * `state`, or null when it may. `at` (when given) lets the engine check the
 * 催办 allowance and the rating window; `rules` are the run's (see EngineRules).
 */
export function checkRequestAction(
  state: ProcessState,
  input: RequestActionInput,
  at?: string,
  rules: EngineRules = {},
): EngineError | null {
  if (!(REQUEST_ACTIONS as readonly string[]).includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (input.action === 'rate') return checkRating(state, input, at);
  if (TERMINAL_STATUSES.includes(state.status)) return closedRequestRefusal(state);
  if (input.capacity === 'supervisor') {
    if (!SUPERVISOR_REQUEST_ACTIONS.includes(input.action)) {
      return new EngineError('SUPERVISOR_ACTION_NOT_ALLOWED', `a supervisor may not ${input.action}`);
    }
  } else if (input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may ${input.action}`);
  } else if (input.action === 'flag') {
    return new EngineError('FLAG_NOT_ALLOWED', 'only a supervisor flags a request (督办)');
  }
  if (input.action === 'resubmit') {
    if (state.status !== 'returned')
      return new EngineError('REQUEST_NOT_RETURNED', 'only a returned request is resubmitted');
    if (typeof input.data !== 'object' || input.data === null) {
      return new EngineError('UNKNOWN_ACTION', 'resubmit needs the corrected form data');
    }
  } else if (input.action === 'urge') {
    return checkUrge(state, input, at, rules);
  } else if (input.action === 'flag') {
    if (!input.comment?.trim()) return new EngineError('FLAG_NOTE_REQUIRED', 'flag needs a note');
  }
  return null;
}
