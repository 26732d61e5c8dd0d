import type { AssigneeRule } from '../dsl/process-definition';
import type { Party, ProcessState } from './state';

/** What a handler may do to a task in this version of the engine. */
export type TaskActionName = 'approve' | 'reject' | 'comment' | 'return' | 'transfer' | 'delegate' | 'take_back';

export const TASK_ACTIONS: readonly TaskActionName[] = [
  'approve',
  'reject',
  'comment',
  'return',
  'transfer',
  'delegate',
  'take_back',
];

export interface TaskActionInput {
  taskId: string;
  action: TaskActionName;
  actor: Party;
  comment?: string;
  /** `return` only: `applicant` (退回补正) or the id of an earlier approval step. */
  to?: string;
  /** `transfer` and `delegate`: the person who gets the task (looked up by the caller). */
  target?: Party;
  /** `approve` on a `fill` step: the form data, already validated against the step's form. */
  data?: Record<string, unknown>;
}

/** What the applicant's organisation may do to its own request. */
export type RequestActionName = 'withdraw' | 'resubmit' | 'urge';

export const REQUEST_ACTIONS: readonly RequestActionName[] = ['withdraw', 'resubmit', 'urge'];

export interface RequestActionInput {
  action: RequestActionName;
  actor: Party;
  comment?: string;
  /** `resubmit` only: the corrected form data, already validated against the form. */
  data?: Record<string, unknown>;
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
      at: string;
    }
  /** Time passed: clocks whose moment has come fire (reminders, 黄牌/红牌, timeout policies). */
  | { type: 'tick'; at: string }
  | ({ type: 'taskAction'; at: string } & TaskActionInput)
  | ({ type: 'requestAction'; at: string } & RequestActionInput);

/** Work the engine asks its driver to do; results come back as events. */
export type EngineEffect = {
  type: 'resolveAssignees';
  stepId: string;
  rule: AssigneeRule;
  /** True when the step's own rule matched nobody and administrators are asked instead. */
  fallback: boolean;
  /** True when the people are leaders to escalate a late step to. */
  escalation?: boolean;
  applicant: Party;
  data: Record<string, unknown>;
};

export interface Transition {
  state: ProcessState;
  effects: EngineEffect[];
}
