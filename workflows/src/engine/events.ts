import type { AssigneeRule, LocalizedText } from '../dsl/process-definition';
import type { Notice } from './notices';
import type { Party, ProcessState } from './state';

export {
  MAX_ADDED_SIGNERS,
  MAX_EXTENSION_WORKING_DAYS,
  REQUEST_ACTIONS,
  SUPERVISOR_REQUEST_ACTIONS,
  TASK_ACTIONS,
  actionFields,
  partySchema,
  requestActionSchema,
  taskActionSchema,
  type RequestActionInput,
  type RequestActionName,
  type TaskActionInput,
  type TaskActionName,
} from './actions';
import type { RequestActionInput, TaskActionInput } from './actions';

/**
 * Rules a running request keeps from when it started, because a newer rule
 * could refuse an action its recorded history applied (see `approvalProcess`,
 * which picks them with `patched()`). Every field defaults to the current rule.
 */
export interface EngineRules {
  /**
   * How long one 催办 allowance lasts: `working_day` (default), from the start
   * of one working day of the official calendar to the start of the next; or
   * `china_day`, one calendar day in China time, for runs recorded before.
   */
  urgeWindow?: 'working_day' | 'china_day';
  /**
   * Where a task may be handed (转交, 委派, 加签): `step` (default), within
   * the organisations the step allows (handOverOrgIds); or `anyone`, for runs
   * recorded before that rule.
   */
  handOverScope?: 'step' | 'anyone';
}

/** Inputs fed to the engine. `at` comes from the caller's (deterministic) clock. */
export type EngineEvent =
  | {
      type: 'assigneesResolved';
      stepId: string;
      assignees: Party[];
      fallback: boolean;
      /** Leaders found for a late step's escalation, not the step's own assignees. */
      escalation?: boolean;
      /** Leaders who decide a request for more time (延期). */
      extensionId?: string;
      at: string;
    }
  /** Time passed: clocks whose moment has come fire (reminders, 黄牌/红牌, timeout policies). */
  | { type: 'tick'; at: string }
  /** What a `webhook` step's call came to, after its retries. */
  | {
      type: 'webhookResult';
      stepId: string;
      ok: boolean;
      response?: Record<string, unknown>;
      error?: string;
      at: string;
    }
  | ({ type: 'taskAction'; at: string } & TaskActionInput)
  | ({ type: 'requestAction'; at: string } & RequestActionInput);

/** Work the engine asks its driver to do; results come back as events. */
export type EngineEffect = ResolveAssigneesEffect | NotifyEffect | CallWebhookEffect;

export interface ResolveAssigneesEffect {
  type: 'resolveAssignees';
  stepId: string;
  rule: AssigneeRule;
  /** True when the step's own rule matched nobody and administrators are asked instead. */
  fallback: boolean;
  /** True when the people are leaders to escalate a late step to. */
  escalation?: boolean;
  /** The people are the leaders who decide this request for more time. */
  extensionId?: string;
  applicant: Party;
  data: Record<string, unknown>;
}

export interface NotifyEffect {
  type: 'notify';
  requestId: string;
  stepId: string;
  rule: AssigneeRule;
  message: LocalizedText;
  applicant: Party;
  data: Record<string, unknown>;
}

export interface CallWebhookEffect {
  type: 'callWebhook';
  stepId: string;
  url: string;
  method: 'POST' | 'PUT';
  /** The same for every attempt of this step run, so the receiver applies it once. */
  idempotencyKey: string;
  maxAttempts: number;
  timeoutSeconds: number;
  body: Record<string, unknown>;
}

export interface Transition {
  state: ProcessState;
  effects: EngineEffect[];
  /** Who the transition tells what (in-app, and on the channels each person chose). */
  notices: Notice[];
}
