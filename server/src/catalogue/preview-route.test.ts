import { loanRenewalApplicationForm, subsidyApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { useTestStack } from '../../test/test-stack';
import { seedCatalogue } from '../seed/seed-catalogue';

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
  // The whole city: 奖补申请 and the bureau's and finance's people.
  await seedCatalogue();
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

it('goes on past 公示 to 财政局拨付, with the people of each step and deadlines that add up in order', async () => {
  const jinsheng = await stack.signIn('jinsheng');
  const { body } = await jinsheng
    .post('/api/v1/processes/subsidy-application/route-preview')
    .send({ data: subsidyApplicationForm.example })
    .expect(200);
  const steps = body.steps as { stepId: string; type: string; dueAt?: string; people: { userId: string }[] }[];
  expect(steps.map((step) => [step.stepId, step.type, step.people.map((person) => person.userId)])).toEqual([
    ['bureau-review', 'approval', ['u-jxj']],
    ['bureau-decision', 'approval', ['u-jxj-leader']],
    ['public-notice', 'wait', []],
    ['payment', 'fill', ['u-czj']],
  ]);
  // Whatever today is: each deadline comes after the one before it (the exact dates are the engine's test).
  const deadlines = steps.map((step) => Date.parse(step.dueAt!));
  expect(deadlines.every((deadline) => Number.isFinite(deadline))).toBe(true);
  expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
  expect(new Set(deadlines).size).toBe(deadlines.length);
});
