import request from 'supertest';
import { OrganisationModel, UserModel } from '@tongban/store';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// Organisations, accounts, the people search and the out-of-office substitute, through HTTP on the real stack.
const stack = useTestStack();

type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let admin: Agent;

beforeAll(async () => {
  admin = await stack.signIn('admin');
  await createUser({ username: 'tingzhi', displayName: '张停职', roles: ['handler'] });
  await UserModel.updateOne({ _id: demoUserId('tingzhi') }, { $set: { active: false } });
});

describe('organisations (admin)', () => {
  it('creates, finds, pages, changes and deletes an organisation', async () => {
    const created = await admin
      .post('/api/v1/organisations')
      .send({ id: 'org-yunmeng-tax', name: '云梦县税务局', nameEn: 'Yunmeng Tax Bureau', kind: 'department' })
      .expect(201);
    expect(created.headers.location).toBe('/api/v1/organisations/org-yunmeng-tax');
    expect(created.body).toEqual({
      id: 'org-yunmeng-tax',
      name: '云梦县税务局',
      nameEn: 'Yunmeng Tax Bureau',
      kind: 'department',
    });
    const again = await admin.post('/api/v1/organisations').send({ id: 'org-yunmeng-tax', name: 'x', kind: 'bank' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ORGANISATION_ID_TAKEN');

    const found = await admin.get('/api/v1/organisations?q=税务').expect(200);
    expect(found.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: 'org-yunmeng-tax' }] });
    // By the middle of its name, its English name in any case, as people type them.
    for (const q of ['县税务', 'TAX bureau', 'Ｔａｘ'])
      expect((await admin.get(`/api/v1/organisations?q=${encodeURIComponent(q)}`).expect(200)).body.items).toEqual([
        expect.objectContaining({ id: 'org-yunmeng-tax' }),
      ]);
    const banks = await admin.get('/api/v1/organisations?kind=bank').expect(200);
    expect(banks.body.items.map((org: { kind: string }) => org.kind)).toEqual(['bank']);
    const paged = await admin.get('/api/v1/organisations?pageSize=2&page=2').expect(200);
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.total).toBeGreaterThanOrEqual(6);

    const renamed = await admin
      .patch('/api/v1/organisations/org-yunmeng-tax')
      .send({ name: '国家税务总局云梦县税务局', nameEn: null, parentId: 'org-platform' })
      .expect(200);
    expect(renamed.body).toEqual({
      id: 'org-yunmeng-tax',
      name: '国家税务总局云梦县税务局',
      kind: 'department',
      parentId: 'org-platform',
    });
    // Found by any part of its new name and of its English one no longer, which was removed.
    const ids = async (q: string) =>
      (await admin.get(`/api/v1/organisations?q=${encodeURIComponent(q)}`).expect(200)).body.items.map(
        (org: { id: string }) => org.id,
      );
    expect(await ids('总局云梦')).toEqual(['org-yunmeng-tax']);
    expect(await ids('tax bureau')).toEqual([]);
    const unknownParent = await admin.patch('/api/v1/organisations/org-yunmeng-tax').send({ parentId: 'org-nowhere' });
    expect(unknownParent.status).toBe(422);
    expect(unknownParent.body.error.code).toBe('UNKNOWN_ORGANISATION');

    await admin.delete('/api/v1/organisations/org-yunmeng-tax').expect(204);
    await admin.get('/api/v1/organisations/org-yunmeng-tax').expect(404);
  });

  it('refuses to delete an organisation people belong to, and refuses bad input', async () => {
    const inUse = await admin.delete('/api/v1/organisations/org-yipule');
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('ORGANISATION_IN_USE');
    const invalid = await admin.post('/api/v1/organisations').send({ name: '', kind: 'ministry', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      '/',
      '/kind',
      '/name',
    ]);
    await admin.get('/api/v1/organisations/ORG%20bad').expect(404);
    expect((await admin.get('/api/v1/organisations?page=0')).status).toBe(400);
  });
});

