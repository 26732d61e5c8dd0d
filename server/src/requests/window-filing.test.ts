import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm, type FormDefinition } from '@tongban/forms';
import {
  AuditEventModel,
  auditEventId,
  OrganisationModel,
  RequestProjectionModel,
  UserModel,
  WindowFilingModel,
} from '@tongban/store';
import { loanRenewalProcess, type ProcessDefinition } from '@tongban/workflows';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';
import { publishIfMissing } from '../seed/seed-catalogue';

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

/** A form whose enterprise fields prefill from the organisation (as the designer sets them), on the loan-renewal steps. */
const enterpriseForm: FormDefinition = {
  key: 'window-enterprise-form',
  version: 1,
  title: { zh: '企业事项申请表' },
  schema: {
    type: 'object',
    required: ['enterpriseName', 'creditCode', 'purpose'],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称' },
      creditCode: { type: 'string', title: '统一社会信用代码', format: 'cn-credit-code' },
      legalRepresentative: { type: 'string', title: '法定代表人' },
      purpose: { type: 'string', title: '事由' },
    },
  },
  uiSchema: {
    enterpriseName: { 'ui:options': { prefill: 'org.name' } },
    creditCode: { 'ui:options': { prefill: 'org.creditCode' } },
    legalRepresentative: { 'ui:options': { prefill: 'org.legalRepresentative' } },
  },
  example: {},
};
const YIPULE_PROFILE = { creditCode: '91420921MA4F2PH8AJ', legalRepresentative: '王建国' };

it('refuses a filing whose enterprise fields disagree with the enterprise picked, field by field, and writes nothing', async () => {
  await publishIfMissing([enterpriseForm], 'forms');
  const process: ProcessDefinition = {
    ...loanRenewalProcess,
    key: 'window-enterprise',
    form: { key: enterpriseForm.key, version: 1 },
  };
  await publishIfMissing([process], 'processes');
  await OrganisationModel.updateOne({ _id: 'org-yipule' }, { $set: YIPULE_PROFILE });
  const fileEnterpriseForm = (data: Record<string, unknown>, language = 'zh-CN') =>
    clerk
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .set('Accept-Language', language)
      .send({ processKey: 'window-enterprise', data, onBehalfOf: { userId: demoUserId('qiye') } });
  const filingsBefore = await WindowFilingModel.countDocuments();
  const requestsBefore = await RequestProjectionModel.countDocuments();

  // 英联科技's credit code, while filing for 易普乐: the wrong company.
  const wrongCompany = await fileEnterpriseForm({
    enterpriseName: '英联科技',
    creditCode: '91420902MA4D8LW6XW',
    legalRepresentative: '王建国',
    purpose: '申请奖补',
  });
  expect(wrongCompany.status).toBe(422);
  expect(wrongCompany.body.error).toMatchObject({
    code: 'FORM_INVALID',
    fields: [
      {
        path: '/enterpriseName',
        message: '“企业名称”与所代办企业（易普乐生物科技）的登记信息不一致，登记为“易普乐生物科技”',
      },
      {
        path: '/creditCode',
        message: '“统一社会信用代码”与所代办企业（易普乐生物科技）的登记信息不一致，登记为“91420921MA4F2PH8AJ”',
      },
    ],
  });
  const inEnglish = await fileEnterpriseForm(
    { enterpriseName: '易普乐生物科技', creditCode: '91420921MA4F2PH8AJ', legalRepresentative: '李四', purpose: 'x' },
    'en',
  );
  expect(inEnglish.body.error.fields).toEqual([
    {
      path: '/legalRepresentative',
      message: '"法定代表人" does not match the enterprise filed for (易普乐生物科技), whose record says "王建国"',
    },
  ]);
  expect(await WindowFilingModel.countDocuments()).toBe(filingsBefore);
  expect(await RequestProjectionModel.countDocuments()).toBe(requestsBefore);

  // What the profile says files for it; a field left empty disagrees with nothing.
  const agreeing = await fileEnterpriseForm({
    enterpriseName: '易普乐生物科技',
    creditCode: '91420921MA4F2PH8AJ',
    purpose: '申请奖补',
  }).expect(201);
  const seen = (await clerk.get(`/api/v1/requests/${agreeing.body.id}`).expect(200)).body;
  expect(seen).toMatchObject({ applicant: { orgId: 'org-yipule' }, filedBy: { displayName: '窗口小刘' } });
});
