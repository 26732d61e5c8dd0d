import { OrganisationModel, UserModel } from '@tongban/store';
import type { Party } from '@tongban/workflows';

/** An active user as the engine records people, or null when there is no such active user. */
export async function findParty(userId: string): Promise<Party | null> {
  return (await findActivePerson(userId))?.party ?? null;
}

/** The roles that handle steps: who may be handed a task (转交, 委派, 加签). */
const HANDLING_ROLES = new Set(['handler', 'leader', 'bank_officer']);

/**
 * An active person who may be handed a task of a request filed by `applicantOrgId`: someone
 * holding a handling role at a department or a bank, and not of the applicant's own
 * organisation. Null for anyone else: an enterprise's people, the applicant, a supervisor, an
 * auditor, a deactivated account.
 */
export async function findHandler(userId: string, applicantOrgId: string): Promise<Party | null> {
  const person = await findActivePerson(userId);
  if (!person || person.party.orgId === applicantOrgId) return null;
  if (person.orgKind !== 'department' && person.orgKind !== 'bank') return null;
  return person.roles.some((role) => HANDLING_ROLES.has(role)) ? person.party : null;
}

async function findActivePerson(userId: string) {
  const user = await UserModel.findById(userId, { displayName: 1, orgId: 1, active: 1, roles: 1 }).lean();
  if (!user || !user.active) return null;
  const org = await OrganisationModel.findById(user.orgId, { name: 1, kind: 1 }).lean();
  const party: Party = {
    userId: user._id,
    displayName: user.displayName,
    orgId: user.orgId,
    orgName: org?.name ?? user.orgId,
  };
  return { party, roles: user.roles, orgKind: org?.kind };
}
