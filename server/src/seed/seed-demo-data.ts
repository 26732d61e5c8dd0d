import { seedForms } from '@tongban/forms';
import {
  definitionVersionRecord,
  FormVersionModel,
  isDuplicateKeyError,
  OrganisationModel,
  ProcessVersionModel,
  UserModel,
} from '@tongban/store';
import { seedProcesses } from '@tongban/workflows';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD, demoOrganisations, demoUserId, demoUsers } from './demo-data';

/**
 * Publishes the seed forms and processes and creates the demo organisations
 * and users. Idempotent: what exists is left as it is (a changed password
 * stays changed; a published version is never rewritten).
 */
export async function seedDemoData(): Promise<{ created: number }> {
  let created = 0;
  const insertIfMissing = async (insert: () => Promise<unknown>) => {
    try {
      await insert();
      created += 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  };
  for (const org of demoOrganisations) {
    await insertIfMissing(() => OrganisationModel.create(org));
  }
  for (const user of demoUsers) {
    if (await UserModel.exists({ _id: demoUserId(user.username) })) continue;
    const { description: _description, ...fields } = user;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await insertIfMissing(() =>
      UserModel.create({ _id: demoUserId(user.username), ...fields, passwordHash, active: true }),
    );
  }
  const publishedAt = new Date();
  for (const form of seedForms) {
    await insertIfMissing(() => FormVersionModel.create(definitionVersionRecord(form, 'published', publishedAt)));
  }
  for (const process of seedProcesses) {
    await insertIfMissing(() => ProcessVersionModel.create(definitionVersionRecord(process, 'published', publishedAt)));
  }
  return { created };
}
