import { randomUUID } from 'node:crypto';
import type { FormDefinition } from '@tongban/forms';
import { definitionVersionRecord, FormVersionModel, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { CENTRE } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';

// Computed fields (公式) on the real stack: the server recomputes every formula, refuses a changed
// value with a field error, stores what the formulas give, and a step's `when` reads a computed total.
const stack = useTestStack();

const form: FormDefinition = {
  key: 'computed-relending',
  version: 1,
  title: { zh: '设备更新再贷款申请（公式）', en: 'Equipment relending (formulas)' },
  schema: {
    type: 'object',
    required: ['equipment'],
    additionalProperties: false,
    properties: {
      equipment: {
        type: 'array',
        title: '设备清单',
        minItems: 1,
        items: {
          type: 'object',
          required: ['quantity', 'unitPrice'],
          additionalProperties: false,
          properties: {
            quantity: { type: 'integer', title: '数量', minimum: 1 },
            unitPrice: { type: 'number', title: '单价（元）', multipleOf: 0.01 },
            subtotal: {
              type: 'number',
              title: '小计（元）',
              multipleOf: 0.01,
              readOnly: true,
              'x-formula': 'quantity * unitPrice',
            },
          },
        },
      },
      total: {
        type: 'number',
        title: '总投资（元）',
        multipleOf: 0.01,
        readOnly: true,
        'x-formula': 'SUM(equipment.subtotal)',
      },
      totalInWords: { type: 'string', title: '总投资大写', readOnly: true, 'x-formula': 'UPPERMONEY(total)' },
    },
  },
  uiSchema: {},
  example: {},
};

/** A 大额 review by the service centre only when the computed total is over one million yuan, then the bank. */
const process: ProcessDefinition = {
  key: 'computed-relending',
  version: 1,
  name: { zh: '设备更新再贷款（公式）' },
  form: { key: form.key, version: form.version },
  steps: [
    {
      type: 'approval',
      id: 'large-amount-review',
      name: { zh: '大额复核' },
      assignees: { org: CENTRE._id, role: 'handler' },
      when: { '>': [{ var: 'total' }, 1000000] },
    },
    {
      type: 'approval',
      id: 'bank-review',
      name: { zh: '银行审查' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
    },
  ],
};

beforeAll(async () => {
  await FormVersionModel.create(definitionVersionRecord(form, 'published'));
  await ProcessVersionModel.create(definitionVersionRecord(process, 'published'));
});

async function apply(data: Record<string, unknown>, status: number, language = 'zh-CN') {
  const qiye = await stack.signIn('qiye');
  return qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .set('Accept-Language', language)
    .send({ processKey: process.key, data })
    .expect(status);
}

async function detailOf(started: { body: { id: string } }) {
  const qiye = await stack.signIn('qiye');
  return (await qiye.get(`/api/v1/requests/${started.body.id}`).expect(200)).body;
}

const large = {
  equipment: [
    { quantity: 3, unitPrice: 333333.33, subtotal: 999999.99 },
    { quantity: 1, unitPrice: 0.1, subtotal: 0.1 },
    { quantity: 1, unitPrice: 0.2, subtotal: 0.2 },
  ],
  // 999999.99 + 0.1 + 0.2 is 1000000.2899999999 in doubles; the formula computes it in decimals.
  total: 1000000.29,
  totalInWords: '壹佰万元贰角玖分',
};

it('stores the computed values, and a step whose `when` reads the computed total runs', async () => {
  const detail = await detailOf(await apply(large, 201));
  expect(detail.currentStepNames).toEqual(['大额复核']);
  expect(detail.data).toEqual(large);
});

it('skips that step when the computed total is at most one million', async () => {
  const small = {
    equipment: [{ quantity: 2, unitPrice: 500000, subtotal: 1000000 }],
    total: 1000000,
    totalInWords: '壹佰万元整',
  };
  const detail = await detailOf(await apply(small, 201));
  expect(detail.currentStepNames).toEqual(['银行审查']);
  expect(detail.data).toEqual(small);
});

it('refuses a tampered total and a tampered row with field errors, in the caller’s language', async () => {
  const tampered = structuredClone(large);
  tampered.total = 999999;
  tampered.equipment[0]!.subtotal = 1;
  const refused = await apply(tampered, 422);
  expect(refused.body.error).toMatchObject({
    code: 'FORM_INVALID',
    fields: [
      { path: '/equipment/0/subtotal', message: '“小计（元）”由公式计算，应为 999999.99' },
      { path: '/total', message: '“总投资（元）”由公式计算，应为 1000000.29' },
    ],
  });
  const english = await apply({ ...large, totalInWords: '壹佰万元整' }, 422, 'en');
  expect(english.body.error.fields).toEqual([
    { path: '/totalInWords', message: '"总投资大写" is computed by its formula and must be "壹佰万元贰角玖分"' },
  ]);
});
