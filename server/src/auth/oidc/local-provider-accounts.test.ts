import { DEMO_PROVIDER_ACCOUNTS } from '@tongban/tools';
import { cityData } from '../../seed/city-data';
import { demoUsers } from '../../seed/demo-data';

// The people of the local provider (`npm run up` with UP_IDENTITY_PROVIDER=1, the browser tests) are seed users:
// their claims link to the seed account and must change nothing on it, or a trial sign-in would rename someone,
// move them to another organisation or take their roles away.
describe('the local identity provider’s demo people', () => {
  const seedUsers = [...demoUsers, ...cityData().users];

  it.each(DEMO_PROVIDER_ACCOUNTS.map((account) => [account.username, account] as const))(
    '%s is the seed user of that username, with the same name, organisation and roles',
    (username, account) => {
      const seedUser = seedUsers.find((user) => user.username === username);
      expect(seedUser).toBeDefined();
      expect({ name: account.name, org: account.org, roles: [...(account.roles ?? [])].sort() }).toEqual({
        name: seedUser!.displayName,
        org: seedUser!.orgId,
        roles: [...seedUser!.roles].sort(),
      });
    },
  );
});
