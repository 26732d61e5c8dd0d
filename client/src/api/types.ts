import type { RawRuleOf, MongoAbility } from '@casl/ability';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { components } from './generated/api-schema';

/** The API's own schemas (generated from its OpenAPI document): the names below come from them where they can. */
type Schemas = components['schemas'];

/** The API's shapes as the client reads them (see the server's `/api/v1` routes). */

export type Role = 'applicant' | 'handler' | 'leader' | 'bank_officer' | 'window' | 'supervisor' | 'auditor' | 'admin';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: Role[];
}

/** What the server's CASL rules speak about; the client only asks `can(action, subjectType)`. */
export type AppAbility = MongoAbility<[string, string]>;

/** Body of login and `me`. */
export interface Session {
  user: SessionUser;
  rules: RawRuleOf<AppAbility>[];
}

export type FormData = Record<string, unknown>;

export interface FormSpec {
  schema: RJSFSchema;
  uiSchema?: UiSchema;
}

export interface CatalogueProcess {
  key: string;
  version: number;
  name: string;
  description: string;
  form: FormSpec & { example?: FormData };
}

export type RequestStatus = 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';

/** The whole request's clock (办结时限): on_time, reminded, yellow (黄牌) or red (红牌); paused during 补正. */
export interface RequestDeadline {
  dueAt: string;
  level: string;
  paused: boolean;
  /** Working days after today up to the last day (0: due today; negative: late); absent once closed or paused. */
  workingDaysLeft?: number;
  /** 时限预警: the working days left cannot hold the steps to come. */
  atRisk?: true;
}

export interface RequestSummary {
  /** The stable internal id (`req-…`): links and API calls use it. */
  id: string;
  /** 办件编号 as people read it (`云梦招商-20261202-0001`); absent on requests filed before numbers existed. */
  number?: string;
  deadline?: RequestDeadline;
  /** After 办结: the applicant may rate (好差评) until then. */
  ratingOpenUntil?: string;
  rating?: { grade: number; at: string; comment?: string };
  processKey: string;
  processName: string;
  status: RequestStatus;
  createdAt: string;
  updatedAt: string;
  currentStepNames: string[];
  /** Who it is for: the applicant and their organisation. */
  applicant?: { userId: string; displayName: string; orgId: string; orgName: string };
  /** 窗口受理 / 代办: the window clerk who filed it. */
  filedBy?: { userId: string; displayName: string; orgName: string };
}

export type StepStatus = 'pending' | 'active' | 'approved' | 'rejected' | 'skipped';

export interface RequestStep {
  id: string;
  name: string;
  status: StepStatus;
  /** A step of the lead department's branch (牵头部门) of a parallel step. */
  lead?: true;
}

export interface Party {
  userId: string;
  displayName: string;
  orgName: string;
}

export interface TimelineEntry {
  seq?: number;
  at: string;
  /** null for what the system did by itself (skips, completion). */
  actor: Party | null;
  action: string;
  stepId?: string;
  stepName?: string;
  comment?: string;
  /** An opinion between staff (内部意见); the applicant's side never receives these comments. */
  internal?: true;
  /** Where a return went: `applicant` or the id of an earlier step. */
  to?: string;
  /** To whom a transfer or delegation went. */
  target?: Party;
}

export interface RequestDetail extends RequestSummary {
  processVersion: number;
  applicant: { userId: string; displayName: string; orgId: string; orgName: string };
  /** 窗口受理 / 代办: the window clerk who filed it, with their window's department (代办人). */
  filedBy?: Party;
  data: FormData;
  /** null when the form version is gone; the data is then not shown as a form. */
  form: FormSpec | null;
  steps: RequestStep[];
  timeline: TimelineEntry[];
  /** What handlers filled in at 填报 steps, by step id. */
  stepData?: Record<string, FormData>;
  /** The form of each step in `stepData` (its title in the caller's language), to show what it recorded. */
  stepForms?: Record<string, FormSpec & { title: string }>;
  completedAt?: string;
}

export type TaskStatus = Schemas['TaskView']['status'];

export interface TaskSummary {
  id: string;
  requestId: string;
  /** The request's 办件编号 (see `RequestSummary.number`). */
  requestNumber?: string;
  stepId: string;
  stepName: string;
  processKey: string;
  processName: string;
  status: TaskStatus;
  applicantOrgName: string;
  /** Not the step's own decision: an added signer (加签), a 延期 to decide, a copy (抄送), an escalation. */
  kind?: 'signer' | 'extension' | 'cc' | 'escalation';
  createdAt: string;
  decidedAt?: string;
  /** The step's time limit while the task waits on its holder: due date, 黄牌/红牌 level, working days left. */
  deadline?: StepDeadline;
}

/** A step's time limit as the inbox shows it. */
export interface StepDeadline {
  dueAt: string;
  level: 'on_time' | 'reminded' | 'yellow' | 'red';
  /** Working days after today up to the last day (0: due today; negative: working days late). */
  workingDaysLeft: number;
}

/** How many tasks each inbox view holds (`GET /tasks/counts`). */
export interface TaskCounts {
  open: number;
  done: number;
  cc: number;
}

export interface TaskDetail {
  task: TaskSummary;
  request: RequestDetail;
  /** Present on a 填报 task: the handler fills this form and submits it with `approve`. */
  fillForm?: FormSpec;
  /** Earlier approved steps this open task may return the request to, besides the applicant. */
  returnTargets?: { stepId: string; name: string }[];
  /** Per request-form field: what this step may do with it (unnamed fields: read). */
  fieldPermissions?: Record<string, 'read' | 'edit' | 'hidden'>;
  /** People this task's handler added (加签) who have not decided yet: whom 减签 may remove. */
  addedSigners?: { userId: string; displayName: string; status: 'open' | 'waiting' }[];
}

export type TaskDecision = 'approve' | 'reject';

export type TaskAction = Schemas['TaskActionBody']['action'];

export type RequestAction = 'withdraw' | 'resubmit' | 'urge' | 'rate';

export interface ItemList<T> {
  items: T[];
}
