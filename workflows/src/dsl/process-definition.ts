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
  /** The applicant never handles their own request, even when the rule would name them. */
  excludeApplicant?: boolean;
  /**
   * The applicant's pick (申请人自选): a form field holding the user id (or ids)
   * the applicant chose among the people the rule names; anyone else is dropped.
   */
  pickField?: string;
}

/** What happens when a step's assignee rule matches nobody: administrators take it (default), it passes, or the request is rejected. */
export type NoAssigneePolicy = 'admin' | 'auto_approve' | 'reject';

/** What a step's handlers may do with a field of the request form: see it, change it, or not see it at all. */
export type FieldPermission = 'read' | 'edit' | 'hidden';

/** 或签 any one decides / 会签 all must approve / 依次 one after another. */
export const APPROVAL_MODES = ['any', 'all', 'sequential'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** What every step has. Step ids are unique across the whole definition, nested steps included. */
interface StepBase {
  id: string;
  name: LocalizedText;
  /** When present and false for the form data, the step is skipped. */
  when?: JsonLogicRule;
  /**
   * Per top-level field of the request form: `read` (the default), `edit`
   * (the step's handlers may correct it when they approve) or `hidden`.
   */
  fieldPermissions?: Record<string, FieldPermission>;
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
  /** Default `admin`. */
  noAssignee?: NoAssigneePolicy;
  /**
   * Organisations besides the step's own whose staff its handlers may hand a
   * task to or add as signers (转交, 委派, 加签), e.g. the legal office asked to
   * co-sign; set by an administrator. Without it, hand-overs stay within the
   * organisation(s) the assignee rule names.
   */
  handOverOrgs?: string[];
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
  /** Default `admin`. */
  noAssignee?: NoAssigneePolicy;
  /**
   * Organisations besides the step's own whose staff its handlers may hand a
   * task to or add as signers (转交, 委派, 加签), e.g. the legal office asked to
   * co-sign; set by an administrator. Without it, hand-overs stay within the
   * organisation(s) the assignee rule names.
   */
  handOverOrgs?: string[];
}

/** 抄送: the people get a read-only copy in their 抄送我 inbox; the request moves on at once. */
export interface CcStep extends StepBase {
  type: 'cc';
  assignees: AssigneeRule;
}

/** 通知: an in-app notification (and the recipients' chosen channels); the request moves on at once. */
export interface NotifyStep extends StepBase {
  type: 'notify';
  assignees: AssigneeRule;
  message: LocalizedText;
}

/**
 * Calls an external system (e.g. a bank's credit system) with the request's
 * data. Retried with backoff; every attempt carries the same `Idempotency-Key`
 * so the receiver applies it once. The JSON answer is kept like a fill step's
 * data (`steps.<stepId>`).
 */
export interface WebhookStep extends StepBase {
  type: 'webhook';
  url: string;
  /** Default `POST`. */
  method?: 'POST' | 'PUT';
  /** Attempts before giving up (default 5). */
  maxAttempts?: number;
  /** Per attempt (default 10). */
  timeoutSeconds?: number;
  /** When every attempt failed: go on with a recorded failure (default) or reject the request. */
  onFailure?: 'continue' | 'reject';
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

export type StepDefinition =
  ApprovalStep | FillStep | WaitStep | ParallelStep | BranchStep | CcStep | NotifyStep | WebhookStep;

/** The steps people work on through tasks. */
export type TaskStep = ApprovalStep | FillStep;

/**
 * The whole request's statutory clock (办结时限), in working days from
 * submission. It pauses while the request is with the applicant for
 * correction (补正).
 */
export interface RequestSla {
  /** Working days from submission. */
  workingDays?: number;
  /**
   * A date field of the form (e.g. a customer's audit date): the request is
   * due at 24:00 China time of that date. With `workingDays` too, the earlier wins.
   */
  untilField?: string;
  remindBeforeWorkingDays?: number;
  redCardAfterWorkingDays?: number;
  /** At the deadline: only warn (default) or add leaders to every running step. */
  onTimeout?: 'remind' | 'escalate';
  /** Default: leaders of the organisations now handling the request. */
  escalateTo?: AssigneeRule;
}

/** A step the engine adds after the end: 整改 after a bad rating, then 回访. */
export interface AftercareStep {
  assignees: AssigneeRule;
  sla?: StepSla;
}

/**
 * 好差评: after 办结 the applicant may rate the service (5 非常满意 … 1 非常不满意)
 * within a window; a rating of 2 or less opens a rectification (整改) with its
 * own deadline, then a follow-up (回访) that closes it or sends it back.
 */
export interface RatingPolicy {
  /** How long the applicant may rate, in working days after 办结 (default 10). */
  windowWorkingDays?: number;
  /** Default: leaders of the organisation that decided the last step, 5 working days (only warned when late). */
  rectification?: AftercareStep;
  /** Default: supervisors (督办). */
  followUp?: AftercareStep;
}

export interface ProcessDefinition {
  /** Stable key, e.g. `loan-renewal`. */
  key: string;
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  /** The form the applicant fills: key and version of a published form. */
  form: { key: string; version: number };
  steps: StepDefinition[];
  sla?: RequestSla;
  rating?: RatingPolicy;
}
