import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { AuditEventModel, auditEventId, UserModel, WindowFilingModel } from '@tongban/store';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// 窗口受理 / 代办: staff at a service window file a request for an enterprise, through HTTP on the real stack.
const stack = useTestStack();
const example = loanRenewalApplicationForm.example;
const SERVICE_CENTRE = {
  _id: 'org-yunmeng-government-service-centre',
  name: '云梦县政务服务中心',
  nameEn: 'Yunmeng County Government Service Centre',
  kind: 'department' as const,
};
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let clerk: Agent;

beforeAll(async () => {
  clerk = await stack.signIn(
    await createUser({ username: 'chuangkou', displayName: '窗口小刘', roles: ['window'], org: SERVICE_CENTRE }),
  );
});

const fileFor = (agent: Agent, userId: string) =>
  agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: example, onBehalfOf: { userId } });

it('finds the enterprise’s people first, by name, and only them among the directory', async () => {
  const ids = async (q: string) =>
    (
      (await clerk.get(`/api/v1/users?q=${encodeURIComponent(q)}&role=applicant`).expect(200)).body.items as {
        id: string;
      }[]
    ).map((user) => user.id);
  expect(await ids('王丽')).toEqual([demoUserId('qiye')]);
  expect(await ids('周强')).toEqual([demoUserId('qiye2')]);
  // Staff are not whom a clerk files for, and usernames are not searched by those who do not see them.
  expect(await ids('张伟')).toEqual([]);
  expect(await ids('qiye')).toEqual([]);
});

it('files for the enterprise: it is the applicant’s request, and the record and the audit name the clerk', async () => {
  expect((await clerk.get('/api/v1/processes').expect(200)).body.items.length).toBeGreaterThan(0);
  const started = await fileFor(clerk, demoUserId('qiye')).expect(201);
  const requestId = started.body.id as string;

  const qiye = await stack.signIn('qiye');
  const seenByEnterprise = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
  const filedBy = {
    userId: demoUserId('chuangkou'),
    displayName: '窗口小刘',
    orgId: SERVICE_CENTRE._id,
    orgName: '云梦县政务服务中心',
  };
  expect(seenByEnterprise).toMatchObject({
    applicant: { userId: demoUserId('qiye'), orgId: 'org-yipule', orgName: '易普乐生物科技' },
    filedBy,
  });
  expect((await clerk.get(`/api/v1/requests/${requestId}`).expect(200)).body.filedBy).toEqual(filedBy);
  await (await stack.signIn('qiye2')).get(`/api/v1/requests/${requestId}`).expect(404);

  // 我发起 for both the clerk who filed it and the person it was filed for.
  const clerksOwn = (await clerk.get('/api/v1/requests?started=me').expect(200)).body.items;
  expect(clerksOwn.map((request: { id: string }) => request.id)).toEqual([requestId]);
  expect(clerksOwn[0].filedBy).toEqual(filedBy);
  const enterprisesOwn = (await qiye.get('/api/v1/requests?started=me').expect(200)).body.items;
  expect(enterprisesOwn.map((request: { id: string }) => request.id)).toContain(requestId);

  // The submission in the hash chain: the applicant acted, the clerk filed it.
  const submission = await AuditEventModel.findById(auditEventId(requestId, 1)).lean();
  expect(submission).toMatchObject({ action: 'submit', actor: { userId: demoUserId('qiye') }, detail: { filedBy } });
  const auditor = await stack.signIn(await createUser({ username: 'shenji', roles: ['auditor'] }));
  expect((await auditor.get(`/api/v1/audit/verify?requestId=${requestId}`).expect(200)).body.ok).toBe(true);

  // The enterprise owns it: it can withdraw it; the clerk cannot.
  await clerk.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'withdraw' }).expect(403);
  await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'withdraw' }).expect(200);
});

it('files only for an active enterprise applicant, and only from a window', async () => {
  await createUser({ username: 'tingyong', roles: ['applicant'], org: { ...SERVICE_CENTRE } });
  await UserModel.updateOne({ _id: demoUserId('tingyong') }, { $set: { active: false } });
  for (const userId of ['zhaoshang', 'tingyong', 'nobody'].map(demoUserId)) {
    const refused = await fileFor(clerk, userId);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'APPLICANT_INVALID']);
  }
  expect(await WindowFilingModel.countDocuments()).toBe(1);

  const forOneself = await clerk
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: example });
  expect(forOneself.status).toBe(403);
  const qiye = await stack.signIn('qiye');
  expect((await fileFor(qiye, demoUserId('qiye2'))).status).toBe(403);
});
