import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  type MongoQuery,
  type RawRuleOf,
} from '@casl/ability';
import type { Role } from '@tongban/store';

/**
 * Who may do what. This module imports neither mongoose nor Express: the same
 * rules answer `can()` on the server, build list queries (`accessibleBy`) and
 * are sent packed to the browser to decide what to show.
 */
export type Action = 'manage' | 'read' | 'create' | 'start' | 'act' | 'update' | 'supervise' | 'file' | 'decode';

/** The fields rules look at; the projections carry them. */
export interface RequestFields {
  applicantOrgId: string;
  participantIds: string[];
  /** 代办: the window clerk who filed it. */
  filedBy?: { userId: string };
}
export interface TaskFields {
  assigneeId: string;
}
/** A user document as rules see it (`_id` as stored). */
export interface UserFields {
  _id: string;
  active: boolean;
  roles: Role[];
}
/** An organisation document as rules see it. */
export interface OrganisationFields {
  _id: string;
  kind: string;
}

export type Subject =
  | 'Process'
  | 'AuditEvent'
  | 'Form'
  | 'Definition'
  | 'User'
  | 'Organisation'
  /**
   * Sealed Temporal payloads, opened through the codec endpoint for the Temporal UI and CLI:
   * every request's form data in clear. Only administrators (`manage all`) may `decode` them;
   * supervisors read requests through the API, which is scoped and shaped, not raw histories.
   */
  | 'TemporalPayload'
  | 'all'
  | 'Request'
  | 'Task'
  | (RequestFields & ForcedSubject<'Request'>)
  | (TaskFields & ForcedSubject<'Task'>)
  | (UserFields & ForcedSubject<'User'>)
  | (OrganisationFields & ForcedSubject<'Organisation'>);
export type AppAbility = MongoAbility<[Action, Subject]>;

export interface AbilityUser {
  id: string;
  orgId: string;
  roles: readonly Role[];
}

/** Roles that hold tasks: they find each other in the directory (转交/委派 pickers) and name substitutes. */
export const HANDLING_ROLES: readonly Role[] = ['handler', 'leader', 'bank_officer'];

/**
 * What the directory shows of a person to anyone but an administrator: who
 * they are, where and in which roles — never the username, the account's
 * state, the substitute or the contact details in the notification settings.
 * Rules name these fields, and the user view keeps only the permitted ones.
 */
export const DIRECTORY_USER_FIELDS = ['_id', 'displayName', 'orgId', 'roles'];

/**
 * Staff who hold tasks, as the directory lists them: active and in a handling
 * role. Someone who is also an enterprise's applicant is left out, so an
 * enterprise's people never show through this rule.
 */
const TASK_HOLDERS = { active: true, roles: { $in: [...HANDLING_ROLES], $nin: ['applicant'] } } as MongoQuery<
  UserFields & ForcedSubject<'User'>
>;

export function defineRulesFor(user: AbilityUser): RawRuleOf<AppAbility>[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = (role: Role) => user.roles.includes(role);

  if (has('applicant')) {
    can('read', 'Process');
    can('start', 'Process');
    can('create', 'Request');
    can('read', 'Request', { applicantOrgId: user.orgId });
    // Withdraw (撤回) and resubmit after a return: the applicant's organisation, not only the person who filed.
    can('act', 'Request', { applicantOrgId: user.orgId });
    // A step the process gives the applicant's side (确认到账, 月报填报) is a task of theirs to read and do.
    can('read', 'Task', { assigneeId: user.id });
    can('act', 'Task', { assigneeId: user.id });
    // The 单位 / 人员 pickers of a service form (受理部门, 贷款银行, 对接人): departments, banks and one's own
    // organisation, and staff who hold tasks by name, organisation and roles. Other enterprises stay hidden.
    can('read', 'Organisation', { kind: { $in: ['department', 'bank'] } });
    can('read', 'Organisation', { _id: user.orgId });
    can('read', 'User', DIRECTORY_USER_FIELDS, TASK_HOLDERS);
  }
  if (HANDLING_ROLES.some(has)) {
    can('read', 'Task', { assigneeId: user.id });
    can('act', 'Task', { assigneeId: user.id });
    can('read', 'Request', { participantIds: { $in: [user.id] } });
    // The directory: active colleagues who can hold a task, by name, org and role; enterprises' people stay private.
    can('read', 'User', DIRECTORY_USER_FIELDS, TASK_HOLDERS);
    can('read', 'Organisation');
    // Out of office (代理人): only on oneself.
    can('update', 'User', ['substitute'], { _id: user.id });
  }
  if (has('window')) {
    // 窗口受理 / 代办: file a request for an enterprise (its applicant), and follow the requests one filed.
    can('read', 'Process');
    can('start', 'Process');
    can('file', 'Request');
    // The enterprise comes first: its people (the applicant to file for) and its name.
    can('read', 'User', DIRECTORY_USER_FIELDS, { active: true, roles: { $in: ['applicant'] } });
    can('read', 'Organisation');
    // Filling the form for them: its 人员 pickers list the same staff an applicant sees.
    can('read', 'User', DIRECTORY_USER_FIELDS, TASK_HOLDERS);
    // A dotted path: MongoDB, FerretDB and CASL's in-memory matcher all read it; CASL's types do not model it.
    can('read', 'Request', { 'filedBy.userId': user.id } as MongoQuery<RequestFields & ForcedSubject<'Request'>>);
  }
  if (has('supervisor')) {
    // 'Definition': every version of forms and processes in the designers, drafts included.
    can('read', ['Request', 'Task', 'AuditEvent', 'Process', 'Form', 'Definition', 'Organisation']);
    // Anyone who can appear on the audit trail, by name (the 操作人 filter): directory fields, never contact details.
    can('read', 'User', DIRECTORY_USER_FIELDS);
    // 督办: urge and flag any request; 回访 (a bad rating's follow-up) is their task to decide.
    can('supervise', 'Request');
    can('act', 'Task', { assigneeId: user.id });
  }
  if (has('auditor')) {
    can('read', ['Request', 'AuditEvent']);
    // The audit log's 操作人 filter finds people by name (it answered 403): directory fields only.
    can('read', 'User', DIRECTORY_USER_FIELDS);
  }
  if (has('admin')) {
    can('manage', 'all');
  }
  return rules;
}

export function defineAbilityFor(user: AbilityUser): AppAbility {
  return createMongoAbility<[Action, Subject]>(defineRulesFor(user));
}
