import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { chinaDateOf } from '@tongban/workflows';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// 代理人 through the workflow on the real stack: a handler away names a colleague, the engine gives the
// colleague the new task on the handler's behalf, and the record says so. The dates are today's and the
// next days' in China, whatever today is.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

const chinaDay = (daysFromToday: number) =>
  chinaDateOf(new Date(Date.now() + daysFromToday * 86_400_000).toISOString());

let qiye: Agent;
let zhaoshang: Agent;
let deputy: Agent;

async function submit(): Promise<string> {
  const response = await qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id;
}

async function openTasksOf(agent: Agent, requestId: string) {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  return (
    inbox.body.items as { id: string; requestId: string; stepId: string; onBehalfOf?: { userId: string } }[]
  ).filter((task) => task.requestId === requestId);
}

beforeAll(async () => {
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
  deputy = await stack.signIn(
    await createUser({ username: 'centre-deputy', displayName: '中心副主任', roles: ['leader'], org: CENTRE }),
  );
});

afterEach(async () => {
  await zhaoshang.delete('/api/v1/me/substitute');
});

it('gives the away handler’s new task to the colleague they named, who decides it on their behalf', async () => {
  await zhaoshang
    .put('/api/v1/me/substitute')
    .send({ userId: demoUserId('centre-deputy'), from: chinaDay(-1), to: chinaDay(2) })
    .expect(200);
  const requestId = await submit();

  expect(await openTasksOf(zhaoshang, requestId)).toEqual([]);
  const [task] = await openTasksOf(deputy, requestId);
  expect(task?.onBehalfOf).toEqual(expect.objectContaining({ userId: demoUserId('zhaoshang') }));

  const decided = await deputy
    .post(`/api/v1/tasks/${task!.id}/actions`)
    .send({ action: 'approve', comment: '代张伟受理' })
    .expect(200);
  const approval = decided.body.request.timeline.find((entry: { action: string }) => entry.action === 'approve');
  expect(approval.actor).toMatchObject({
    userId: demoUserId('centre-deputy'),
    onBehalfOf: { userId: demoUserId('zhaoshang'), displayName: '张伟' },
  });
  const accepted = decided.body.request.steps.find((step: { id: string }) => step.id === task!.stepId);
  expect(accepted.status).toBe('approved');
});

it('gives the handler their tasks again once the dates have passed', async () => {
  await zhaoshang
    .put('/api/v1/me/substitute')
    .send({ userId: demoUserId('centre-deputy'), from: chinaDay(-5), to: chinaDay(-1) })
    .expect(200);
  const requestId = await submit();
  expect(await openTasksOf(deputy, requestId)).toEqual([]);
  expect(await openTasksOf(zhaoshang, requestId)).toEqual([
    expect.not.objectContaining({ onBehalfOf: expect.anything() }),
  ]);
});

it('names only an active colleague of one’s own organisation who handles tasks', async () => {
  const someone = await createUser({ username: 'economy-handler', roles: ['handler'] });
  for (const userId of [demoUserId('yinhang'), demoUserId('qiye2'), someone, demoUserId('zhaoshang')]) {
    const refused = await zhaoshang.put('/api/v1/me/substitute').send({ userId, from: chinaDay(0), to: chinaDay(1) });
    expect([userId, refused.status, refused.body.error.code]).toEqual([userId, 422, 'SUBSTITUTE_INVALID']);
  }
  expect((await zhaoshang.get('/api/v1/me/substitute').expect(200)).body).toEqual({ substitute: null });
});
