import { OrganisationModel, UserModel } from '../models';
import { useStore } from '../../test/store-lifecycle';
import { findAssignees } from './find-assignees';

useStore();

const applicant = { userId: 'u-applicant', displayName: '王丽', orgId: 'org-firm', orgName: '易普乐生物科技' };

beforeAll(async () => {
  await OrganisationModel.create([
    { _id: 'org-centre', name: '云梦县招商服务中心', kind: 'department' },
    { _id: 'org-bank', name: '农行云梦支行', kind: 'bank' },
    { _id: 'org-firm', name: '易普乐生物科技', kind: 'enterprise' },
  ]);
  const user = (id: string, orgId: string, roles: string[], active = true) => ({
    _id: id,
    username: id,
    displayName: id,
    orgId,
    roles,
    passwordHash: 'x',
    active,
  });
  await UserModel.create([
    user('zhang', 'org-centre', ['handler']),
    user('li', 'org-centre', ['handler', 'leader']),
    user('gone', 'org-centre', ['handler'], false),
    user('chen', 'org-bank', ['bank_officer']),
    user('boss', 'org-firm', ['leader']),
    user('away', 'org-firm', ['handler']),
    user('stand-in', 'org-firm', ['handler']),
    user('back-later', 'org-firm', ['auditor']),
  ]);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await UserModel.updateOne({ _id: 'away' }, { substitute: { userId: 'stand-in', from: '2000-01-01', to: today } });
  await UserModel.updateOne(
    { _id: 'back-later' },
    { substitute: { userId: 'stand-in', from: '2000-01-01', to: '2000-01-02' } },
  );
});

const ids = (parties: { userId: string }[]) => parties.map((party) => party.userId);

describe('findAssignees', () => {
  it('finds the active users of an org with a role, in username order, with their org names', async () => {
    const parties = await findAssignees({ rule: { org: 'org-centre', role: 'handler' }, applicant, data: {} });
    expect(ids(parties)).toEqual(['li', 'zhang']);
    expect(parties[0]).toEqual({ userId: 'li', displayName: 'li', orgId: 'org-centre', orgName: '云梦县招商服务中心' });
  });

  it('takes the org from a form field, or the applicant’s own org', async () => {
    expect(
      ids(
        await findAssignees({
          rule: { orgFromField: 'bank', role: 'bank_officer' },
          applicant,
          data: { bank: 'org-bank' },
        }),
      ),
    ).toEqual(['chen']);
    expect(ids(await findAssignees({ rule: { applicantOrg: true, role: 'leader' }, applicant, data: {} }))).toEqual([
      'boss',
    ]);
  });

  it('matches nobody when the form field holds something other than an org id', async () => {
    expect(await findAssignees({ rule: { orgFromField: 'bank' }, applicant, data: { bank: { $ne: null } } })).toEqual(
      [],
    );
  });

  it('names users directly', async () => {
    expect(ids(await findAssignees({ rule: { users: ['chen', 'gone', 'zhang'] }, applicant, data: {} }))).toEqual([
      'chen',
      'zhang',
    ]);
  });

  it('gives an out-of-office person’s task to their substitute, on their behalf, only within the dates', async () => {
    const officers = await findAssignees({ rule: { org: 'org-firm', role: 'handler' }, applicant, data: {} });
    expect(officers.find((party) => party.onBehalfOf)).toEqual({
      userId: 'stand-in',
      displayName: 'stand-in',
      orgId: 'org-firm',
      orgName: '易普乐生物科技',
      onBehalfOf: { userId: 'away', displayName: 'away' },
    });
    const auditors = await findAssignees({ rule: { org: 'org-firm', role: 'auditor' }, applicant, data: {} });
    expect(auditors).toEqual([expect.objectContaining({ userId: 'back-later' })]);
    expect(auditors[0]).not.toHaveProperty('onBehalfOf');
  });

  it('keeps the task with the absent person when their substitute has since moved to another organisation', async () => {
    await UserModel.updateOne({ _id: 'stand-in' }, { orgId: 'org-bank' });
    try {
      const officers = await findAssignees({ rule: { org: 'org-firm', role: 'handler' }, applicant, data: {} });
      expect(officers.map((party) => [party.userId, party.onBehalfOf?.userId])).toEqual([['away', undefined]]);
    } finally {
      await UserModel.updateOne({ _id: 'stand-in' }, { orgId: 'org-firm' });
    }
  });
});
