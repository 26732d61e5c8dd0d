import { randomUUID } from 'node:crypto';
import { growthPointMonthlyReportForm } from '@tongban/forms';
import { OrganisationModel, TaskProjectionModel } from '@tongban/store';
import { growthPointRequestId, TASK_QUEUE, type growthPointRound } from '@tongban/workflows';
import { useTimeSkippingStack } from './time-skipping-stack';

// 重大增长点监测 on the time-skipping server: the monthly round opens a report
// request for every monitored enterprise; a missing report is reminded after
// 3 working days and escalated to the 包保 official after 5.
const stack = useTimeSkippingStack();
jest.setTimeout(360_000);

async function runRound(reportMonth: string) {
  return stack.temporal.workflow.execute<typeof growthPointRound>('growthPointRound', {
    workflowId: `growth-point-round-${randomUUID()}`,
    taskQueue: TASK_QUEUE,
    args: [{ reportMonth, indexSearchAttributes: false }],
  });
}

// Every enterprise the seed monitors (306 in 34 包保组): the round is tested at the size it runs at.
let monitored: number;

beforeAll(async () => {
  monitored = await OrganisationModel.countDocuments({ 'growthPoint.groupId': { $exists: true } });
});

it('opens one report per monitored enterprise, once, and escalates the missing ones to their 包保 official', async () => {
  const reportMonth = '2026-10';
  expect(monitored).toBe(306);
  const first = await runRound(reportMonth);
  expect(first).toEqual({ reportMonth, opened: monitored, alreadyOpen: 0 });
  // A rerun of the same month (a retried schedule action) opens nothing twice.
  expect(await runRound(reportMonth)).toEqual({ reportMonth, opened: 0, alreadyOpen: monitored });

  // Each request writes its own projections; wait until every enterprise has its task.
  const deadline = Date.now() + 240_000;
  while (
    (await TaskProjectionModel.countDocuments({ processKey: 'growth-point-monitoring', status: 'open' })) < monitored
  ) {
    if (Date.now() > deadline) throw new Error('the round’s requests were not all projected in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  // gp001 reports on time through the API: their task is in their inbox.
  const onTime = growthPointRequestId(reportMonth, 'org-gp-001');
  const gp001 = await stack.signIn('gp001');
  const inbox = await gp001.get('/api/v1/tasks?status=open').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === onTime)!;
  expect(task).toBeDefined();
  const report = { ...growthPointMonthlyReportForm.example, reportMonth };
  const reported = await gp001
    .post(`/api/v1/tasks/${task.id}/actions`)
    .send({ action: 'approve', data: report })
    .expect(200);
  expect(reported.body.request.status).toBe('completed');

  // gp002 does not report.
  const late = growthPointRequestId(reportMonth, 'org-gp-002');
  const handle = stack.env.client.workflow.getHandle(late);
  type Clocked = { timeline: { action: string }[]; steps: { clock?: { remindAt: string; dueAt: string } }[] };
  const clock = (await handle.query<Clocked>('state')).steps[0]!.clock!;
  // 3 working days: reminded; 5: escalated. Sleep to an hour past the deadline, whatever the calendar in between.
  await stack.env.sleep(Date.parse(clock.dueAt) + 3_600_000 - (await stack.env.currentTimeMs()));
  const actions = (await handle.query<Clocked>('state')).timeline.map((entry) => entry.action);
  expect(actions).toEqual(['submit', 'remind', 'yellow_card', 'escalate']);

  // The escalation went to the leader of gp002's 包保组: baobao01.
  const org = await OrganisationModel.findById('org-gp-002').lean();
  expect(org?.growthPoint?.groupId).toBe('org-gp-group-01');
  const official = await stack.signIn('baobao01');
  const officialInbox = await official.get('/api/v1/tasks?status=open&pageSize=100').expect(200);
  const escalated = (officialInbox.body.items as { id: string; requestId: string }[]).filter(
    (item) => item.requestId === late,
  );
  expect(escalated).toHaveLength(1);
  // Another group's official has nothing of gp002's.
  expect(await TaskProjectionModel.exists({ requestId: late, assigneeId: 'u-baobao02' })).toBeNull();

  // Chased by the official, the enterprise reports after all.
  const gp002 = await stack.signIn('gp002');
  const own = await gp002.get('/api/v1/tasks?status=open').expect(200);
  const lateTask = (own.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === late)!;
  await gp002.post(`/api/v1/tasks/${lateTask.id}/actions`).send({ action: 'approve', data: report }).expect(200);
  const closed = await official.get(`/api/v1/requests/${late}`).expect(200);
  expect(closed.body.status).toBe('completed');
});
