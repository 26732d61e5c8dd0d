import { chinaDateOf, type AssigneeRule, type Party } from '@tongban/workflows';
import { OrganisationModel } from '../models/organisation';
import { UserModel } from '../models/user';

/**
 * Finds the active users an assignee rule names. Sorted by username so a
 * sequential (依次) step has a stable order. Someone out of office today
 * (China time) who named an active substitute of their own organisation is
 * replaced by that substitute, and the task records on whose behalf it is done.
 */
export async function findAssignees({
  rule,
  applicant,
  data,
}: {
  rule: AssigneeRule;
  applicant: Party;
  data: Record<string, unknown>;
}): Promise<Party[]> {
  const filter: Record<string, unknown> = { active: true };
  if (rule.users) filter._id = { $in: rule.users };
  const orgId =
    rule.org ?? (rule.applicantOrg ? applicant.orgId : rule.orgFromField ? data[rule.orgFromField] : undefined);
  if (orgId !== undefined) {
    if (typeof orgId !== 'string') return [];
    filter.orgId = orgId;
  }
  if (rule.role) filter.roles = rule.role;
  const users = await UserModel.find(filter, { username: 1, displayName: 1, orgId: 1, substitute: 1 })
    .sort({ username: 1 })
    .lean();
  const today = chinaDateOf(new Date().toISOString());
  const away = users.filter((user) => user.substitute && user.substitute.from <= today && today <= user.substitute.to);
  const substitutes = away.length
    ? await UserModel.find(
        { _id: { $in: away.map((user) => user.substitute!.userId) }, active: true },
        { displayName: 1, orgId: 1 },
      ).lean()
    : [];
  const substituteById = new Map(substitutes.map((user) => [user._id, user]));
  // Only a colleague of the same organisation stands in: one moved elsewhere since being named does not take the tasks along.
  const standsIn = (user: (typeof users)[number]) => {
    const substitute = away.includes(user) ? substituteById.get(user.substitute!.userId) : undefined;
    return substitute?.orgId === user.orgId ? substitute : undefined;
  };
  const orgIds = [...new Set([...users, ...substitutes].map((user) => user.orgId))];
  const orgs = await OrganisationModel.find({ _id: { $in: orgIds } }, { name: 1 }).lean();
  const orgNames = new Map(orgs.map((org) => [org._id, org.name]));
  const partyOf = (user: { _id: string; displayName: string; orgId: string }): Party => ({
    userId: user._id,
    displayName: user.displayName,
    orgId: user.orgId,
    orgName: orgNames.get(user.orgId) ?? user.orgId,
  });
  return users.map((user) => {
    const substitute = standsIn(user);
    return substitute
      ? { ...partyOf(substitute), onBehalfOf: { userId: user._id, displayName: user.displayName } }
      : partyOf(user);
  });
}
