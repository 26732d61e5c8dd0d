import { OrganisationModel, UserModel } from '@tongban/store';
import type { Party } from '@tongban/workflows';

/** An active user as the engine records people, or null when there is no such active user. */
export async function findParty(userId: string): Promise<Party | null> {
  const user = await UserModel.findById(userId, { displayName: 1, orgId: 1, active: 1 }).lean();
  if (!user || !user.active) return null;
  const org = await OrganisationModel.findById(user.orgId, { name: 1 }).lean();
  return { userId: user._id, displayName: user.displayName, orgId: user.orgId, orgName: org?.name ?? user.orgId };
}
