/** Stable codes for refusals; the API maps each to an HTTP status and a localized message. */
export type EngineErrorCode =
  | 'TASK_NOT_FOUND'
  | 'TASK_ALREADY_DECIDED'
  | 'TASK_NOT_OPEN'
  | 'NOT_ASSIGNEE'
  | 'REQUEST_CLOSED'
  | 'COMMENT_REQUIRED'
  | 'RETURN_TARGET_INVALID'
  | 'TARGET_INVALID'
  | 'ACTION_NOT_ALLOWED'
  | 'TAKE_BACK_TOO_LATE'
  | 'DATA_REQUIRED'
  | 'URGE_TOO_SOON'
  | 'NOT_APPLICANT'
  | 'REQUEST_NOT_RETURNED'
  | 'UNKNOWN_ACTION'
  | 'SIGNERS_INVALID'
  | 'NO_DEADLINE'
  | 'EXTENSION_PENDING'
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