describe('accounts (admin)', () => {
  it('creates a user who can sign in, and refuses a taken username or an unknown organisation', async () => {
    const created = await admin
      .post('/api/v1/users')
      .send({
        username: 'lisi',
        displayName: '李四',
        orgId: 'org-yunmeng-investment-centre',
        roles: ['handler', 'handler'],
        password: 'a-long-passphrase',
      })
      .expect(201);
    expect(created.body).toEqual({
      id: 'u-lisi',
      username: 'lisi',
      displayName: '李四',
      orgId: 'org-yunmeng-investment-centre',
      orgName: '云梦县招商服务中心',
      roles: ['handler'],
      active: true,
    });
    const stored = await UserModel.findById('u-lisi').lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    await request(stack.app)
      .post('/api/v1/auth/login')
      .send({ username: 'lisi', password: 'a-long-passphrase' })
      .expect(200);

    const taken = await admin
      .post('/api/v1/users')
      .send({ username: 'lisi', displayName: 'x', orgId: 'org-yipule', roles: [], password: 'another-passphrase' });
    expect(taken.body.error.code).toBe('USERNAME_TAKEN');
    const nowhere = await admin
      .post('/api/v1/users')
      .send({ username: 'wangwu', displayName: 'x', orgId: 'org-nowhere', roles: [], password: 'another-passphrase' });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.error.code).toBe('UNKNOWN_ORGANISATION');
    const weak = await admin
      .post('/api/v1/users')
      .send({ username: 'wangwu', displayName: 'x', orgId: 'org-yipule', roles: ['root'], password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      '/password',
      '/roles/0',
    ]);
    expect(await UserModel.exists({ username: 'wangwu' })).toBeNull();
  });

  it('a new password or deactivation ends the user’s sessions; an admin cannot lock themselves out', async () => {
    await createUser({ username: 'zhaoliu', roles: ['handler'] });
    const zhaoliu = await stack.signIn('zhaoliu');
    await zhaoliu.get('/api/v1/auth/me').expect(200);
    await admin
      .patch(`/api/v1/users/${demoUserId('zhaoliu')}`)
      .send({ password: 'a-new-passphrase' })
      .expect(200);
    await zhaoliu.get('/api/v1/auth/me').expect(401);

    const again = request.agent(stack.app);
    await again.post('/api/v1/auth/login').send({ username: 'zhaoliu', password: 'a-new-passphrase' }).expect(200);
    const deactivated = await admin
      .patch(`/api/v1/users/${demoUserId('zhaoliu')}`)
      .send({ active: false })
      .expect(200);
    expect(deactivated.body.active).toBe(false);
    await again.get('/api/v1/auth/me').expect(401);
    await request(stack.app)
      .post('/api/v1/auth/login')
      .send({ username: 'zhaoliu', password: 'a-new-passphrase' })
      .expect(401);

    const self = await admin.patch(`/api/v1/users/${demoUserId('admin')}`).send({ roles: ['supervisor'] });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('CANNOT_LOCK_OUT_SELF');
    await admin
      .patch(`/api/v1/users/${demoUserId('nobody')}`)
      .send({ displayName: 'x' })
      .expect(404);
  });

  it('lists every account to the admin, filtered by organisation, role and active', async () => {
    const inactive = await admin.get('/api/v1/users?active=false').expect(200);
    expect(inactive.body.items.map((user: { id: string }) => user.id)).toContain(demoUserId('tingzhi'));
    expect(inactive.body.items.every((user: { active: boolean }) => !user.active)).toBe(true);
    const applicants = await admin.get('/api/v1/users?org=org-yipule&role=applicant').expect(200);
    expect(applicants.body.items).toEqual([
      expect.objectContaining({ id: demoUserId('qiye'), username: 'qiye', active: true }),
    ]);
  });
});

