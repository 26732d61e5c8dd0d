import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm, subsidyApplicationForm, subsidyPaymentForm } from '@tongban/forms';
import { createWorkingCalendar } from '@tongban/workflows';
import { stepStatuses } from './scenario-helpers';
import { useTimeSkippingStack } from './time-skipping-stack';

// Seed processes whose point is a deadline, on the time-skipping server: days
// of working-day clocks and notice periods pass in milliseconds. The server's
// clock starts at today's date, so each test sleeps to the instant the official
// calendar puts the deadline at (a week of 春节 included), never a fixed number of days.
const stack = useTimeSkippingStack();
jest.setTimeout(120_000);
const calendar = createWorkingCalendar();
const HOUR = 3_600_000;

/** Moves the test server's clock to `instant` plus `offsetMs`. */
async function sleepUntil(instant: string, offsetMs: number): Promise<void> {
  const now = await stack.env.currentTimeMs();
  await stack.env.sleep(Math.max(0, Date.parse(instant) + offsetMs - now));
}

const entryAt = (request: { timeline: { action: string; at: string }[] }, action: string) =>
  request.timeline.findLast((entry) => entry.action === action)!.at;

async function taskOf(username: string, requestId: string) {
  const agent = await stack.signIn(username);
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
  if (!task) throw new Error(`${username} has no open task for ${requestId}`);
  return { agent, taskId: task.id };
}

async function act(username: string, requestId: string, body: Record<string, unknown>) {
  const { agent, taskId } = await taskOf(username, requestId);
  return (await agent.post(`/api/v1/tasks/${taskId}/actions`).send(body).expect(200)).body;
}

describe('奖补申请 subsidy', () => {
  it('is reviewed, decided, publicised for 5 working days and paid by finance', async () => {
    const jinsheng = await stack.signIn('jinsheng');
    const started = await jinsheng
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'subsidy-application', data: subsidyApplicationForm.example });
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    await act('jxj', id, { action: 'approve', comment: '春节连续生产 15 天，符合奖励条件' });
    const decided = await act('jxj-leader', id, { action: 'approve', comment: '同意奖励 20 万元，予以公示' });
    expect(stepStatuses(decided.request)['public-notice']).toBe('active');
    // Finance has nothing to pay while the notice runs.
    await expect(taskOf('czj', id)).rejects.toThrow(/no open task/);

    // 公示 runs five whole working days from the decision.
    const noticeEnds = calendar.deadlineAfterWorkingDays(entryAt(decided.request, 'approve'), 5);
    await sleepUntil(noticeEnds, -HOUR);
    await expect(taskOf('czj', id)).rejects.toThrow(/no open task/);
    await sleepUntil(noticeEnds, HOUR);
    const paid = await act('czj', id, { action: 'approve', data: subsidyPaymentForm.example });
    expect(paid.request.status).toBe('completed');
    expect(paid.request.timeline.map((entry: { action: string }) => entry.action)).toContain('waited');
  });

  it('is returned to the enterprise for correction and resubmitted', async () => {
    const jinsheng = await stack.signIn('jinsheng');
    const data = { ...subsidyApplicationForm.example, accountName: '金盛纺织' };
    const id: string = (
      await jinsheng
        .post('/api/v1/requests')
        .set('Idempotency-Key', randomUUID())
        .send({ processKey: 'subsidy-application', data })
        .expect(201)
    ).body.id;
    await act('jxj', id, { action: 'return', to: 'applicant', comment: '开户名称须与企业名称一致' });
    expect((await jinsheng.get(`/api/v1/requests/${id}`).expect(200)).body.status).toBe('returned');
    await jinsheng
      .post(`/api/v1/requests/${id}/actions`)
      .send({ action: 'resubmit', data: subsidyApplicationForm.example })
      .expect(200);
    const again = await act('jxj', id, { action: 'approve' });
    expect(again.request.currentStepNames).toEqual(['经信局审定']);
  });
});

describe('政银企续贷协调 loan renewal', () => {
  it('adds the centre’s leader when the centre has not accepted within one working day, and the leader decides alone', async () => {
    const qiye = await stack.signIn('qiye');
    const id: string = (
      await qiye
        .post('/api/v1/requests')
        .set('Idempotency-Key', randomUUID())
        .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
        .expect(201)
    ).body.id;
    const detail = await qiye.get(`/api/v1/requests/${id}`).expect(200);
    expect(detail.body.processVersion).toBe(4);
    // One working day from submission, however many weekend or holiday days it spans.
    const due = calendar.deadlineAfterWorkingDays(entryAt(detail.body, 'submit'), 1);
    await sleepUntil(due, -HOUR);
    const early = (await qiye.get(`/api/v1/requests/${id}`).expect(200)).body;
    expect(early.timeline.map((entry: { action: string }) => entry.action)).not.toContain('escalate');
    await sleepUntil(due, HOUR);
    const late = (await qiye.get(`/api/v1/requests/${id}`).expect(200)).body;
    expect(late.timeline.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['yellow_card', 'escalate']),
    );
    const decided = await act('zhaoshang-leader', id, { action: 'approve', comment: '负责人督办，同意受理' });
    expect(stepStatuses(decided.request)['centre-accept']).toBe('approved');
    expect(decided.request.currentStepNames).toEqual(['支行尽职调查']);
    // The handler's own task went with the step.
    await expect(taskOf('zhaoshang', id)).rejects.toThrow(/no open task/);
  });
});
