import { loanRenewalApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { useTestStack } from '../../test/test-stack';

// 流程预测 through HTTP: the same engine and the same people lookup as a real request.
const stack = useTestStack();

const routed: ProcessDefinition = {
  key: 'routed-renewal',
  version: 1,
  name: { zh: '续贷（流程预测）' },
  form: { key: loanRenewalApplicationForm.key, version: loanRenewalApplicationForm.version },
  steps: [
    {
      type: 'approval',
      id: 'centre',
      name: { zh: '中心受理' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      sla: { workingDays: 1 },
    },
    {
      type: 'approval',
      id: 'upper',
      name: { zh: '上级行特批' },
      when: { '>=': [{ var: 'renewalAmount' }, 10_000_000] },
      assignees: { orgFromField: 'bank', role: 'bank_officer' },
    },
    { type: 'cc', id: 'copy', name: { zh: '抄送银行' }, assignees: { orgFromField: 'bank', role: 'bank_officer' } },
  ],
};

beforeAll(async () => {
  await ProcessVersionModel.create(definitionVersionRecord(routed, 'published', new Date()));
});

it('lists the steps this data leads through, with the people who would handle them today', async () => {
  const qiye = await stack.signIn('qiye');
  const preview = (data: Record<string, unknown>) =>
    qiye.post('/api/v1/processes/routed-renewal/route-preview').send({ data }).expect(200);

  const small = (await preview(loanRenewalApplicationForm.example)).body;
  expect(small.steps.map((step: { stepId: string }) => step.stepId)).toEqual(['centre', 'copy']);
  expect(small.steps[0]).toMatchObject({
    name: '中心受理',
    type: 'approval',
    dueAt: expect.any(String),
    people: [expect.objectContaining({ userId: 'u-zhaoshang', orgName: '云梦县招商服务中心' })],
  });
  const large = (await preview({ ...loanRenewalApplicationForm.example, renewalAmount: 20_000_000 })).body;
  expect(large.steps.map((step: { stepId: string }) => step.stepId)).toEqual(['centre', 'upper', 'copy']);
  expect(large.steps[1].people).toEqual([expect.objectContaining({ userId: 'u-yinhang' })]);
  // Nothing was started.
  expect((await qiye.get('/api/v1/requests').expect(200)).body.items).toEqual([]);
});

it('answers 404 for a process that is not published and 403 for someone who cannot start one', async () => {
  const qiye = await stack.signIn('qiye');
  const missing = await qiye.post('/api/v1/processes/no-such-process/route-preview').send({ data: {} });
  expect(missing.status).toBe(404);
  const zhaoshang = await stack.signIn('zhaoshang');
  expect((await zhaoshang.post('/api/v1/processes/routed-renewal/route-preview').send({ data: {} })).status).toBe(403);
});
