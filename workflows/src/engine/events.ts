import type { AssigneeRule } from '../dsl/process-definition';
import type { Party, ProcessState } from './state';

/** What a handler may do to a task in this version of the engine. */
export type TaskActionName = 'approve' | 'reject' | 'comment';

export const TASK_ACTIONS: readonly TaskActionName[] = ['approve', 'reject', 'comment'];

export interface TaskActionInput {
  taskId: string;
  action: TaskActionName;
  actor: Party;
  comment?: string;
}

/** Inputs fed to the engine. `at` comes from the caller's (deterministic) clock. */
export type EngineEvent =
  | { type: 'assigneesResolved'; stepId: string; assignees: Party[]; fallback: boolean; at: string }
  | ({ type: 'taskAction'; at: string } & TaskActionInput);

/** Work the engine asks its driver to do; results come back as events. */
export type EngineEffect = {
  type: 'resolveAssignees';
  stepId: string;
  rule: AssigneeRule;
  /** True when the step's own rule matched nobody and administrators are asked instead. */
  fallback: boolean;
  applicant: Party;
  data: Record<string, unknown>;
};

export interface Transition {
  state: ProcessState;
  effects: EngineEffect[];
}
