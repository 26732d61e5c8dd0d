import type { CalendarOverride } from '../calendar/calendar-data';
import type { ProcessDefinition, StepDefinition } from '../dsl/process-definition';

/** A person as the engine records them: enough to show who acted without a lookup. */
export interface Party {
  userId: string;
  displayName: string;
  orgId: string;
  orgName: string;
}

export type RequestStatus = 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';

export const TERMINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn'];

/** `completed` is how a `parallel` or `branch` step ends; approvals end `approved` or `rejected`. */
export type StepStatus = 'pending' | 'active' | 'approved' | 'rejected' | 'skipped' | 'completed';

/** 正常 on time → 提醒 reminded → 黄牌 due → 红牌 overdue by the set number of working days. */
export type ClockLevel = 'on_time' | 'reminded' | 'yellow' | 'red';

export interface StepClock {
  dueAt: string;
  remindAt?: string;
  redAt: string;
  level: ClockLevel;
}

/**
 * `waiting`: a sequential signer whose turn has not come yet. `delegated`: the
 * owner waits for the person they delegated to (委派). `transferred`: handed
 * to someone else for good (转交).
 */
export type TaskStatus = 'waiting' | 'open' | 'approved' | 'rejected' | 'cancelled' | 'delegated' | 'transferred';

export interface StepState {
  id: string;
  name: ProcessDefinition['steps'][number]['name'];
  type: StepDefinition['type'];
  /** The `parallel` or `branch` step this one is nested in. */
  parentId?: string;
  status: StepStatus;
  /** A `branch` step: the branch that runs. */
  chosenBranchId?: string;
  startedAt?: string;
  endedAt?: string;
  /** A running `wait` step ends at this instant. */
  waitUntil?: string;
  /** The statutory clock of a step with an SLA, set when it starts. */
  clock?: StepClock;
  /** The state revisions that started and ended the step: what a take-back (拿回) undoes. */
  startedRevision?: number;
  endedRevision?: number;
}

export interface TaskState {
  id: string;
  stepId: string;
  assignee: Party;
  status: TaskStatus;
  createdAt: string;
  decidedAt?: string;
  comment?: string;
  /** A delegate's task: the owner's task that reopens when the delegate is done. */
  delegatedFrom?: string;
  /** The task this one was transferred from. */
  transferredFrom?: string;
  /** The revision of the decision, and its timeline entry: what a take-back checks and undoes. */
  decidedRevision?: number;
  decisionSeq?: number;
  /** Added by an escalation of a late step: a leader who may decide the step alone. */
  escalation?: boolean;
  /** The revision that opened a waiting task; a cancelled task remembers whether it was open or waiting. */
  openedRevision?: number;
  cancelledFrom?: 'open' | 'waiting';
}

export type TimelineAction =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'comment'
  | 'return'
  | 'transfer'
  | 'delegate'
  | 'delegate_done'
  | 'take_back'
  | 'fill'
  | 'waited'
  | 'urge'
  | 'remind'
  | 'yellow_card'
  | 'red_card'
  | 'escalate'
  | 'auto_approve'
  | 'auto_reject'
  | 'resubmit'
  | 'withdraw'
  | 'skip'
  | 'no_assignee'
  | 'complete';

export interface TimelineEntry {
  /** Position in the timeline; also the audit entry's sequence number. */
  seq: number;
  at: string;
  actor: Party | null;
  action: TimelineAction;
  stepId?: string;
  comment?: string;
  /** A return: where the request went back to (`applicant` or a step id). */
  to?: string;
  /** A transfer or delegation: to whom. */
  target?: Party;
}

/**
 * Everything the engine knows about one request. Serializable; it is the
 * workflow's Query result and the source of every projection.
 */
export interface ProcessState {
  requestId: string;
  definition: ProcessDefinition;
  status: RequestStatus;
  applicant: Party;
  data: Record<string, unknown>;
  steps: StepState[];
  tasks: TaskState[];
  timeline: TimelineEntry[];
  /** What each `fill` step's party submitted, by step id. */
  stepData?: Record<string, Record<string, unknown>>;
  /** Administrators' changes to the official holiday calendar, pinned when the request started. */
  calendarOverrides?: CalendarOverride[];
  /** Steps that were running when the request went back to the applicant; they run again on resubmit. */
  returnedFromStepIds?: string[];
  /** Bumped on every change, so projections can be written idempotently and in order. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}
