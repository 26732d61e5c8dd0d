import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { useTestStack } from '../../test/test-stack';

// The inbox views, request list filters, saved views and batch decisions, through HTTP on the real stack.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
const example = loanRenewalApplicationForm.example;
let qiye: Agent;
let zhaoshang: Agent;
const started: string[] = [];

/** Copies the bank, then asks the centre: the bank's 抄送我 gets a copy, the centre's 待办 a task. */
const copyTheBank: ProcessDefinition = {
  key: 'copy-the-bank',
  version: 1,
  name: { zh: '抄送银行的核实' },
  form: { key: 'loan-renewal-application', version: 1 },
  steps: [
    {
      type: 'cc',
      id: 'tell-bank',
      name: { zh: '抄送银行' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
    },
    {
      type: 'approval',
      id: 'centre-check',
      name: { zh: '中心核实' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
    },
  ],
};

async function submit(agent: Agent, processKey = 'loan-renewal'): Promise<string> {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey, data: example })
    .expect(201);
  return response.body.id;
}

async function openTasks(agent: Agent): Promise<{ id: string; requestId: string }[]> {
  return (await agent.get('/api/v1/tasks?status=open&pageSize=100').expect(200)).body.items;
}

beforeAll(async () => {
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
  for (let i = 0; i < 3; i += 1) started.push(await submit(qiye));
  started.push(await submit(await stack.signIn('qiye2')));
});

describe('the inbox views', () => {
  it('pages and filters 待办 by process, applicant and time', async () => {
    const page = (await zhaoshang.get('/api/v1/tasks?status=open&pageSize=2').expect(200)).body;
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    const second = (await zhaoshang.get('/api/v1/tasks?status=open&pageSize=2&page=2').expect(200)).body;
    expect([...page.items, ...second.items].map((task: { requestId: string }) => task.requestId).sort()).toEqual(
      [...started].sort(),
    );
    const yinglian = (await zhaoshang.get(`/api/v1/tasks?q=${encodeURIComponent('英联')}`).expect(200)).body;
    expect(yinglian.items.map((task: { requestId: string }) => task.requestId)).toEqual([started[3]]);
    expect((await zhaoshang.get('/api/v1/tasks?processKey=subsidy').expect(200)).body.total).toBe(0);
    expect((await zhaoshang.get('/api/v1/tasks?from=2099-01-01T00:00:00Z').expect(200)).body.total).toBe(0);
    const bad = await zhaoshang.get('/api/v1/tasks?status=mine&pageSize=1000');
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['/pageSize', '/status']);
  });

  it('shows copies (抄送) in 抄送我, not in 待办', async () => {
    await ProcessVersionModel.create(definitionVersionRecord(copyTheBank, 'published', new Date()));
    const requestId = await submit(qiye, 'copy-the-bank');
    const yinhang = await stack.signIn('yinhang');
    const copies = (await yinhang.get('/api/v1/tasks?status=cc').expect(200)).body.items;
    expect(copies).toEqual([expect.objectContaining({ requestId, kind: 'cc', stepName: '抄送银行' })]);
    expect((await openTasks(yinhang)).map((task) => task.requestId)).not.toContain(requestId);
    expect((await openTasks(zhaoshang)).map((task) => task.requestId)).toContain(requestId);
  });

  it('lists 我发起 and filters requests by status', async () => {
    const mine = (await qiye.get('/api/v1/requests?started=me').expect(200)).body;
    expect(mine.pageSize).toBe(50);
    expect(mine.items.map((request: { id: string }) => request.id)).toEqual(
      expect.arrayContaining(started.slice(0, 3)),
    );
    expect(mine.items.map((request: { id: string }) => request.id)).not.toContain(started[3]);
    const admin = await stack.signIn('admin');
    expect((await admin.get('/api/v1/requests?started=me').expect(200)).body.total).toBe(0);
    expect((await admin.get('/api/v1/requests?status=completed').expect(200)).body.total).toBe(0);
    expect((await admin.get(`/api/v1/requests?q=${started[0]}`).expect(200)).body.items).toEqual([
      expect.objectContaining({ id: started[0] }),
    ]);
  });
});

