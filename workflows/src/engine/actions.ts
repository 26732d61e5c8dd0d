import { z } from 'zod';
import { APPROVAL_MODES } from '../dsl/process-definition';
import { SIGNER_POSITIONS, type Party } from './state';

/**
 * The actions people take, once: the names, the fields and what each field
 * may hold. The workflow's Update validators parse with these schemas, the
 * API's action bodies are made of their fields (so the OpenAPI document and
 * the client's generated types follow them), and the engine's input types are
 * what they parse to.
 */

/** What a handler may do to a task in this version of the engine. */
export const TASK_ACTIONS = [
  'approve',
  'reject',
  'comment',
  'return',
  'transfer',
  'delegate',
  'take_back',
  'add_signer',
  'remove_signer',
  'request_extension',
] as const;

export type TaskActionName = (typeof TASK_ACTIONS)[number];

/** What the applicant's organisation may do to its own request. */
export const REQUEST_ACTIONS = ['withdraw', 'resubmit', 'urge', 'rate', 'flag'] as const;

export type RequestActionName = (typeof REQUEST_ACTIONS)[number];

/** A supervisor (督办) may urge and flag any request; everything else is the applicant's organisation's. */
export const SUPERVISOR_REQUEST_ACTIONS: readonly RequestActionName[] = ['urge', 'flag'];

/** 申请延期 asks for at most this many more working days. */
export const MAX_EXTENSION_WORKING_DAYS = 30;

/** 加签 adds at most this many people at once. */
export const MAX_ADDED_SIGNERS = 20;

/** A person as the engine records them (`Party`): enough to show who acted without a lookup. */
export const partySchema = z.object({
  userId: z.string().min(1),
  displayName: z.string(),
  orgId: z.string().min(1),
  orgName: z.string(),
  onBehalfOf: z.object({ userId: z.string().min(1), displayName: z.string() }).optional(),
}) satisfies z.ZodType<Party>;

/** The fields an action carries beside who acts on what; each is optional in an action. */
export const actionFields = {
  /** The opinion (审批意见) or the reason. */
  comment: z.string().max(2000),
  /** `return`: `applicant` (退回补正) or the id of an earlier approval step. */
  returnTo: z.string().regex(/^(applicant|[a-z0-9][a-z0-9-]{0,62})$/),
  /**
   * Form data: `approve` on a `fill` step, the step's form; on an `approval`
   * step, corrections to the fields it may edit; `resubmit`, the corrected
   * request form. Validated against the form by the caller.
   */
  data: z.record(z.string(), z.unknown()),
  /** `add_signer`: before me, after me, or alongside me. */
  position: z.enum(SIGNER_POSITIONS),
  /** `add_signer`: how the added people decide among themselves (default `all`). */
  signerMode: z.enum(APPROVAL_MODES),
  /** `request_extension`: how many more working days. */
  workingDays: z.number().int().min(1).max(MAX_EXTENSION_WORKING_DAYS),
  /** `rate`: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
  grade: z.number().int().min(1).max(5),
};

export const taskActionSchema = z.object({
  taskId: z.string().min(1),
  action: z.enum(TASK_ACTIONS),
  actor: partySchema,
  comment: actionFields.comment.optional(),
  to: actionFields.returnTo.optional(),
  /** `transfer`, `delegate` and `remove_signer`: the person concerned (looked up by the caller). */
  target: partySchema.optional(),
  data: actionFields.data.optional(),
  /** `add_signer`: the people added (looked up by the caller). */
  signers: z.array(partySchema).min(1).max(MAX_ADDED_SIGNERS).optional(),
  position: actionFields.position.optional(),
  signerMode: actionFields.signerMode.optional(),
  workingDays: actionFields.workingDays.optional(),
});

export type TaskActionInput = z.infer<typeof taskActionSchema>;

export const requestActionSchema = z.object({
  action: z.enum(REQUEST_ACTIONS),
  actor: partySchema,
  /** In what capacity the caller acts (checked by the API): default `applicant`. */
  capacity: z.enum(['applicant', 'supervisor']).optional(),
  comment: actionFields.comment.optional(),
  data: actionFields.data.optional(),
  grade: actionFields.grade.optional(),
});

export type RequestActionInput = z.infer<typeof requestActionSchema>;
