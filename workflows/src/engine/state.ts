import type { CalendarOverride } from '../calendar/calendar-data';
import type { ApprovalMode, ProcessDefinition, StepDefinition } from '../dsl/process-definition';

/** A person as the engine records them: enough to show who acted without a lookup. */
export interface Party {
  userId: string;
  displayName: string;
  orgId: string;
  orgName: string;
  /** An out-of-office substitute acts for this person (代理). */
  onBehalfOf?: { userId: string; displayName: string };
}

/** Every status a request can be in: the API's response schemas enumerate these. */
export const REQUEST_STATUSES = ['in_progress', 'returned', 'completed', 'rejected', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const TERMINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn'];

/** Where `add_signer` puts the people it adds: 前加签 before me, 后加签 after my approval, 并加签 alongside me. */
export const SIGNER_POSITIONS = ['before', 'after', 'alongside'] as const;
export type SignerPosition = (typeof SIGNER_POSITIONS)[number];

/** `completed` is how a `parallel` or `branch` step ends; approvals end `approved` or `rejected`. */
export const STEP_STATUSES = ['pending', 'active', 'approved', 'rejected', 'skipped', 'completed'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

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
export type TaskStatus =
  | 'waiting'
  | 'open'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  | 'delegated'
  | 'transferred'
  /** A 抄送 copy: read-only, nothing to decide. */
  | 'informed';

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
  /** 加签: the group of added signers this task belongs to. */
  signerGroupId?: string;
  /** 前加签: the owner waits for this group before deciding. */
  heldByGroupId?: string;
  /** A leader's decision on a request for more time (延期), not on the step itself. */
  extensionId?: string;
  /** The revision that created the task (what a take-back of an 后加签 removes). */
  createdRevision?: number;
}

/**
 * 加签: people added to a step by one of its handlers. `before`: they decide
 * first and the owner after; `after`: the owner's approval counts once they
 * have approved too; `alongside`: at the same time as the owner.
 */
export interface SignerGroup {
  id: string;
  stepId: string;
  ownerTaskId: string;
  position: SignerPosition;
  mode: ApprovalMode;
  addedRevision: number;
}

/** 延期: a handler asks for more working days; a leader of their organisation decides. */
export interface ExtensionRequest {
  id: string;
  stepId: string;
  requestedBy: Party;
  workingDays: number;
  reason: string;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  requestedAt: string;
  decidedAt?: string;
}

/** The whole request's clock; `pausedAt` while the applicant corrects (补正). */
export interface RequestClock extends StepClock {
  pausedAt?: string;
  /** Too few working days are left for the steps still to come (warned once). */
  atRisk?: boolean;
  /** When that will be the case if nothing moves. */
  riskAt?: string;
}

export type RatingGrade = 1 | 2 | 3 | 4 | 5;

export interface Rating {
  grade: RatingGrade;
  comment?: string;
  at: string;
  by: Party;
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
  | 'complete'
  | 'add_signer'
  | 'remove_signer'
  | 'request_extension'
  | 'extension_approved'
  | 'extension_rejected'
  | 'clock_paused'
  | 'clock_resumed'
  | 'rate'
  | 'rating_closed'
  | 'rectify'
  | 'follow_up'
  | 'flag'
  | 'cc'
  | 'notify'
  | 'webhook'
  | 'webhook_failed'
  | 'deadline_at_risk';

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
  /**
   * What else the entry needs to say, as plain JSON: the signers added, a
   * clock's new deadline, a rating's grade, the fields a handler corrected.
   */
  detail?: Record<string, unknown>;
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
  signerGroups?: SignerGroup[];
  extensions?: ExtensionRequest[];
  /** Present when the definition has a whole-request SLA. */
  requestClock?: RequestClock;
  /** After 办结: until when the applicant may rate; removed when the window closes. */
  ratingOpenUntil?: string;
  rating?: Rating;
  /** After a bad rating: 整改 then 回访 until the follow-up is satisfied. */
  aftercare?: 'rectifying' | 'following_up' | 'closed';
  /** 督办: a supervisor has flagged the request. */
  flagged?: boolean;
  /** Bumped on every change, so projections can be written idempotently and in order. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}
