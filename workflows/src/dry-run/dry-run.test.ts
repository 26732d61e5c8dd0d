import type { ProcessDefinition } from '../dsl/process-definition';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { dryRun } from './dry-run';

// The dry run on the real time-skipping test server started by the jest harness.

const definition: ProcessDefinition = {
  key: 'dry-run-sample',
  version: 1,
  name: { zh: '试运行样例' },
  form: { key: 'sample', version: 1 },
  sla: { workingDays: 8 },
  steps: [
    {
      type: 'approval',
      id: 'review',
      name: { zh: '受理审查' },
      assignees: { org: 'org-centre', role: 'handler' },
      sla: { workingDays: 2, onTimeout: 'escalate' },
    },
    {
      type: 'branch',
      id: 'by-amount',
      name: { zh: '按金额' },
      branches: [
        {
          id: 'large',
          name: { zh: '大额' },
          when: { '>': [{ var: 'amount' }, 10_000_000] },
          steps: [
            {
              type: 'approval',
              id: 'upper-approval',
              name: { zh: '上级行审批' },
              assignees: { org: 'org-upper-bank', role: 'bank_officer' },
              mode: 'all',
            },
          ],
        },
      ],
    },
    { type: 'wait', id: 'notice', name: { zh: '公示' }, workingDays: 5 },
  ],
};

it('reports each case’s path, warnings, escalations and working days, with weeks of timers in seconds', async () => {
  const [small, large] = await dryRun(definition, {
    testServerPath: process.env.TEMPORAL_TEST_SERVER_PATH!,
    actAfterWorkingDays: 3,
    cases: [
      { name: '小额', data: { amount: 1_000_000 } },
      { name: '大额', data: { amount: 50_000_000 } },
    ],
  });
  expect(small!.status).toBe('completed');
  expect(small!.path.map((step) => step.stepId)).toEqual(['review', 'notice']);
  expect(large!.path.map((step) => step.stepId)).toEqual(['review', 'upper-approval', 'notice']);

  // Handlers take 3 working days on a 2-day step: 黄牌 and an escalation to a leader, who then decides.
  expect(small!.warnings).toEqual(expect.arrayContaining(['review:remind', 'review:yellow_card']));
  expect(small!.escalations).toEqual(['review']);
  const review = small!.path[0]!;
  expect(review).toMatchObject({
    clockLevel: 'yellow',
    dueAt: createWorkingCalendar().deadlineAfterWorkingDays(review.startedAt!, 2),
  });
  // 3 working days of review, then a 5-working-day notice.
  expect(small!.workingDays).toBeGreaterThanOrEqual(7);
  // The large case waits 3 more working days for the upper branch: past the whole request's 8 days.
  expect(large!.workingDays!).toBeGreaterThan(small!.workingDays!);
  expect(large!.warnings).toEqual(expect.arrayContaining(['request:yellow_card']));
});