describe('the people search (transfer and delegate pickers)', () => {
  it('shows staff their active colleagues who hold tasks, without account details', async () => {
    const zhaoshang = await stack.signIn('zhaoshang');
    const everyone = await zhaoshang.get('/api/v1/users?pageSize=100').expect(200);
    const ids = everyone.body.items.map((user: { id: string }) => user.id);
    expect(ids).toContain(demoUserId('yinhang'));
    expect(ids).not.toContain(demoUserId('qiye'));
    expect(ids).not.toContain(demoUserId('admin'));
    expect(ids).not.toContain(demoUserId('tingzhi'));
    expect(everyone.body.items.find((user: { id: string }) => user.id === demoUserId('yinhang'))).toEqual({
      id: demoUserId('yinhang'),
      displayName: '陈静',
      orgId: 'org-abc-yunmeng',
      orgName: '农行云梦支行',
      roles: ['bank_officer'],
    });
    const byName = await zhaoshang.get('/api/v1/users?q=陈').expect(200);
    expect(byName.body.items.map((user: { id: string }) => user.id)).toEqual([demoUserId('yinhang')]);
    const byOrg = await zhaoshang.get('/api/v1/users?org=org-abc-yunmeng').expect(200);
    expect(byOrg.body.total).toBe(1);
    // `.*` is searched for literally, not as a pattern.
    expect((await zhaoshang.get('/api/v1/users?q=.*').expect(200)).body.total).toBe(0);
    await zhaoshang.get(`/api/v1/users/${demoUserId('qiye')}`).expect(404);
  });

  it('shows enterprises staff only, for their forms’ person pickers (more in directory-pickers.test.ts)', async () => {
    const qiye = await stack.signIn('qiye');
    const ids = (await qiye.get('/api/v1/users?pageSize=100').expect(200)).body.items.map(
      (user: { id: string }) => user.id,
    );
    expect(ids).toContain(demoUserId('yinhang'));
    expect(ids).not.toContain(demoUserId('qiye2'));
  });
});

describe('out of office (代理人)', () => {
  it('sets, reads and clears the caller’s substitute on their user record', async () => {
    const zhaoshang = await stack.signIn('zhaoshang');
    expect((await zhaoshang.get('/api/v1/me/substitute').expect(200)).body).toEqual({ substitute: null });
    const colleague = demoUserId(
      await createUser({ username: 'centre-colleague', roles: ['handler', 'leader'], org: CENTRE }),
    );
    const substitute = { userId: colleague, from: '2026-12-01', to: '2026-12-05' };
    expect((await zhaoshang.put('/api/v1/me/substitute').send(substitute).expect(200)).body).toEqual({ substitute });
    expect((await zhaoshang.get('/api/v1/me/substitute').expect(200)).body).toEqual({ substitute });
    expect((await UserModel.findById(demoUserId('zhaoshang')).lean())?.substitute).toEqual(substitute);
    expect((await admin.get(`/api/v1/users/${demoUserId('zhaoshang')}`).expect(200)).body.substitute).toEqual(
      substitute,
    );
    await zhaoshang.delete('/api/v1/me/substitute').expect(204);
    expect((await UserModel.findById(demoUserId('zhaoshang')).lean())?.substitute).toBeUndefined();
  });

  it('refuses oneself, an enterprise user, a deactivated colleague, staff of another organisation, a backwards period and an impossible date', async () => {
    const zhaoshang = await stack.signIn('zhaoshang');
    const put = (body: object) => zhaoshang.put('/api/v1/me/substitute').set('Accept-Language', 'en').send(body);
    for (const userId of ['zhaoshang', 'qiye', 'tingzhi', 'nobody', 'yinhang'].map(demoUserId)) {
      const refused = await put({ userId, from: '2026-12-01', to: '2026-12-05' });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'SUBSTITUTE_INVALID', fields: [{ path: '/userId' }] });
    }
    const backwards = await put({ userId: demoUserId('centre-colleague'), from: '2026-12-05', to: '2026-12-01' });
    expect(backwards.body.error.fields).toEqual([{ path: '/to', message: 'ends before it starts' }]);
    expect((await put({ userId: demoUserId('centre-colleague'), from: '2026-02-30', to: '2026-03-01' })).status).toBe(
      400,
    );
    expect((await UserModel.findById(demoUserId('zhaoshang')).lean())?.substitute).toBeUndefined();
  });
});

