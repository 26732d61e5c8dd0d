/**
 * The process definition language: what administrators publish and what a
 * request pins at start. Plain data (JSON), so it travels through Temporal
 * payloads, MongoDB documents and the browser unchanged.
 */

/** A JSON Logic expression evaluated against the request's form data. */
export type JsonLogicRule = Record<string, unknown> | boolean;

/** Text in the user's language; zh-CN is required, English optional. */
export interface LocalizedText {
  zh: string;
  en?: string;
}

/**
 * Who handles a step. Every set field narrows the candidates:
 * - `org` — an organisation id;
 * - `orgFromField` — the organisation id is taken from a field of the form data;
 * - `applicantOrg` — the applicant's own organisation;
 * - `role` — a role within those organisations;
 * - `users` — named user ids (narrowed by `org`/`role` when those are set too).
 */
export interface AssigneeRule {
  org?: string;
  orgFromField?: string;
  applicantOrg?: boolean;
  role?: string;
  users?: string[];
}

/** 或签 any one decides / 会签 all must approve / 依次 one after another. */
export type ApprovalMode = 'any' | 'all' | 'sequential';

/** What every step has. Step ids are unique across the whole definition, nested steps included. */
interface StepBase {
  id: string;
  name: LocalizedText;
  /** When present and false for the form data, the step is skipped. */
  when?: JsonLogicRule;
}

/**
 * A step's statutory clock, in working days of the Chinese calendar. The
 * deadline is 24:00 China time of the Nth working day after the step starts.
 */
export interface StepSla {
  workingDays: number;
  /** A reminder when this many working days are left (default 1; 0: none). */
  remindBeforeWorkingDays?: number;
  /** 红牌 this many working days after the deadline (default 2); 黄牌 at the deadline. */
  redCardAfterWorkingDays?: number;
  /** At the deadline: only warn (`remind`, default), add a leader (`escalate`), or decide for the handlers. */
  onTimeout?: 'remind' | 'escalate' | 'auto_approve' | 'auto_reject';
  /** Who a late step escalates to; default: leaders of the organisations now handling it. */
  escalateTo?: AssigneeRule;
}

export interface ApprovalStep extends StepBase {
  type: 'approval';
  assignees: AssigneeRule;
  /** Default `any`. */
  mode?: ApprovalMode;
  sla?: StepSla;
}

/**
 * 填报: a party fills a form of its own (e.g. the bank records the renewed
 * contract). What they submit is kept per step and visible to later
 * conditions as `steps.<stepId>.<field>`.
 */
export interface FillStep extends StepBase {
  type: 'fill';
  assignees: AssigneeRule;
  /** A published form: key and version. */
  form: { key: string; version: number };
  sla?: StepSla;
}

/**
 * 等待: a pause, e.g. a public notice period (公示). Ends after a number of
 * working days or calendar days, or at a date taken from the form data
 * (00:00 China time of that day); whichever is given first in that order.
 */
export interface WaitStep extends StepBase {
  type: 'wait';
  workingDays?: number;
  days?: number;
  untilField?: string;
}

/** A lane of steps inside a `parallel` or `branch` step. */
export interface StepBranch {
  id: string;
  name: LocalizedText;
  steps: StepDefinition[];
}

/** 并联: every branch runs at once; the step completes when all have. */
export interface ParallelStep extends StepBase {
  type: 'parallel';
  branches: StepBranch[];
  /** The lead department's branch (牵头部门), shown first and marked as such. */
  leadBranchId?: string;
}

/** The first branch whose `when` holds runs (a branch without `when` always holds); none: the step is skipped. */
export interface BranchStep extends StepBase {
  type: 'branch';
  branches: (StepBranch & { when?: JsonLogicRule })[];
}

export type StepDefinition = ApprovalStep | FillStep | WaitStep | ParallelStep | BranchStep;

/** The steps people work on through tasks. */
export type TaskStep = ApprovalStep | FillStep;

export interface ProcessDefinition {
  /** Stable key, e.g. `loan-renewal`. */
  key: string;
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  /** The form the applicant fills: key and version of a published form. */
  form: { key: string; version: number };
  steps: StepDefinition[];
}
