import { seedDictionaries, seedForms } from '@tongban/forms';
import { isDuplicateKeyError, OrganisationModel, UserModel } from '@tongban/store';
import { loanRenewalProcess } from '@tongban/workflows';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD, demoOrganisations, demoUserId, demoUsers } from './demo-data';
import { publishIfMissing } from './seed-catalogue';
import { publishDictionariesIfMissing } from '../dictionaries/seed-dictionaries';

/**
 * The demo slice: the demo organisations and users, the seed forms and the
 * first loan-renewal version, and nothing else, so the API's tests know the
 * whole catalogue they meet. `seedCatalogue` adds the rest of the city.
 * Idempotent: what exists is left as it is (a changed password stays
 * changed; a published version is never rewritten).
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
  created += await publishDictionariesIfMissing(seedDictionaries);
  created += await publishIfMissing(seedForms, 'forms');
  created += await publishIfMissing([loanRenewalProcess], 'processes');
  return { created };
}
