import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { ABC_BANK, CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// Returns, resubmission, withdrawal, hand-overs and a parallel (并联) stage,
// through HTTP on the real stack, by the people of the demo data.
const stack = useTestStack();
const example = loanRenewalApplicationForm.example;

type Agent = Awaited<ReturnType<typeof stack.signIn>>;

async function submit(agent: Agent, processKey = 'loan-renewal') {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey, data: example })
    .expect(201);
  return response.body.id as string;
}

async function openTaskId(agent: Agent, requestId: string): Promise<string | undefined> {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  return (inbox.body.items as { id: string; requestId: string }[]).find((task) => task.requestId === requestId)?.id;
}

beforeAll(async () => {
  await createUser({
    username: 'liu',
    displayName: '刘洋',
    // The centre's deputy: a colleague a task may be handed to, holding no step of loan renewal unless handed one.
    roles: ['leader'],
    org: CENTRE,
  });
});

describe('return (退回补正) and resubmit', () => {
  it('goes back to the applicant, who corrects the data and sends it to the same step again', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    const taskId = (await openTaskId(zhaoshang, requestId))!;

    const returned = await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'return', to: 'applicant', comment: '请补充近三个月财务报表' })
      .expect(200);
    expect(returned.body.request.status).toBe('returned');
    expect(await openTaskId(zhaoshang, requestId)).toBeUndefined();

    const invalid = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: { ...example, loanAmount: -1 } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('FORM_INVALID');

    const corrected = { ...example, purpose: '购置原材料，已补充财务报表' };
    const resubmitted = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: corrected })
      .expect(200);
    expect(resubmitted.body.request).toMatchObject({
      status: 'in_progress',
      data: corrected,
      currentStepNames: ['招商服务中心核实'],
    });
    expect(await openTaskId(zhaoshang, requestId)).toBeDefined();
    const timeline = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.timeline;
    expect(timeline.map((entry: { action: string }) => entry.action)).toEqual(['submit', 'return', 'resubmit']);
  });

  it('refuses a return without a reason and a resubmit of a request that was not returned', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    const taskId = (await openTaskId(zhaoshang, requestId))!;
    const noReason = await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'return', to: 'applicant' });
    expect(noReason.body.error.code).toBe('COMMENT_REQUIRED');
    const notReturned = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: example });
    expect(notReturned.status).toBe(409);
    expect(notReturned.body.error.code).toBe('REQUEST_NOT_RETURNED');
  });
});

describe('urge (催办)', () => {
  it('reaches the running step once a working day; a second urge the same day is refused', async () => {
    const qiye = await stack.signIn('qiye');
    const requestId = await submit(qiye);
    const urged = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'urge', comment: '贷款下周到期，请尽快办理' })
      .expect(200);
    expect(urged.body.request.timeline.at(-1)).toMatchObject({ action: 'urge', stepName: '招商服务中心核实' });
    const again = await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'urge' });
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: 'URGE_TOO_SOON', message: '本工作日已催办过，请下一个工作日再催' });
  });
});

describe('withdraw (撤回)', () => {
  it('only the applicant’s organisation withdraws, once, and the task leaves the inbox', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    await (
      await stack.signIn('qiye2')
    )
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'withdraw' })
      .expect(404);
    await zhaoshang.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'withdraw' }).expect(403);

    const withdrawn = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'withdraw', comment: '已与银行达成一致' })
      .expect(200);
    expect(withdrawn.body.request.status).toBe('withdrawn');
    expect(await openTaskId(zhaoshang, requestId)).toBeUndefined();
    const again = await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'withdraw' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('REQUEST_WITHDRAWN');
  });
});

