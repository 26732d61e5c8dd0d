import { randomUUID } from 'node:crypto';
import type { FormDefinition } from '@tongban/forms';
import { compileFormModel, singleRuleCondition, type FormModel } from '@tongban/forms/designer';
import { definitionVersionRecord, FormVersionModel, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { CENTRE } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';

// 显示条件 and 必填条件 of a designed form on the real stack: the server refuses what the browser would not send or
// would ask for — a field required by its condition and missing, a value for a field its condition hides — with field
// errors, and stores what the browser sends when the conditions hold.
const stack = useTestStack();

const model: FormModel = {
  title: '奖补申请（条件）',
  closed: true,
  fields: [
    {
      uid: 'f1',
      key: 'applicationType',
      kind: 'radio',
      title: '申请类型',
      required: true,
      options: [
        { value: 'first', label: '首次申请' },
        { value: 'renewal', label: '续申' },
      ],
    },
    { uid: 'f2', key: 'amount', kind: 'amount', title: '申请金额（元）', required: true, minimum: 0 },
    {
      uid: 'f3',
      key: 'enterprise',
      kind: 'section',
      title: '企业情况',
      required: true,
      children: [
        { uid: 'f4', key: 'employees', kind: 'number', title: '职工人数', required: true, integer: true },
        {
          uid: 'f5',
          key: 'previousGrant',
          kind: 'textarea',
          title: '上次获补情况',
          required: false,
          requiredWhen: singleRuleCondition({ field: 'applicationType', operator: 'eq', value: 'renewal' }),
        },
      ],
    },
    {
      uid: 'f6',
      key: 'history',
      kind: 'textarea',
      title: '以往申请情况',
      required: true,
      visibleWhen: singleRuleCondition({ field: 'applicationType', operator: 'eq', value: 'renewal' }),
    },
    {
      uid: 'f7',
      key: 'reason',
      kind: 'textarea',
      title: '大额申请理由',
      required: false,
      requiredWhen: {
        combine: 'any',
        rules: [
          { field: 'amount', operator: 'gt', value: 1_000_000 },
          { field: 'enterprise.employees', operator: 'lt', value: 10 },
        ],
      },
    },
  ],
};

const compiled = compileFormModel(model);
const form: FormDefinition = {
  key: 'conditional-subsidy',
  version: 1,
  title: { zh: model.title, en: 'Subsidy application (conditions)' },
  schema: compiled.schema,
  uiSchema: compiled.uiSchema,
  example: {},
};

const process: ProcessDefinition = {
  key: 'conditional-subsidy',
  version: 1,
  name: { zh: '奖补申请（条件）' },
  form: { key: form.key, version: form.version },
  steps: [{ type: 'approval', id: 'review', name: { zh: '审核' }, assignees: { org: CENTRE._id, role: 'handler' } }],
};

beforeAll(async () => {
  await FormVersionModel.create(definitionVersionRecord(form, 'published'));
  await ProcessVersionModel.create(definitionVersionRecord(process, 'published'));
});

async function apply(data: Record<string, unknown>, status: number) {
  const qiye = await stack.signIn('qiye');
  return qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: process.key, data })
    .expect(status);
}

const first = { applicationType: 'first', amount: 200_000, enterprise: { employees: 120 } };

it('takes a first application without the fields its conditions leave out, and stores it as sent', async () => {
  const started = await apply(first, 201);
  const qiye = await stack.signIn('qiye');
  const detail = (await qiye.get(`/api/v1/requests/${started.body.id}`).expect(200)).body;
  expect(detail.data).toEqual(first);
});

it('refuses a value for a field its 显示条件 hides', async () => {
  const refused = await apply({ ...first, history: '2025 年申请过一次' }, 422);
  expect(refused.body.error.code).toBe('FORM_INVALID');
  expect(refused.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['/history']);
});

it('requires a shown field and each field whose 必填条件 holds, on the field, in a section too', async () => {
  const renewal = { ...first, applicationType: 'renewal', amount: 2_000_000 };
  const refused = await apply(renewal, 422);
  expect(refused.body.error.fields).toEqual(
    expect.arrayContaining([
      { path: '/history', message: '请填写“以往申请情况”' },
      { path: '/reason', message: '请填写“大额申请理由”' },
      { path: '/enterprise/previousGrant', message: '请填写“上次获补情况”' },
    ]),
  );
  expect(refused.body.error.fields).toHaveLength(3);
  const complete = {
    ...renewal,
    enterprise: { employees: 120, previousGrant: '2025 年获稳岗奖励 5 万元' },
    history: '2025 年申请过一次',
    reason: '新建产线，设备投资 800 万元',
  };
  await apply(complete, 201);
});

it('requires the reason when either rule of its OR group holds', async () => {
  const small = { ...first, enterprise: { employees: 8 } };
  const refused = await apply(small, 422);
  expect(refused.body.error.fields).toEqual([{ path: '/reason', message: '请填写“大额申请理由”' }]);
  await apply({ ...small, reason: '小微企业' }, 201);
});
