import { AuditEventModel } from '@tongban/store';
import { useTestStack } from '../../test/test-stack';

// An enterprise's profile (统一社会信用代码, 住所, 法定代表人, 联系电话), kept by administrators, through HTTP.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let admin: Agent;

beforeAll(async () => {
  admin = await stack.signIn('admin');
});

const PROFILE = {
  creditCode: '91420923MA4F5XK27X',
  address: '湖北省孝感市云梦县城关镇楚王城大道 88 号',
  legalRepresentative: '陈国华',
  contactPhone: '0712-4321678',
};

it('keeps an enterprise’s profile: created with it, changed, and a field removed with null', async () => {
  const created = await admin
    .post('/api/v1/organisations')
    .send({ id: 'org-profile-huarui', name: '云梦县华瑞汽车零部件有限公司', kind: 'enterprise', ...PROFILE })
    .expect(201);
  expect(created.body).toEqual({
    id: 'org-profile-huarui',
    name: '云梦县华瑞汽车零部件有限公司',
    kind: 'enterprise',
    ...PROFILE,
  });

  // A code typed in lower case is the same code.
  const changed = await admin
    .patch('/api/v1/organisations/org-profile-huarui')
    .send({ creditCode: '91420923ma4f5xk27x', legalRepresentative: '陈刚', contactPhone: null })
    .expect(200);
  const { contactPhone: _removed, ...rest } = PROFILE;
  expect(changed.body).toEqual({
    id: 'org-profile-huarui',
    name: '云梦县华瑞汽车零部件有限公司',
    kind: 'enterprise',
    ...rest,
    legalRepresentative: '陈刚',
  });
  // The administration chain says what changed.
  const entries = await AuditEventModel.find({
    action: 'organisation_updated',
    'object.id': 'org-profile-huarui',
  }).lean();
  expect(entries.map((entry) => entry.detail)).toContainEqual(
    expect.objectContaining({
      changes: {
        legalRepresentative: { before: '陈国华', after: '陈刚' },
        contactPhone: { before: '0712-4321678', after: null },
      },
    }),
  );
});

it('refuses a credit code whose check character does not match, and a telephone that is no number, in Chinese', async () => {
  const refused = await admin
    .post('/api/v1/organisations')
    .send({
      id: 'org-profile-typo',
      name: '错码企业',
      kind: 'enterprise',
      creditCode: '91420923MA4F5XK27Y',
      contactPhone: '12345',
    })
    .expect(400);
  expect(refused.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      {
        path: '/creditCode',
        message: '“统一社会信用代码”不是有效的统一社会信用代码（18 位，末位校验码不符或含 I、O、S、V、Z）',
      },
      { path: '/contactPhone', message: expect.stringContaining('不是有效的手机号码或固定电话') },
    ],
  });
  await admin.get('/api/v1/organisations/org-profile-typo').expect(404);

  const english = await admin
    .patch('/api/v1/organisations/org-profile-huarui')
    .set('Accept-Language', 'en')
    .send({ creditCode: '91420923MA4F5XK27Y' })
    .expect(400);
  expect(english.body.error.fields).toEqual([
    {
      path: '/creditCode',
      message:
        '"Unified social credit code" is not a valid unified social credit code (18 characters with a matching check character)',
    },
  ]);
  expect((await admin.get('/api/v1/organisations/org-profile-huarui').expect(200)).body.creditCode).toBe(
    PROFILE.creditCode,
  );
});

it('refuses a credit code another organisation holds: one code names one legal entity', async () => {
  const taken = await admin
    .post('/api/v1/organisations')
    .send({ name: '另一家公司', kind: 'enterprise', creditCode: PROFILE.creditCode })
    .expect(409);
  expect(taken.body.error.code).toBe('CREDIT_CODE_TAKEN');
  // Saving its own code again is no conflict.
  await admin.patch('/api/v1/organisations/org-profile-huarui').send({ creditCode: PROFILE.creditCode }).expect(200);
});