describe('hand-overs', () => {
  it('delegate (委派): the colleague gives an opinion and the task comes back to its owner', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const liu = await stack.signIn('liu');
    const requestId = await submit(qiye);
    const taskId = (await openTaskId(zhaoshang, requestId))!;

    await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'delegate', targetUserId: demoUserId('liu'), comment: '请核实现场' })
      .expect(200);
    expect(await openTaskId(zhaoshang, requestId)).toBeUndefined();
    const delegated = (await openTaskId(liu, requestId))!;
    const decide = await liu.post(`/api/v1/tasks/${delegated}/actions`).send({ action: 'reject', comment: '不行' });
    expect(decide.status).toBe(403);
    expect(decide.body.error.code).toBe('DELEGATE_CANNOT_DECIDE');
    await liu
      .post(`/api/v1/tasks/${delegated}/actions`)
      .send({ action: 'approve', comment: '现场核实无误' })
      .expect(200);

    const back = await openTaskId(zhaoshang, requestId);
    expect(back).toBe(taskId);
    await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' }).expect(200);
    expect(await openTaskId(await stack.signIn('yinhang'), requestId)).toBeDefined();
  });

  it('transfer (转交) to someone who does not exist is refused; to a colleague it moves the task', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    const taskId = (await openTaskId(zhaoshang, requestId))!;
    const nobody = await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'transfer', targetUserId: 'u-nobody', comment: '转办' });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.code).toBe('NOT_A_HANDLER');
    await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'transfer', targetUserId: demoUserId('liu'), comment: '转办' })
      .expect(200);
    expect(await openTaskId(await stack.signIn('liu'), requestId)).toBeDefined();
    const timeline = (await zhaoshang.get(`/api/v1/requests/${requestId}`).expect(200)).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ action: 'transfer', comment: '转办', internal: true });
    // The applicant sees the hand-over, not the note between colleagues.
    const seenByApplicant = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.timeline;
    expect(seenByApplicant.at(-1)).toEqual(expect.objectContaining({ action: 'transfer' }));
    expect(seenByApplicant.at(-1)).not.toHaveProperty('comment');
  });

  it('take back (拿回): an approval is undone while the bank has not acted, and not after', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const requestId = await submit(qiye);
    const taskId = (await openTaskId(zhaoshang, requestId))!;
    await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' }).expect(200);
    expect(await openTaskId(yinhang, requestId)).toBeDefined();

    await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'take_back' }).expect(200);
    expect(await openTaskId(yinhang, requestId)).toBeUndefined();
    expect(await openTaskId(zhaoshang, requestId)).toBe(taskId);

    await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' }).expect(200);
    const bankTask = (await openTaskId(yinhang, requestId))!;
    await yinhang.post(`/api/v1/tasks/${bankTask}/actions`).send({ action: 'comment', comment: '已受理' }).expect(200);
    // A comment decides nothing; handing the task to a colleague at the bank does.
    await createUser({
      username: 'yinhang-colleague',
      roles: ['bank_officer'],
      org: ABC_BANK,
    });
    await yinhang
      .post(`/api/v1/tasks/${bankTask}/actions`)
      .send({ action: 'transfer', targetUserId: demoUserId('yinhang-colleague'), comment: '请同事办理' })
      .expect(200);
    const tooLate = await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'take_back' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.code).toBe('TAKE_BACK_TOO_LATE');
  });
});

describe('a parallel stage (并联) with a lead department', () => {
  const jointReview: ProcessDefinition = {
    key: 'joint-review',
    version: 1,
    name: { zh: '联合审查' },
    form: { key: 'loan-renewal-application', version: 1 },
    steps: [
      {
        type: 'parallel',
        id: 'joint',
        name: { zh: '并联审查' },
        leadBranchId: 'centre',
        branches: [
          {
            id: 'centre',
            name: { zh: '招商服务中心' },
            steps: [
              {
                type: 'approval',
                id: 'centre-review',
                name: { zh: '中心审查' },
                assignees: { org: CENTRE._id, role: 'handler' },
              },
            ],
          },
          {
            id: 'bank',
            name: { zh: '银行' },
            steps: [
              {
                type: 'approval',
                id: 'bank-review',
                name: { zh: '银行审查' },
                assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
              },
            ],
          },
        ],
      },
    ],
  };

  it('opens both departments’ tasks at once and completes when both approved', async () => {
    await ProcessVersionModel.create(definitionVersionRecord(jointReview, 'published', new Date()));
    const qiye = await stack.signIn('qiye');
    const requestId = await submit(qiye, 'joint-review');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const [centreTask, bankTask] = [await openTaskId(zhaoshang, requestId), await openTaskId(yinhang, requestId)];
    expect(centreTask && bankTask).toBeTruthy();
    const detail = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(detail.currentStepNames.sort()).toEqual(['中心审查', '银行审查']);

    await yinhang.post(`/api/v1/tasks/${bankTask}/actions`).send({ action: 'approve' }).expect(200);
    expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.status).toBe('in_progress');
    await zhaoshang.post(`/api/v1/tasks/${centreTask}/actions`).send({ action: 'approve' }).expect(200);
    expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.status).toBe('completed');
  });
});

describe('a fill step (填报)', () => {
  const recordRenewal: ProcessDefinition = {
    key: 'record-renewal',
    version: 1,
    name: { zh: '续贷登记' },
    form: { key: 'loan-renewal-application', version: 1 },
    steps: [
      {
        type: 'fill',
        id: 'bank-record',
        name: { zh: '银行登记续贷结果' },
        assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
        // Any published form serves the test; the seed catalogue gives the bank a form of its own.
        form: { key: 'loan-renewal-application', version: 1 },
      },
    ],
  };

  it('shows the party its form, refuses invalid data, and keeps what was submitted', async () => {
    await ProcessVersionModel.create(definitionVersionRecord(recordRenewal, 'published', new Date()));
    const qiye = await stack.signIn('qiye');
    const yinhang = await stack.signIn('yinhang');
    const requestId = await submit(qiye, 'record-renewal');
    const taskId = (await openTaskId(yinhang, requestId))!;
    const detail = await yinhang.get(`/api/v1/tasks/${taskId}`).expect(200);
    expect(detail.body.fillForm.schema.title).toBe('续贷协调申请表');

    const invalid = await yinhang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'approve', data: { loanAmount: 0 } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('FORM_INVALID');
    const missing = await yinhang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' });
    expect(missing.status).toBe(422);

    const recorded = { ...example, renewalAmount: 5_000_000 };
    const done = await yinhang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .send({ action: 'approve', data: recorded })
      .expect(200);
    expect(done.body.request).toMatchObject({ status: 'completed', stepData: { 'bank-record': recorded } });
  });
});
