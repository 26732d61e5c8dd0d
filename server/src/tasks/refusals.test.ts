import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// A refusal says what really happened, in the caller's language: a few of the
// engine's refusals end to end, through the projection's pre-check and through
// the workflow's validator. messages.test.ts checks every code's wording.
const stack = useTestStack();

type Agent = Awaited<ReturnType<typeof stack.signIn>>;

async function submit(agent: Agent) {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id as string;
}

async function openTaskId(agent: Agent, requestId: string): Promise<string> {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
  if (!task) throw new Error(`no open task of request ${requestId}`);
  return task.id;
}

/** The same refused call in Chinese (the default) and in English. */
interface ErrorAnswer {
  status: number;
  body: { error: { code: string; message: string } };
}

async function refusedInBothLanguages(call: (language: 'zh-CN' | 'en') => Promise<ErrorAnswer>) {
  const zh = await call('zh-CN');
  const en = await call('en');
  return { status: zh.status, code: zh.body.error.code, zh: zh.body.error.message, en: en.body.error.message };
}

beforeAll(async () => {
  await createUser({
    username: 'liu',
    displayName: '刘洋',
    // The centre's deputy: a colleague a task may be handed to, holding no step of loan renewal unless handed one.
    roles: ['leader'],
    org: CENTRE,
  });
  await createUser({ username: 'ducha', displayName: '督查室', roles: ['supervisor'] });
});

it('a task transferred away says so, not "already decided"', async () => {
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  const requestId = await submit(qiye);
  const taskId = await openTaskId(zhaoshang, requestId);
  await zhaoshang
    .post(`/api/v1/tasks/${taskId}/actions`)
    .send({ action: 'transfer', targetUserId: demoUserId('liu'), comment: '请刘洋办理' })
    .expect(200);
  const refusal = await refusedInBothLanguages((language) =>
    zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).set('Accept-Language', language).send({ action: 'approve' }),
  );
  expect(refusal).toEqual({
    status: 409,
    code: 'TASK_TRANSFERRED',
    zh: '该任务已转交他人办理',
    en: 'This task was transferred to someone else',
  });
});

it('a task whose request was withdrawn says the applicant withdrew it', async () => {
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  const requestId = await submit(qiye);
  const taskId = await openTaskId(zhaoshang, requestId);
  await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'withdraw' }).expect(200);
  const refusal = await refusedInBothLanguages((language) =>
    zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).set('Accept-Language', language).send({ action: 'approve' }),
  );
  expect(refusal).toEqual({
    status: 409,
    code: 'REQUEST_WITHDRAWN',
    zh: '申请人已撤回该办件，无需再办理',
    en: 'The applicant has withdrawn this request; nothing more can be done on it',
  });
});

it('the workflow’s own refusals: a delegate deciding, an urge while returned, an applicant’s 督办', async () => {
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  const liu = await stack.signIn('liu');
  const requestId = await submit(qiye);
  const taskId = await openTaskId(zhaoshang, requestId);
  await zhaoshang
    .post(`/api/v1/tasks/${taskId}/actions`)
    .send({ action: 'delegate', targetUserId: demoUserId('liu'), comment: '请核实' })
    .expect(200);
  const delegated = await openTaskId(liu, requestId);
  expect(
    await refusedInBothLanguages((language) =>
      liu
        .post(`/api/v1/tasks/${delegated}/actions`)
        .set('Accept-Language', language)
        .send({ action: 'reject', comment: '不同意' }),
    ),
  ).toEqual({
    status: 403,
    code: 'DELEGATE_CANNOT_DECIDE',
    zh: '受委派人只能提交意见，不能作出决定',
    en: 'A delegate gives an opinion but does not decide',
  });

  const flag = await refusedInBothLanguages((language) =>
    qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .set('Accept-Language', language)
      .send({ action: 'flag', comment: '请重点关注' }),
  );
  expect(flag).toEqual({
    status: 403,
    code: 'FLAG_NOT_ALLOWED',
    zh: '只有督办人员可以督办',
    en: 'Only a supervisor flags a request',
  });

  await liu.post(`/api/v1/tasks/${delegated}/actions`).send({ action: 'approve', comment: '属实' }).expect(200);
  await zhaoshang
    .post(`/api/v1/tasks/${taskId}/actions`)
    .send({ action: 'return', to: 'applicant', comment: '请补充材料' })
    .expect(200);
  const urge = await refusedInBothLanguages((language) =>
    qiye.post(`/api/v1/requests/${requestId}/actions`).set('Accept-Language', language).send({ action: 'urge' }),
  );
  expect(urge).toEqual({
    status: 409,
    code: 'URGE_NOT_WHILE_RETURNED',
    zh: '办件已退回申请人补正，暂不能催办',
    en: 'The request is back with the applicant for corrections; there is no handler to urge',
  });
});

it('an urge does not stop the handler taking their approval back (拿回)', async () => {
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  const requestId = await submit(qiye);
  const taskId = await openTaskId(zhaoshang, requestId);
  await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' }).expect(200);
  await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'urge', comment: '请尽快' }).expect(200);
  const back = await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'take_back' }).expect(200);
  expect(back.body.request.timeline.map((entry: { action: string }) => entry.action).slice(-3)).toEqual([
    'approve',
    'urge',
    'take_back',
  ]);
});

it('a supervisor’s urge (督办) leaves the applicant’s own urge for the day; each side is refused its second', async () => {
  const qiye = await stack.signIn('qiye');
  const ducha = await stack.signIn('ducha');
  const requestId = await submit(qiye);
  const urge = (agent: Agent) =>
    agent.post(`/api/v1/requests/${requestId}/actions`).set('Accept-Language', 'en').send({ action: 'urge' });
  await urge(ducha).expect(200);
  await urge(qiye).expect(200);
  for (const agent of [ducha, qiye]) {
    const again = await urge(agent);
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({
      code: 'URGE_TOO_SOON',
      message: 'Already urged this working day; you can urge again on the next working day',
    });
  }
});
