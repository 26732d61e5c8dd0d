import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import {
  definitionVersionRecord,
  ProcessVersionModel,
  RequestProjectionModel,
  TaskProjectionModel,
} from '@tongban/store';
import { chinaDateOf, type ProcessDefinition } from '@tongban/workflows';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// Issue 12: deadlines a handler can act on (the step's due date, what is left in working days,
// 黄牌/红牌) and counts (each inbox view's, and `total` under each list), on the real stack.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

/** One step at the centre: five working days to decide, and the request promised in five. */
const timed: ProcessDefinition = {
  key: 'timed-check',
  version: 1,
  name: { zh: '限时核实' },
  form: { key: 'loan-renewal-application', version: 1 },
  sla: { workingDays: 5 },
  steps: [
    {
      type: 'approval',
      id: 'centre-check',
      name: { zh: '中心核实' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      sla: { workingDays: 5 },
    },
  ],
};
/** The same step with no time limit. */
const untimed: ProcessDefinition = {
  key: 'untimed-check',
  version: 1,
  name: { zh: '不限时核实' },
  form: timed.form,
  steps: [
    {
      type: 'approval',
      id: 'centre-check',
      name: { zh: '中心核实' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
    },
  ],
};

interface TaskRow {
  id: string;
  requestId: string;
  createdAt: string;
  deadline?: { dueAt: string; level: string; workingDaysLeft: number };
}

async function submit(agent: Agent, processKey: string): Promise<string> {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey, data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id;
}

async function inbox(agent: Agent, query: string): Promise<{ items: TaskRow[]; total: number }> {
  return (await agent.get(`/api/v1/tasks?${query}`).expect(200)).body;
}

async function stepDueAt(requestId: string): Promise<string> {
  const request = await RequestProjectionModel.findById(requestId).lean();
  return request!.steps.find((step) => step.id === 'centre-check')!.clock!.dueAt;
}

let qiye: Agent;
let zhaoshang: Agent;
let untimedId: string;
let timedIds: string[];
/** A late task of an older request, put in the inbox as the worker writes them. */
const lateTaskId = 'req-late-fixture.1';

beforeAll(async () => {
  for (const definition of [timed, untimed])
    await ProcessVersionModel.create(definitionVersionRecord(definition, 'published', new Date()));
  // The centre's director decides its handlers' requests for more time.
  await createUser({
    username: 'zhuren',
    displayName: '中心主任',
    roles: ['leader'],
    org: CENTRE,
  });
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
  untimedId = await submit(qiye, 'untimed-check');
  timedIds = [await submit(qiye, 'timed-check'), await submit(qiye, 'timed-check')];
  await TaskProjectionModel.create({
    _id: lateTaskId,
    revision: 3,
    requestId: 'req-late-fixture',
    stepId: 'centre-check',
    stepName: { zh: '中心核实' },
    processKey: 'timed-check',
    processName: { zh: '限时核实' },
    assigneeId: demoUserId('zhaoshang'),
    assigneeOrgId: 'org-yunmeng-investment-centre',
    status: 'open',
    applicantOrgName: '易普乐',
    createdAt: '2026-01-05T01:00:00.000Z',
    // Five working days from Monday 5 January 2026, 红牌 two working days after.
    dueAt: '2026-01-12T16:00:00.000Z',
    remindAt: '2026-01-11T16:00:00.000Z',
    redAt: '2026-01-14T16:00:00.000Z',
  });
});

describe('deadlines in the inbox', () => {
  it("shows each open task's due date, working days left and 黄牌/红牌 level", async () => {
    const { items } = await inbox(zhaoshang, 'status=open');
    const byRequest = new Map(items.map((task) => [task.requestId, task]));
    const fresh = byRequest.get(timedIds[0]!)!;
    expect(fresh.deadline).toMatchObject({ dueAt: await stepDueAt(timedIds[0]!), level: 'on_time' });
    // Five working days from today: all five are left (one fewer if China's midnight passed meanwhile).
    const sameDay = chinaDateOf(fresh.createdAt) === chinaDateOf(new Date().toISOString());
    expect(fresh.deadline!.workingDaysLeft).toBe(sameDay ? 5 : 4);
    expect(byRequest.get('req-late-fixture')!.deadline).toMatchObject({ level: 'red' });
    expect(byRequest.get('req-late-fixture')!.deadline!.workingDaysLeft).toBeLessThan(-5);
    expect(byRequest.get(untimedId)).not.toHaveProperty('deadline');
  });

  it('sorts 待办 by deadline, soonest first, steps without one last, across pages', async () => {
    const order = (await inbox(zhaoshang, 'status=open&sort=due')).items.map((task) => task.requestId);
    const [firstTimed, secondTimed] = [...timedIds].sort((a, b) => (`${a}.1` < `${b}.1` ? -1 : 1));
    expect(order).toEqual(['req-late-fixture', firstTimed, secondTimed, untimedId]);
    // Newest first otherwise: the task without a deadline came first.
    expect((await inbox(zhaoshang, 'status=open')).items.map((task) => task.requestId).at(-2)).toBe(untimedId);

    const second = await inbox(zhaoshang, 'status=open&sort=due&pageSize=3&page=2');
    expect(second).toMatchObject({ total: 4 });
    expect(second.items.map((task) => task.requestId)).toEqual([untimedId]);
    const middle = await inbox(zhaoshang, 'status=open&sort=due&pageSize=2&page=2');
    expect(middle.items.map((task) => task.requestId)).toEqual([secondTimed, untimedId]);
  });

  it("shows the step's deadline on the task page and the request's promise in working days", async () => {
    const { items } = await inbox(zhaoshang, 'status=open');
    const task = items.find((candidate) => candidate.requestId === timedIds[1])!;
    const page = (await zhaoshang.get(`/api/v1/tasks/${task.id}`).expect(200)).body;
    expect(page.task.deadline).toEqual(task.deadline);
    expect(page.request.deadline.workingDaysLeft).toBe(task.deadline!.workingDaysLeft);
  });

  it('moves an open task’s deadline when its leader grants more time (延期)', async () => {
    const requestId = await submit(qiye, 'timed-check');
    const before = await stepDueAt(requestId);
    const task = (await inbox(zhaoshang, 'status=open')).items.find((candidate) => candidate.requestId === requestId)!;
    await zhaoshang
      .post(`/api/v1/tasks/${task.id}/actions`)
      .set('Idempotency-Key', randomUUID())
      .send({ action: 'request_extension', workingDays: 2, comment: '等待现场核查' })
      .expect(200);
    const zhuren = await stack.signIn('zhuren');
    const leaderTask = (await inbox(zhuren, 'status=open')).items.find((row) => row.requestId === requestId)!;
    await zhuren
      .post(`/api/v1/tasks/${leaderTask.id}/actions`)
      .set('Idempotency-Key', randomUUID())
      .send({ action: 'approve', comment: '同意延期两天' })
      .expect(200);
    const after = await stepDueAt(requestId);
    expect(after > before).toBe(true);
    const moved = (await zhaoshang.get(`/api/v1/tasks/${task.id}`).expect(200)).body.task;
    expect(moved.deadline.dueAt).toBe(after);
  });
});

describe('counts', () => {
  it("counts each inbox view on the server, as each list's total says", async () => {
    const counts = (await zhaoshang.get('/api/v1/tasks/counts').expect(200)).body;
    const totals = {
      open: (await inbox(zhaoshang, 'status=open&pageSize=1')).total,
      done: (await inbox(zhaoshang, 'status=done&pageSize=1')).total,
      cc: (await inbox(zhaoshang, 'status=cc&pageSize=1')).total,
    };
    expect(counts).toEqual(totals);
    expect(counts.open).toBeGreaterThanOrEqual(4);

    const task = (await inbox(zhaoshang, 'status=open')).items.find((row) => row.requestId === untimedId)!;
    await zhaoshang
      .post(`/api/v1/tasks/${task.id}/actions`)
      .set('Idempotency-Key', randomUUID())
      .send({ action: 'approve' })
      .expect(200);
    expect((await zhaoshang.get('/api/v1/tasks/counts').expect(200)).body).toEqual({
      ...counts,
      open: counts.open - 1,
      done: counts.done + 1,
    });
  });
});
