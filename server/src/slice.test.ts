import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RequestProjectionModel } from '@tongban/store';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { useTestStack } from '../test/test-stack';

// The loan-renewal slice through HTTP, on a real Temporal server, a real
// worker and a real MongoDB-wire database.
const stack = useTestStack();
const example = loanRenewalApplicationForm.example;

async function submit(
  agent: Awaited<ReturnType<typeof stack.signIn>>,
  data: Record<string, unknown> = example,
  key = randomUUID(),
) {
  return agent.post('/api/v1/requests').set('Idempotency-Key', key).send({ processKey: 'loan-renewal', data });
}

async function openTaskOf(username: string, requestId: string) {
  const agent = await stack.signIn(username);
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
  if (!task) throw new Error(`${username} has no open task for ${requestId}`);
  return { agent, taskId: task.id };
}

describe('health', () => {
  it('is ok when Temporal, the database and a worker are reachable', async () => {
    const health = await request(stack.app).get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', temporal: true, database: true, worker: true });
  });
});

describe('login', () => {
  it('answers a wrong password with 401 and a zh-CN message', async () => {
    const agent = request.agent(stack.app);
    const response = await agent.post('/api/v1/auth/login').send({ username: 'qiye', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('sets an httpOnly session cookie and returns the user with their CASL rules', async () => {
    const agent = request.agent(stack.app);
    const response = await agent
      .post('/api/v1/auth/login')
      .send({ username: 'qiye', password: 'tongban123' })
      .expect(200);
    expect(response.headers['set-cookie']?.[0]).toMatch(/^tongban_session=.+; .*HttpOnly/);
    expect(response.body.user).toMatchObject({ username: 'qiye', orgName: '易普乐生物科技', roles: ['applicant'] });
    expect(response.body.user.passwordHash).toBeUndefined();
    expect(response.body.rules).toContainEqual({ action: 'create', subject: 'Request' });
    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body.user.username).toBe('qiye');
    await agent.post('/api/v1/auth/logout').expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });
});

describe('the loan-renewal slice', () => {
  it('goes from the enterprise through the service centre and the bank to 办结', async () => {
    const qiye = await stack.signIn('qiye');
    const catalogue = await qiye.get('/api/v1/processes').expect(200);
    expect(catalogue.body.items).toEqual([
      expect.objectContaining({
        key: 'loan-renewal',
        version: 1,
        name: '政银企续贷协调',
        form: expect.objectContaining({ example }),
      }),
    ]);

    const started = await submit(qiye);
    expect(started.status).toBe(201);
    expect(started.body).toEqual({ id: expect.stringMatching(/^req-/), status: 'in_progress' });
    const requestId: string = started.body.id;

    // The applicant's own org reads it; another enterprise does not even see it exists.
    await qiye.get(`/api/v1/requests/${requestId}`).expect(200);
    const qiye2 = await stack.signIn('qiye2');
    await qiye2.get(`/api/v1/requests/${requestId}`).expect(404);
    expect((await qiye2.get('/api/v1/requests').expect(200)).body.items).toEqual([]);

    const centre = await openTaskOf('zhaoshang', requestId);
    const centreTask = await centre.agent.get(`/api/v1/tasks/${centre.taskId}`).expect(200);
    expect(centreTask.body.task).toMatchObject({ stepName: '招商服务中心核实', applicantOrgName: '易普乐生物科技' });
    expect(centreTask.body.request.data).toEqual(example);

    // The bank cannot act on the centre's task; it cannot see it either, so for the bank it does not exist.
    const bankEarly = await stack.signIn('yinhang');
    const refused = await bankEarly.post(`/api/v1/tasks/${centre.taskId}/actions`).send({ action: 'approve' });
    expect(refused.status).toBe(404);

    const afterCentre = await centre.agent
      .post(`/api/v1/tasks/${centre.taskId}/actions`)
      .send({ action: 'approve', comment: '材料齐全，同意开通绿色通道' })
      .expect(200);
    expect(afterCentre.body.request.currentStepNames).toEqual(['银行续贷审批']);

    const bank = await openTaskOf('yinhang', requestId);
    await bank.agent
      .post(`/api/v1/tasks/${bank.taskId}/actions`)
      .send({ action: 'approve', comment: '同意续贷 600 万元' })
      .expect(200);

    const finished = await qiye.get(`/api/v1/requests/${requestId}`).expect(200);
    expect(finished.body.status).toBe('completed');
    expect(finished.body.steps.map((step: { status: string }) => step.status)).toEqual(['approved', 'approved']);
    expect(
      finished.body.timeline.map(
        (entry: { action: string; actor: { displayName: string } | null; comment?: string }) => [
          entry.action,
          entry.actor?.displayName ?? null,
          entry.comment ?? null,
        ],
      ),
    ).toEqual([
      ['submit', '王丽', null],
      ['approve', '张伟', '材料齐全，同意开通绿色通道'],
      ['approve', '陈静', '同意续贷 600 万元'],
      ['complete', null, null],
    ]);
    const done = await bank.agent.get('/api/v1/tasks?status=done').expect(200);
    expect(done.body.items).toContainEqual(expect.objectContaining({ id: bank.taskId, status: 'approved' }));
  });

  it('refuses invalid form data with 422, naming each field by its zh-CN title, and creates nothing', async () => {
    const qiye = await stack.signIn('qiye');
    const before = await RequestProjectionModel.countDocuments();
    const response = await submit(qiye, { ...example, loanAmount: 0, contactPhone: '123' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('FORM_INVALID');
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: '/loanAmount', message: '“原贷款金额（元）”应当为 >= 1' },
        expect.objectContaining({ path: '/contactPhone', message: expect.stringContaining('联系电话') }),
      ]),
    );
    expect(await RequestProjectionModel.countDocuments()).toBe(before);
  });

  it('creates one request for one Idempotency-Key, even when sent twice at once', async () => {
    const qiye = await stack.signIn('qiye');
    const key = randomUUID();
    const [first, second] = await Promise.all([submit(qiye, example, key), submit(qiye, example, key)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    const reused = await submit(qiye, { ...example, loanAmount: 1 }, key);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('lets one of two simultaneous approvals of the same task through and answers the other with 409', async () => {
    const qiye = await stack.signIn('qiye');
    const requestId: string = (await submit(qiye)).body.id;
    const centre = await openTaskOf('zhaoshang', requestId);
    const responses = await Promise.all([
      centre.agent.post(`/api/v1/tasks/${centre.taskId}/actions`).send({ action: 'approve' }),
      centre.agent.post(`/api/v1/tasks/${centre.taskId}/actions`).send({ action: 'approve' }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body.error).toEqual({ code: 'TASK_ALREADY_DECIDED', message: '该任务已被处理，无需重复操作' });
  });

  it('ends the request as rejected when the bank rejects, and a rejection needs an opinion', async () => {
    const qiye = await stack.signIn('qiye');
    const requestId: string = (await submit(qiye)).body.id;
    const centre = await openTaskOf('zhaoshang', requestId);
    await centre.agent.post(`/api/v1/tasks/${centre.taskId}/actions`).send({ action: 'approve' }).expect(200);
    const bank = await openTaskOf('yinhang', requestId);
    const noOpinion = await bank.agent.post(`/api/v1/tasks/${bank.taskId}/actions`).send({ action: 'reject' });
    expect(noOpinion.status).toBe(422);
    expect(noOpinion.body.error.code).toBe('COMMENT_REQUIRED');
    await bank.agent
      .post(`/api/v1/tasks/${bank.taskId}/actions`)
      .send({ action: 'reject', comment: '经营现金流不足' })
      .expect(200);
    expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.status).toBe('rejected');
  });
});

describe('bad input changes nothing and never gets a 500', () => {
  it('refuses operators, wrong content types, oversize and malformed bodies, and malformed ids', async () => {
    const qiye = await stack.signIn('qiye');
    const operator = await qiye.post('/api/v1/auth/login').send({ username: { $gt: '' }, password: 'x' });
    expect(operator.status).toBe(400);
    expect(operator.body.error.code).toBe('OPERATOR_NOT_ALLOWED');

    const smuggled = await qiye
      .post('/api/v1/requests')
      .send({ processKey: 'loan-renewal', data: { ...example, loanAmount: { $gt: 0 } } });
    expect(smuggled.status).toBe(400);

    // In a query string, qs-style brackets too, even on a route that reads no query (found by the fuzz test).
    for (const query of ['status[$ne]=open', '$where=1', 'a[b][$gt]=']) {
      const bracketed = await qiye.post(`/api/v1/notifications/read-all?${query}`);
      expect([query, bracketed.status, bracketed.body.error?.code]).toEqual([query, 400, 'OPERATOR_NOT_ALLOWED']);
    }

    const form = await qiye.post('/api/v1/requests').type('form').send('processKey=loan-renewal');
    expect(form.status).toBe(415);

    const huge = await qiye
      .post('/api/v1/requests')
      .send({ processKey: 'loan-renewal', data: { purpose: 'x'.repeat(2_100_000) } });
    expect(huge.status).toBe(413);

    const malformed = await qiye
      .post('/api/v1/requests')
      .set('Content-Type', 'application/json')
      .send('{"processKey":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');

    await qiye.get('/api/v1/requests/..%2F..%2Fetc').expect(404);
    await qiye.get('/api/v1/tasks?status=everything').expect(400);

    const unknownProcess = await qiye.post('/api/v1/requests').send({ processKey: 'no-such-process', data: {} });
    expect(unknownProcess.status).toBe(404);
  });

  it('answers in English when asked', async () => {
    const qiye = await stack.signIn('qiye');
    const response = await qiye
      .post('/api/v1/tasks/req-x.1/actions')
      .set('Accept-Language', 'en')
      .send({ action: 'approve' });
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({ code: 'TASK_NOT_FOUND', message: 'No such task' });
  });

  it('requires a session for everything but login and health', async () => {
    const anonymous = request(stack.app);
    for (const path of ['/api/v1/processes', '/api/v1/requests', '/api/v1/tasks', '/api/v1/auth/me']) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(401);
    }
  });
});
