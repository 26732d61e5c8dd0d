import { OrganisationModel, UserModel } from '@tongban/store';
import type { ProcessActivities } from '@tongban/workflows';

/**
 * Finds the active users an assignee rule names. Sorted by username so a
 * sequential (依次) step has a stable order.
 */
export const resolveAssignees: ProcessActivities['resolveAssignees'] = async ({ rule, applicant, data }) => {
  const filter: Record<string, unknown> = { active: true };
  if (rule.users) filter._id = { $in: rule.users };
  const orgId =
    rule.org ?? (rule.applicantOrg ? applicant.orgId : rule.orgFromField ? data[rule.orgFromField] : undefined);
  if (orgId !== undefined) {
    if (typeof orgId !== 'string') return [];
    filter.orgId = orgId;
  }
  if (rule.role) filter.roles = rule.role;
  const users = await UserModel.find(filter, { username: 1, displayName: 1, orgId: 1 }).sort({ username: 1 }).lean();
  const orgIds = [...new Set(users.map((user) => user.orgId))];
  const orgs = await OrganisationModel.find({ _id: { $in: orgIds } }, { name: 1 }).lean();
  const orgNames = new Map(orgs.map((org) => [org._id, org.name]));
  return users.map((user) => ({
    userId: user._id,
    displayName: user.displayName,
    orgId: user.orgId,
    orgName: orgNames.get(user.orgId) ?? user.orgId,
  }));
};