describe('notification channels', () => {
  it('keeps each person’s channels, refusing a robot URL that is not a public group robot', async () => {
    const zhaoshang = await stack.signIn('zhaoshang');
    expect((await zhaoshang.get('/api/v1/me/notification-preferences').expect(200)).body).toEqual({ mutedKinds: [] });
    const chosen = {
      email: { enabled: true, address: 'zhangwei@yunmeng.gov.cn' },
      robot: { enabled: true, url: 'https://oapi.dingtalk.com/robot/send?access_token=abc' },
      mutedKinds: ['reminder', 'reminder'],
    };
    const saved = await zhaoshang.put('/api/v1/me/notification-preferences').send(chosen).expect(200);
    expect(saved.body).toEqual({ ...chosen, mutedKinds: ['reminder'] });
    expect((await UserModel.findById(demoUserId('zhaoshang')).lean())?.notificationPreferences).toEqual(saved.body);

    for (const url of [
      'http://oapi.dingtalk.com/robot/send',
      'https://169.254.169.254/latest/meta-data',
      'https://oapi.dingtalk.com.evil.example/robot',
      'https://user:pass@qyapi.weixin.qq.com/cgi-bin/webhook/send',
    ]) {
      const refused = await zhaoshang
        .put('/api/v1/me/notification-preferences')
        .send({ robot: { enabled: true, url }, mutedKinds: [] });
      expect([url, refused.status]).toEqual([url, 400]);
    }
    const badPhone = await zhaoshang
      .put('/api/v1/me/notification-preferences')
      .send({ sms: { enabled: true, phone: '12345' }, mutedKinds: [] });
    expect(badPhone.body.error.fields[0].path).toBe('/sms/phone');
    expect((await zhaoshang.get('/api/v1/me/notification-preferences').expect(200)).body).toEqual(saved.body);
  });
});

describe('the audit log’s 操作人 filter', () => {
  it('lets an auditor and a supervisor find anyone on the trail by name, with directory fields only', async () => {
    for (const role of ['auditor', 'supervisor'] as const) {
      const reader = await stack.signIn(await createUser({ username: `trail-${role}`, roles: [role] }));
      const found = (await reader.get('/api/v1/users?q=王丽').expect(200)).body.items;
      expect(found.map((user: { id: string }) => user.id)).toContain(demoUserId('qiye'));
      for (const user of found)
        expect(Object.keys(user).sort()).toEqual(['displayName', 'id', 'orgId', 'orgName', 'roles']);
    }
  });
});

describe('the window clerk finds the enterprise to file for', () => {
  it('by its 统一社会信用代码 as well as its name, then only that enterprise’s contacts', async () => {
    const enterprise = (id: string, name: string, creditCode: string) => ({
      _id: id,
      name,
      nameEn: name,
      kind: 'enterprise' as const,
      creditCode,
    });
    const hengtong = enterprise('org-window-hengtong', '恒通机械', '91420921MA4F2PH8AJ');
    const hengyuan = enterprise('org-window-hengyuan', '恒远机械', '91420900MA49KQ3U1Q');
    await OrganisationModel.create([hengtong, hengyuan]);
    // Two contacts of the same name, one at each.
    await createUser({ username: 'zhouqiang-a', displayName: '周强', roles: ['applicant'], org: hengtong });
    await createUser({ username: 'zhouqiang-b', displayName: '周强', roles: ['applicant'], org: hengyuan });
    const clerk = await stack.signIn(await createUser({ username: 'window-clerk', roles: ['window'] }));

    for (const q of ['91420921MA4F2PH8AJ', '91420921ma4f2ph8aj', '恒通']) {
      const found = (await clerk.get('/api/v1/organisations').query({ q, kind: 'enterprise' }).expect(200)).body;
      expect([q, found.items]).toEqual([
        q,
        [expect.objectContaining({ id: hengtong._id, creditCode: hengtong.creditCode })],
      ]);
    }
    const contacts = (
      await clerk.get('/api/v1/users').query({ q: '周强', role: 'applicant', org: hengtong._id }).expect(200)
    ).body.items;
    expect(contacts.map((user: { id: string }) => user.id)).toEqual([demoUserId('zhouqiang-a')]);
  });
});
