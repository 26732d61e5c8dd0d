import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Role } from '@tongban/store';

/**
 * Who may do what. This module imports neither mongoose nor Express: the same
 * rules answer `can()` on the server, build list queries (`accessibleBy`) and
 * are sent packed to the browser to decide what to show.
 */
export type Action = 'manage' | 'read' | 'create' | 'start' | 'act';

/** The fields rules look at; the projections carry them. */
export interface RequestFields {
  applicantOrgId: string;
  participantIds: string[];
}
export interface TaskFields {
  assigneeId: string;
}

export type Subject =
  | 'Process'
  | 'AuditEvent'
  | 'User'
  | 'Organisation'
  | 'all'
  | 'Request'
  | 'Task'
  | (RequestFields & ForcedSubject<'Request'>)
  | (TaskFields & ForcedSubject<'Task'>);
export type AppAbility = MongoAbility<[Action, Subject]>;

export interface AbilityUser {
  id: string;
  orgId: string;
  roles: readonly Role[];
}

const HANDLING_ROLES: readonly Role[] = ['handler', 'leader', 'bank_officer'];

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
  }
  if (HANDLING_ROLES.some(has)) {
    can('read', 'Task', { assigneeId: user.id });
    can('act', 'Task', { assigneeId: user.id });
    can('read', 'Request', { participantIds: { $in: [user.id] } });
  }
  if (has('supervisor')) {
    can('read', ['Request', 'Task', 'AuditEvent', 'Process', 'Organisation']);
  }
  if (has('auditor')) {
    can('read', ['Request', 'AuditEvent']);
  }
  if (has('admin')) {
    can('manage', 'all');
  }
  return rules;
}

export function defineAbilityFor(user: AbilityUser): AppAbility {
  return createMongoAbility<[Action, Subject]>(defineRulesFor(user));
}
