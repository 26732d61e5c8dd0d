import { OrganisationModel, UserModel, type Role } from '@tongban/store';
import { hashPassword } from '../src/auth/passwords';
import { DEMO_PASSWORD, demoOrganisations, demoUserId } from '../src/seed/demo-data';

/** A department the demo data does not have, for users who hold no task of the seed processes. */
export const OTHER_DEPARTMENT = {
  _id: 'org-yunmeng-economy-bureau',
  name: '云梦县经济和信息化局',
  nameEn: 'Yunmeng County Economy and IT Bureau',
  kind: 'department' as const,
};

/**
 * A user with the demo password, in an organisation that is created if
 * missing. Returns the username for `stack.signIn`.
 */
export async function createUser(user: {
  username: string;
  displayName?: string;
  roles: Role[];
  org?: { _id: string; name: string; nameEn: string; kind: 'department' | 'bank' | 'enterprise' };
}): Promise<string> {
  const org = user.org ?? OTHER_DEPARTMENT;
  await OrganisationModel.updateOne({ _id: org._id }, { $setOnInsert: org }, { upsert: true });
  await UserModel.create({
    _id: demoUserId(user.username),
    username: user.username,
    displayName: user.displayName ?? user.username,
    orgId: org._id,
    roles: user.roles,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    active: true,
  });
  return user.username;
}

/** A demo organisation, for people created beside the demo ones (a colleague at the centre, a second bank officer). */
function demoOrganisation(id: string) {
  const org = demoOrganisations.find((candidate) => candidate._id === id);
  if (!org) throw new Error(`no demo organisation ${id}`);
  return { _id: org._id, name: org.name, nameEn: org.nameEn ?? org.name, kind: org.kind };
}

/** 云梦县招商服务中心: the demo handler's (zhaoshang's) department. */
export const CENTRE = demoOrganisation('org-yunmeng-investment-centre');
/** 农行云梦支行: the demo bank officer's (yinhang's) bank. */
export const ABC_BANK = demoOrganisation('org-abc-yunmeng');