describe('batch decisions (批量审批)', () => {
  it('decides each task in turn and reports each, a refused one not stopping the rest', async () => {
    const [first, second] = (await openTasks(zhaoshang)).filter((task) => started.includes(task.requestId));
    const key = randomUUID();
    const batch = await zhaoshang
      .post('/api/v1/tasks/batch-actions')
      .set('Idempotency-Key', key)
      .send({ action: 'approve', taskIds: [first!.id, 'req-nothing.1', second!.id], comment: '同意' })
      .expect(200);
    expect(batch.body).toEqual({
      results: [
        { taskId: first!.id, ok: true, requestId: first!.requestId, requestStatus: 'in_progress' },
        { taskId: 'req-nothing.1', ok: false, error: { code: 'TASK_NOT_FOUND', message: '任务不存在' } },
        { taskId: second!.id, ok: true, requestId: second!.requestId, requestStatus: 'in_progress' },
      ],
      succeeded: 2,
      failed: 1,
    });
    const remaining = (await openTasks(zhaoshang)).map((task) => task.id);
    expect(remaining).not.toContain(first!.id);
    expect(remaining).not.toContain(second!.id);

    // The same batch again gets the first answers and decides nothing twice.
    const again = await zhaoshang
      .post('/api/v1/tasks/batch-actions')
      .set('Idempotency-Key', key)
      .send({ action: 'approve', taskIds: [first!.id], comment: '同意' })
      .expect(200);
    expect(again.body.results[0]).toMatchObject({ taskId: first!.id, ok: true });
    const timeline = (await zhaoshang.get(`/api/v1/requests/${first!.requestId}`).expect(200)).body.timeline;
    expect(timeline.filter((entry: { action: string }) => entry.action === 'approve')).toHaveLength(1);
  });

  it('refuses a reject without an opinion per task, and a batch of nothing or of duplicates as a whole', async () => {
    const [task] = (await openTasks(zhaoshang)).filter((candidate) => started.includes(candidate.requestId));
    const reject = await zhaoshang
      .post('/api/v1/tasks/batch-actions')
      .send({ action: 'reject', taskIds: [task!.id] })
      .expect(200);
    expect(reject.body.results[0]).toMatchObject({ ok: false, error: { code: 'COMMENT_REQUIRED' } });
    expect((await zhaoshang.post('/api/v1/tasks/batch-actions').send({ action: 'approve', taskIds: [] })).status).toBe(
      400,
    );
    const duplicates = await zhaoshang
      .post('/api/v1/tasks/batch-actions')
      .send({ action: 'approve', taskIds: [task!.id, task!.id] });
    expect(duplicates.status).toBe(400);
    expect((await openTasks(zhaoshang)).map((candidate) => candidate.id)).toContain(task!.id);
  });
});

describe('saved views', () => {
  it('keeps each person’s named filters, checked like the list checks them', async () => {
    const created = await zhaoshang
      .post('/api/v1/me/views')
      .send({ name: '英联待办', list: 'tasks', filters: { status: 'open', q: '英联' } })
      .expect(201);
    expect(created.body).toMatchObject({ name: '英联待办', list: 'tasks', filters: { status: 'open', q: '英联' } });
    expect(created.headers.location).toBe(`/api/v1/me/views/${created.body.id}`);

    const taken = await zhaoshang.post('/api/v1/me/views').send({ name: '英联待办', list: 'requests', filters: {} });
    expect(taken.body.error.code).toBe('SAVED_VIEW_NAME_TAKEN');
    const invalid = await zhaoshang
      .post('/api/v1/me/views')
      .send({ name: '坏的', list: 'requests', filters: { status: 'open', page: 2 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      '/filters',
      '/filters/status',
    ]);

    const renamed = await zhaoshang
      .put(`/api/v1/me/views/${created.body.id}`)
      .send({ name: '我的已办', list: 'tasks', filters: { status: 'done' } })
      .expect(200);
    expect(renamed.body).toMatchObject({ id: created.body.id, name: '我的已办', filters: { status: 'done' } });
    expect((await zhaoshang.get('/api/v1/me/views?list=tasks').expect(200)).body.items).toHaveLength(1);
    expect((await zhaoshang.get('/api/v1/me/views?list=requests').expect(200)).body.items).toHaveLength(0);

    // Someone else's view does not exist for you.
    const yinhang = await stack.signIn('yinhang');
    expect((await yinhang.get('/api/v1/me/views').expect(200)).body.items).toEqual([]);
    await yinhang.delete(`/api/v1/me/views/${created.body.id}`).expect(404);
    await yinhang
      .put(`/api/v1/me/views/${created.body.id}`)
      .send({ name: 'x', list: 'tasks', filters: {} })
      .expect(404);
    await zhaoshang.delete(`/api/v1/me/views/${created.body.id}`).expect(204);
    await zhaoshang.delete(`/api/v1/me/views/${created.body.id}`).expect(404);
  });
});
