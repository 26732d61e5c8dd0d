import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { EngineError, EngineErrorCode } from '@tongban/workflows';
import { ApiError } from '../errors/api-error';
import type { ErrorCode } from '../errors/messages';

/** The engine's refusal codes, as the API's. */
export const ENGINE_REFUSALS: Record<EngineErrorCode, ErrorCode> = {
  TASK_NOT_FOUND: 'TASK_NOT_FOUND',
  TASK_ALREADY_DECIDED: 'TASK_ALREADY_DECIDED',
  TASK_NOT_OPEN: 'TASK_NOT_OPEN',
  TASK_DELEGATED: 'TASK_DELEGATED',
  TASK_TRANSFERRED: 'TASK_TRANSFERRED',
  TASK_CANCELLED: 'TASK_CANCELLED',
  TASK_IS_COPY: 'TASK_IS_COPY',
  NOT_ASSIGNEE: 'NOT_ASSIGNEE',
  REQUEST_CLOSED: 'REQUEST_CLOSED',
  REQUEST_WITHDRAWN: 'REQUEST_WITHDRAWN',
  COMMENT_REQUIRED: 'COMMENT_REQUIRED',
  EXTENSION_REASON_REQUIRED: 'EXTENSION_REASON_REQUIRED',
  RECTIFICATION_REPORT_REQUIRED: 'RECTIFICATION_REPORT_REQUIRED',
  RATING_COMMENT_REQUIRED: 'RATING_COMMENT_REQUIRED',
  FLAG_NOTE_REQUIRED: 'FLAG_NOTE_REQUIRED',
  RETURN_TARGET_INVALID: 'RETURN_TARGET_INVALID',
  TARGET_INVALID: 'TARGET_INVALID',
  HAND_OVER_OUT_OF_SCOPE: 'HAND_OVER_OUT_OF_SCOPE',
  SIGNER_NOT_REMOVABLE: 'SIGNER_NOT_REMOVABLE',
  DELEGATE_CANNOT_DECIDE: 'DELEGATE_CANNOT_DECIDE',
  EXTENSION_DECISION_ONLY: 'EXTENSION_DECISION_ONLY',
  SIGNER_ACTION_NOT_ALLOWED: 'SIGNER_ACTION_NOT_ALLOWED',
  AFTERCARE_ACTION_NOT_ALLOWED: 'AFTERCARE_ACTION_NOT_ALLOWED',
  RECTIFICATION_NOT_REJECTABLE: 'RECTIFICATION_NOT_REJECTABLE',
  FILL_STEP_NOT_DECIDED: 'FILL_STEP_NOT_DECIDED',
  TAKE_BACK_TOO_LATE: 'TAKE_BACK_TOO_LATE',
  NOTHING_TO_TAKE_BACK: 'NOTHING_TO_TAKE_BACK',
  // The fill step's form data is missing: as invalid as a form with every field empty.
  DATA_REQUIRED: 'FORM_INVALID',
  URGE_TOO_SOON: 'URGE_TOO_SOON',
  URGE_NOT_WHILE_RETURNED: 'URGE_NOT_WHILE_RETURNED',
  SUPERVISOR_ACTION_NOT_ALLOWED: 'SUPERVISOR_ACTION_NOT_ALLOWED',
  FLAG_NOT_ALLOWED: 'FLAG_NOT_ALLOWED',
  NOT_APPLICANT: 'NOT_APPLICANT',
  REQUEST_NOT_RETURNED: 'REQUEST_NOT_RETURNED',
  UNKNOWN_ACTION: 'VALIDATION_FAILED',
  SIGNERS_INVALID: 'SIGNERS_INVALID',
  NO_DEADLINE: 'NO_DEADLINE',
  EXTENSION_PENDING: 'EXTENSION_PENDING',
  EXTENSION_DAYS_INVALID: 'EXTENSION_DAYS_INVALID',
  FIELD_NOT_EDITABLE: 'FIELD_NOT_EDITABLE',
  RATING_CLOSED: 'RATING_CLOSED',
  GRADE_INVALID: 'GRADE_INVALID',
};

/** The engine's refusal, computed here rather than by the workflow (a what-if), as the API's error. */
export function engineRefusal(error: EngineError): ApiError {
  return new ApiError(ENGINE_REFUSALS[error.code]);
}

/**
 * Turns what an Update to a request's workflow failed with into the API's
 * error: the engine's refusal (the validator's ApplicationFailure type), or
 * REQUEST_CLOSED when the workflow completed in between. Anything else is rethrown.
 */
export function toApiRefusal(error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError) {
    const type = (error.cause as { type?: string } | undefined)?.type as EngineErrorCode | undefined;
    const code = type ? ENGINE_REFUSALS[type] : undefined;
    if (code) throw new ApiError(code);
  }
  if (error instanceof WorkflowNotFoundError || /already completed/i.test(String(error))) {
    throw new ApiError('REQUEST_CLOSED');
  }
  throw error;
}

/** The worker's failure type for a write the database refused for good (see the worker's `refuse-or-retry`). */
const DOCUMENT_REFUSED = 'DOCUMENT_REFUSED';

/**
 * Throws DATA_NOT_STORABLE when an Update failed because the request's
 * workflow itself failed on a document the database refuses for good (the
 * Update only says the workflow completed first; the workflow's failure says
 * why). Returns otherwise, for the caller to map the error as before.
 */
export async function throwIfDocumentRefused(temporal: Client, requestId: string, error: unknown): Promise<void> {
  if (error instanceof WorkflowUpdateFailedError && (await failedOnRefusedDocument(temporal, requestId))) {
    throw new ApiError('DATA_NOT_STORABLE', undefined, `request ${requestId}: the database refused its documents`);
  }
}

async function failedOnRefusedDocument(temporal: Client, requestId: string): Promise<boolean> {
  const handle = temporal.workflow.getHandle(requestId);
  const description = await handle.describe().catch(() => undefined);
  if (description?.status.name !== 'FAILED') return false;
  return handle.result().then(
    () => false,
    (failure: unknown) => causeTypes(failure).includes(DOCUMENT_REFUSED),
  );
}

/** The `type` of every failure in a chain of causes (workflow failed ← activity failed ← application failure). */
function causeTypes(error: unknown): string[] {
  const types: string[] = [];
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const type = (cause as { type?: unknown }).type;
    if (typeof type === 'string') types.push(type);
  }
  return types;
}
