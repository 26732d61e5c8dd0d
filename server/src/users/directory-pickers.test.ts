import { UserModel } from '@tongban/store';
import { createUser, OTHER_DEPARTMENT } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// The 单位 / 人员 pickers of a designed form, for the applicant who fills it (and the window clerk filling for
// them), through HTTP on the real stack: departments, banks and their own organisation; staff who hold tasks by
// name, organisation and roles only; never another enterprise or its people.
const stack = useTestStack();

type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let qiye: Agent;

/** qiye2's enterprise, from the seed (the factory only creates an organisation that is missing). */
const ANOTHER_ENTERPRISE = { _id: 'org-yinglian', name: '英联科技', nameEn: 'Yinglian Technology', kind: 'enterprise' };
const DIRECTORY_KEYS = ['displayName', 'id', 'orgId', 'orgName', 'roles'];

beforeAll(async () => {
  qiye = await stack.signIn('qiye');
  // Contact details a handler chose for notifications: they must never show in the directory.
  await UserModel.updateOne(
    { _id: demoUserId('zhaoshang') },
    {
      $set: {
        notificationPreferences: {
          email: { enabled: true, address: 'zhaoshang@example.gov.cn' },
          sms: { enabled: true, phone: '13800138000' },
          mutedKinds: [],
        },
      },
    },
  );
  // Someone of another enterprise who also holds a task role: still one of that enterprise's people.
  await createUser({
    username: 'yinglian-caiwu',
    displayName: '英联财务',
    roles: ['applicant', 'handler'],
    org: ANOTHER_ENTERPRISE as unknown as typeof OTHER_DEPARTMENT,
  });
  await createUser({ username: 'lizhi', displayName: '离职办理人', roles: ['handler'] });
  await UserModel.updateOne({ _id: demoUserId('lizhi') }, { $set: { active: false } });
});

describe('an applicant’s organisation picker', () => {
  it('lists departments and banks, and its own organisation, never another enterprise', async () => {
    const departments = (await qiye.get('/api/v1/organisations?kind=department&pageSize=100').expect(200)).body;
    expect(departments.items.length).toBeGreaterThan(0);
    expect(departments.items.map((org: { id: string }) => org.id)).toContain('org-yunmeng-investment-centre');
    expect(new Set(departments.items.map((org: { kind: string }) => org.kind))).toEqual(new Set(['department']));

    const banks = (await qiye.get('/api/v1/organisations?kind=bank&q=农行').expect(200)).body;
    expect(banks.items.map((org: { id: string }) => org.id)).toContain('org-abc-yunmeng');

    const enterprises = (await qiye.get('/api/v1/organisations?kind=enterprise').expect(200)).body;
    expect(enterprises).toMatchObject({ total: 1, items: [{ id: 'org-yipule' }] });

    const all = (await qiye.get('/api/v1/organisations?pageSize=100').expect(200)).body;
    const ids = all.items.map((org: { id: string }) => org.id);
    expect(ids).toContain('org-yipule');
    expect(ids).not.toContain('org-yinglian');
    expect(all.total).toBe(all.items.length);

    // Found by name or asked for by id, the other enterprise does not exist for this caller.
    expect((await qiye.get('/api/v1/organisations?q=英联').expect(200)).body.items).toEqual([]);
    const other = await qiye.get('/api/v1/organisations/org-yinglian').expect(404);
    expect(other.body.error.code).toBe('ORGANISATION_NOT_FOUND');
    await qiye.get('/api/v1/organisations/org-yipule').expect(200);
    await qiye.get('/api/v1/organisations/org-abc-yunmeng').expect(200);
  });
});

describe('an applicant’s person picker', () => {
  it('lists active staff who hold tasks, with name, organisation and roles only', async () => {
    const found = await qiye.get('/api/v1/users?pageSize=100').expect(200);
    const people = found.body.items as { id: string; roles: string[] }[];
    expect(people.map((person) => person.id)).toEqual(expect.arrayContaining([demoUserId('zhaoshang')]));
    for (const person of people) {
      expect(Object.keys(person).sort()).toEqual(DIRECTORY_KEYS);
      expect(person.roles).not.toContain('applicant');
    }
    // Nothing personal anywhere in the answer: no username, account state, e-mail or phone.
    expect(found.text).not.toMatch(/13800138000|example\.gov\.cn|"username"|"active"|"substitute"/);
    expect(people.map((person) => person.id)).not.toContain(demoUserId('lizhi'));

    const zhaoshang = await qiye.get(`/api/v1/users/${demoUserId('zhaoshang')}`).expect(200);
    expect(zhaoshang.body).toEqual({
      id: demoUserId('zhaoshang'),
      displayName: expect.any(String),
      orgId: 'org-yunmeng-investment-centre',
      orgName: '云梦县招商服务中心',
      roles: ['handler'],
    });
  });

  it('never shows an enterprise’s people, nor finds anyone by username', async () => {
    const applicants = (await qiye.get('/api/v1/users?role=applicant').expect(200)).body;
    expect(applicants).toMatchObject({ total: 0, items: [] });
    for (const id of [demoUserId('qiye2'), demoUserId('yinglian-caiwu'), demoUserId('lizhi')]) {
      const response = await qiye.get(`/api/v1/users/${id}`).expect(404);
      expect(response.body.error.code).toBe('USER_NOT_FOUND');
    }
    expect((await qiye.get('/api/v1/users?q=英联').expect(200)).body.items).toEqual([]);
    // Usernames are not shown to applicants, so they cannot search by them either; the administrator can.
    expect((await qiye.get('/api/v1/users?q=zhaoshang').expect(200)).body.items).toEqual([]);
    const admin = await stack.signIn('admin');
    const byUsername = (await admin.get('/api/v1/users?q=zhaoshang').expect(200)).body.items;
    expect(byUsername).toMatchObject([{ id: demoUserId('zhaoshang'), username: 'zhaoshang', active: true }]);
  });

  it('is the same for the other enterprise: qiye stays as private to it', async () => {
    const qiye2 = await stack.signIn('qiye2');
    const ids = (await qiye2.get('/api/v1/users?pageSize=100').expect(200)).body.items.map(
      (person: { id: string }) => person.id,
    );
    expect(ids).toContain(demoUserId('zhaoshang'));
    expect(ids).not.toContain(demoUserId('qiye'));
    const orgs = (await qiye2.get('/api/v1/organisations?kind=enterprise').expect(200)).body.items;
    expect(orgs.map((org: { id: string }) => org.id)).toEqual(['org-yinglian']);
  });
});

describe('a window clerk filling for an applicant', () => {
  it('finds the enterprise’s applicants and the staff a form’s person picker needs, directory fields only', async () => {
    await createUser({ username: 'chuangkou-t', displayName: '窗口人员', roles: ['window'] });
    const clerk = await stack.signIn('chuangkou-t');
    const applicants = (await clerk.get('/api/v1/users?role=applicant&pageSize=100').expect(200)).body.items;
    expect(applicants.map((person: { id: string }) => person.id)).toContain(demoUserId('qiye'));
    const staff = (await clerk.get('/api/v1/users?role=handler&pageSize=100').expect(200)).body.items;
    expect(staff.map((person: { id: string }) => person.id)).toContain(demoUserId('zhaoshang'));
    for (const person of [...applicants, ...staff]) expect(Object.keys(person).sort()).toEqual(DIRECTORY_KEYS);
  });
});
