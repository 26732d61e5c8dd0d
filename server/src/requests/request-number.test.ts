import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { NotificationModel } from '@tongban/store';
import { useTestStack } from '../../test/test-stack';

// 办件编号: every request gets a number people read, per accepting office and China day, over HTTP on the real stack.
const stack = useTestStack();
const example = loanRenewalApplicationForm.example;
/** The loan renewal's first step is the investment service centre's: it accepts the request. */
const ACCEPTING_OFFICE = 'org-yunmeng-investment-centre';
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let qiye: Agent;
let zhaoshang: Agent;

beforeAll(async () => {
  const admin = await stack.signIn('admin');
  const prefix = await admin.patch(`/api/v1/organisations/${ACCEPTING_OFFICE}`).send({ numberPrefix: '云梦招商' });
  expect(prefix.status).toBe(200);
  expect(prefix.body.numberPrefix).toBe('云梦招商');
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
});

const submit = (key = randomUUID()) =>
  qiye.post('/api/v1/requests').set('Idempotency-Key', key).send({ processKey: 'loan-renewal', data: example });

const NUMBER = /^云梦招商-(\d{8})-(\d{4,})$/;

it('gives twenty requests submitted at once distinct, consecutive numbers of the accepting office', async () => {
  const started = await Promise.all(Array.from({ length: 20 }, () => submit()));
  for (const response of started) expect(response.status).toBe(201);
  const numbers = await Promise.all(
    started.map(async (response) => (await qiye.get(`/api/v1/requests/${response.body.id}`).expect(200)).body.number),
  );
  expect(new Set(numbers).size).toBe(20);
  // Grouped by day (a run across China midnight starts the next day at 0001): each day's positions follow on.
  const byDay = new Map<string, number[]>();
  for (const number of numbers) {
    const [, day, seq] = NUMBER.exec(number) ?? [];
    expect(day).toBeDefined();
    byDay.set(day!, [...(byDay.get(day!) ?? []), Number(seq)]);
  }
  for (const seqs of byDay.values()) {
    const sorted = [...seqs].sort((a, b) => a - b);
    expect(sorted).toEqual(sorted.map((_, index) => sorted[0]! + index));
  }
});

it('keeps its number when the submit is retried with the same Idempotency-Key, and shows it everywhere', async () => {
  const key = randomUUID();
  const first = await submit(key).expect(201);
  const retried = await submit(key);
  expect(retried.body.id).toBe(first.body.id);
  const requestId = first.body.id as string;
  const detail = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
  expect(detail.number).toMatch(NUMBER);
  expect(detail.id).toBe(requestId);
  expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.number).toBe(detail.number);

  // 我发起, found by its number, whole or in part; and by its internal id still.
  const mine = (await qiye.get(`/api/v1/requests?q=${encodeURIComponent(detail.number)}`).expect(200)).body;
  expect(mine.items.map((item: { id: string; number?: string }) => [item.id, item.number])).toEqual([
    [requestId, detail.number],
  ]);
  const tail = (detail.number as string).slice(-13);
  const byPart = (await qiye.get(`/api/v1/requests?q=${encodeURIComponent(tail)}`).expect(200)).body;
  expect(byPart.items.map((item: { id: string }) => item.id)).toContain(requestId);
  const byId = (await qiye.get(`/api/v1/requests?q=${requestId}`).expect(200)).body;
  expect(byId.items.map((item: { id: string }) => item.id)).toEqual([requestId]);

  // The handler's inbox row carries it, and finds the task by it.
  const inbox = (await zhaoshang.get(`/api/v1/tasks?status=open&q=${encodeURIComponent(detail.number)}`).expect(200))
    .body;
  expect(
    inbox.items.map((task: { requestId: string; requestNumber?: string }) => [task.requestId, task.requestNumber]),
  ).toEqual([[requestId, detail.number]]);
  const task = (await zhaoshang.get(`/api/v1/tasks/${inbox.items[0].id}`).expect(200)).body;
  expect(task.request.number).toBe(detail.number);
  const handlersList = (await zhaoshang.get(`/api/v1/requests?q=${encodeURIComponent(detail.number)}`).expect(200))
    .body;
  expect(handlersList.items.map((item: { id: string }) => item.id)).toEqual([requestId]);

  // The handler's notification names it.
  const notification = await NotificationModel.findOne({ requestId, kind: 'assignment' }).lean();
  expect(notification?.requestNumber).toBe(detail.number);
});

it('refuses a prefix with spaces, | or control characters, and goes back to the default on null', async () => {
  const admin = await stack.signIn('admin');
  for (const numberPrefix of ['云梦 招商', 'a|b', 'x\u0007', '', 'abcdefghijklmnopq'])
    await admin.patch('/api/v1/organisations/org-yipule').send({ numberPrefix }).expect(400);
  await admin.patch('/api/v1/organisations/org-yipule').send({ numberPrefix: 'YPL' }).expect(200);
  const cleared = await admin.patch('/api/v1/organisations/org-yipule').send({ numberPrefix: null }).expect(200);
  expect(cleared.body.numberPrefix).toBeUndefined();
});
