/**
 * Stable codes for refusals; the API maps each to an HTTP status and a localized message.
 * Each code names one situation, so its message can say what really happened.
 */
export type EngineErrorCode =
  | 'TASK_NOT_FOUND'
  /** The task was approved or rejected already. */
  | 'TASK_ALREADY_DECIDED'
  /** Not this task's turn yet: a sequential signer, or an owner waiting for signers added before them. */
  | 'TASK_NOT_OPEN'
  /** The owner lent the task out (委派) and waits for the delegate's opinion. */
  | 'TASK_DELEGATED'
  /** Handed to someone else for good (转交). */
  | 'TASK_TRANSFERRED'
  /** Taken out of the inbox: the step was settled by others, the request went back, or the signer was removed. */
  | 'TASK_CANCELLED'
  /** A copy (抄送): there is nothing to act on. */
  | 'TASK_IS_COPY'
  | 'NOT_ASSIGNEE'
  /** Completed or rejected (a withdrawn request has its own code). */
  | 'REQUEST_CLOSED'
  | 'REQUEST_WITHDRAWN'
  /** A reject, comment or return needs the handler's opinion. */
  | 'COMMENT_REQUIRED'
  | 'EXTENSION_REASON_REQUIRED'
  | 'RECTIFICATION_REPORT_REQUIRED'
  | 'RATING_COMMENT_REQUIRED'
  | 'FLAG_NOTE_REQUIRED'
  | 'RETURN_TARGET_INVALID'
  /** 转交 / 委派 to oneself, to nobody, or to someone already on the step. */
  | 'TARGET_INVALID'
  /** 转交 / 委派 / 加签 to staff of an organisation the step does not allow (see handOverOrgIds). */
  | 'HAND_OVER_OUT_OF_SCOPE'
  /** 减签 of someone the handler did not add, or who has acted already. */
  | 'SIGNER_NOT_REMOVABLE'
  | 'DELEGATE_CANNOT_DECIDE'
  /** A leader's 延期 task is approved or rejected, nothing else. */
  | 'EXTENSION_DECISION_ONLY'
  /** An added signer does not return, add signers or ask for more time. */
  | 'SIGNER_ACTION_NOT_ALLOWED'
  /** 整改 and 回访 tasks do not return, add signers or ask for more time. */
  | 'AFTERCARE_ACTION_NOT_ALLOWED'
  | 'RECTIFICATION_NOT_REJECTABLE'
  /** A fill step is submitted: no reject, no added signers. */
  | 'FILL_STEP_NOT_DECIDED'
  /** Someone decided something after the approval being taken back. */
  | 'TAKE_BACK_TOO_LATE'
  /** The task holds no approval of the caller's to take back. */
  | 'NOTHING_TO_TAKE_BACK'
  | 'DATA_REQUIRED'
  | 'URGE_TOO_SOON'
  | 'URGE_NOT_WHILE_RETURNED'
  /** A supervisor urges and flags; everything else is the applicant's. */
  | 'SUPERVISOR_ACTION_NOT_ALLOWED'
  /** 督办 is a supervisor's, not the applicant's. */
  | 'FLAG_NOT_ALLOWED'
  | 'NOT_APPLICANT'
  | 'REQUEST_NOT_RETURNED'
  | 'UNKNOWN_ACTION'
  | 'SIGNERS_INVALID'
  | 'NO_DEADLINE'
  | 'EXTENSION_PENDING'
  | 'EXTENSION_DAYS_INVALID'
  | 'FIELD_NOT_EDITABLE'
  | 'RATING_CLOSED'
  | 'GRADE_INVALID';

/** A refusal by the engine: the action is illegal in the current state and changed nothing. */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
