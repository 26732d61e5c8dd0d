import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// 加签/减签, 延期, corrections to editable fields, 好差评 with 整改 and 回访, and
// 督办, through HTTP on the real stack.
const stack = useTestStack();

const reviewed: ProcessDefinition = {
  key: 'reviewed-renewal',
  version: 1,
  name: { zh: '续贷审查（加签测试）' },
  form: { key: loanRenewalApplicationForm.key, version: loanRenewalApplicationForm.version },
  steps: [
    {
      type: 'approval',
      id: 'centre-review',
      name: { zh: '中心审查' },
      assignees: { org: CENTRE._id, role: 'handler' },
      sla: { workingDays: 3 },
      fieldPermissions: { renewalAmount: 'edit' },
      // The administrator lets the centre ask 经信局 (法务周, 风控吴) to co-sign or take a task over.
      handOverOrgs: ['org-yunmeng-economy-bureau'],
    },
    {
      type: 'approval',
      id: 'bank-review',
      name: { zh: '银行审查' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
      fieldPermissions: { contactPhone: 'hidden' },
    },
  ],
  rating: { rectification: { assignees: { org: CENTRE._id, role: 'leader' }, sla: { workingDays: 5 } } },
};

type Agent = Awaited<ReturnType<typeof stack.signIn>>;

async function submit(agent: Agent) {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: reviewed.key, data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id as string;
}

async function openTask(agent: Agent, requestId: string) {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  return (inbox.body.items as { id: string; requestId: string; kind?: string }[]).find(
    (task) => task.requestId === requestId,
  );
}

const act = (agent: Agent, taskId: string, body: Record<string, unknown>) =>
  agent.post(`/api/v1/tasks/${taskId}/actions`).send(body);

beforeAll(async () => {
  await ProcessVersionModel.create(definitionVersionRecord(reviewed, 'published', new Date()));
  await createUser({ username: 'fawu', displayName: '法务周', roles: ['handler'] });
  await createUser({ username: 'fengkong', displayName: '风控吴', roles: ['handler'] });
  await createUser({ username: 'zhuren', displayName: '中心主任', roles: ['leader'], org: CENTRE });
  await createUser({ username: 'ducha', displayName: '督查室', roles: ['supervisor'] });
});

describe('who may be handed a task', () => {
  const OTHER_BUREAU = {
    _id: 'org-yunmeng-finance-bureau',
    name: '云梦县财政局',
    nameEn: 'Yunmeng County Finance Bureau',
    kind: 'department' as const,
  };
  const kinds: [string, () => Promise<string>, string][] = [
    ['a colleague at the centre (its director)', async () => demoUserId('zhuren'), 'allowed'],
    ['staff of the department the administrator added', async () => demoUserId('fawu'), 'allowed'],
    ['a bank officer (another organisation)', async () => demoUserId('yinhang'), 'HAND_OVER_OUT_OF_SCOPE'],
    ['staff of a department not added', async () => demoUserId('caizheng'), 'HAND_OVER_OUT_OF_SCOPE'],
    ['the applicant', async () => demoUserId('qiye'), 'NOT_A_HANDLER'],
    ['another enterprise', async () => demoUserId('qiye2'), 'NOT_A_HANDLER'],
    ['a supervisor', async () => demoUserId('ducha'), 'NOT_A_HANDLER'],
    ['an auditor', async () => demoUserId('shenji-handover'), 'NOT_A_HANDLER'],
    ['an administrator', async () => demoUserId('admin'), 'NOT_A_HANDLER'],
    ['a deactivated handler', async () => demoUserId('lizhi'), 'NOT_A_HANDLER'],
    ['nobody', async () => 'u-nobody', 'NOT_A_HANDLER'],
  ];
  const handOver = (action: string, userId: string) =>
    action === 'add_signer'
      ? { action, signerUserIds: [userId], position: 'after', comment: '请会签' }
      : { action, targetUserId: userId, comment: '请办理' };

  beforeAll(async () => {
    await createUser({ username: 'caizheng', roles: ['handler'], org: OTHER_BUREAU });
    await createUser({ username: 'shenji-handover', roles: ['auditor'] });
    await createUser({ username: 'lizhi', roles: ['leader'], org: CENTRE });
    await (
      await stack.signIn('admin')
    )
      .patch(`/api/v1/users/${demoUserId('lizhi')}`)
      .send({ active: false })
      .expect(200);
  });

  it.each(['transfer', 'delegate', 'add_signer'])(
    '%s: to each kind of person, by one rule (refusals change nothing)',
    async (action) => {
      const qiye = await stack.signIn('qiye');
      const zhaoshang = await stack.signIn('zhaoshang');
      const refused = await submit(qiye);
      const own = (await openTask(zhaoshang, refused))!;
      const timelineLength = async () =>
        (await zhaoshang.get(`/api/v1/requests/${refused}`).expect(200)).body.timeline.length;
      const before = await timelineLength();
      const outcomes: [string, string][] = [];
      for (const [kind, target, expected] of kinds) {
        if (expected === 'allowed') {
          const requestId = await submit(qiye);
          const task = (await openTask(zhaoshang, requestId))!;
          const response = await act(zhaoshang, task.id, handOver(action, await target()));
          outcomes.push([
            kind,
            response.status === 200 ? 'allowed' : `${response.status} ${response.body.error?.code}`,
          ]);
        } else {
          const response = await act(zhaoshang, own.id, handOver(action, await target()));
          outcomes.push([kind, response.status === 422 ? response.body.error.code : `${response.status}`]);
        }
      }
      expect(outcomes).toEqual(kinds.map(([kind, , expected]) => [kind, expected]));
      // Oneself is not someone else.
      const self = await act(zhaoshang, own.id, handOver(action, demoUserId('zhaoshang')));
      expect(self.body.error.code).toBe(action === 'add_signer' ? 'SIGNERS_INVALID' : 'TARGET_INVALID');
      expect((await openTask(zhaoshang, refused))?.id).toBe(own.id);
      expect(await timelineLength()).toBe(before);
    },
  );
});

describe('add and remove signers (加签/减签)', () => {
  it('holds the handler while the added people sign; one removed, the other approves, the handler decides', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const fawu = await stack.signIn('fawu');
    const requestId = await submit(qiye);
    const own = (await openTask(zhaoshang, requestId))!;

    const refused = await act(zhaoshang, own.id, {
      action: 'add_signer',
      signerUserIds: [demoUserId('zhaoshang')],
      position: 'before',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('SIGNERS_INVALID');

    await act(zhaoshang, own.id, {
      action: 'add_signer',
      signerUserIds: [demoUserId('fawu'), demoUserId('fengkong')],
      position: 'before',
      signerMode: 'all',
      comment: '请法务、风控先审',
    }).expect(200);
    expect(await openTask(zhaoshang, requestId)).toBeUndefined();
    const signerTask = (await openTask(fawu, requestId))!;
    expect(signerTask.kind).toBe('signer');

    // The task page offers 减签 of whom the handler added and who has not decided yet; nobody else sees the offer.
    const offered = async (agent: Agent, taskId: string) =>
      ((await agent.get(`/api/v1/tasks/${taskId}`).expect(200)).body.addedSigners as { displayName: string }[]).map(
        (signer) => signer.displayName,
      );
    expect(await offered(zhaoshang, own.id)).toEqual(['法务周', '风控吴']);
    expect(await offered(fawu, signerTask.id)).toEqual([]);

    await act(zhaoshang, own.id, { action: 'remove_signer', targetUserId: demoUserId('fengkong') }).expect(200);
    expect(await openTask(await stack.signIn('fengkong'), requestId)).toBeUndefined();
    expect(await offered(zhaoshang, own.id)).toEqual(['法务周']);
    await act(fawu, signerTask.id, { action: 'approve', comment: '合同条款无异议' }).expect(200);
    expect(await offered(zhaoshang, own.id)).toEqual([]);

    expect((await openTask(zhaoshang, requestId))?.id).toBe(own.id);
    const decided = await act(zhaoshang, own.id, { action: 'approve' }).expect(200);
    const actions = (decided.body.request.timeline as { action: string }[]).map((entry) => entry.action);
    expect(actions).toEqual(['submit', 'add_signer', 'remove_signer', 'approve', 'approve']);
    expect(decided.body.request.timeline[1].detail).toMatchObject({ position: 'before', mode: 'all' });
  });
});

describe('a retried decision', () => {
  it('answers a retry with the same Idempotency-Key as the first time, after the first landed', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    const task = (await openTask(zhaoshang, requestId))!;
    const key = randomUUID();
    const approve = () =>
      zhaoshang.post(`/api/v1/tasks/${task.id}/actions`).set('Idempotency-Key', key).send({ action: 'approve' });
    const first = await approve().expect(200);
    const retry = await approve().expect(200);
    expect(retry.body.request.timeline).toEqual(first.body.request.timeline);
    expect(first.body.request.timeline.filter((entry: { action: string }) => entry.action === 'approve')).toHaveLength(
      1,
    );
    // A new key is a new decision, and the task is decided.
    const again = await zhaoshang.post(`/api/v1/tasks/${task.id}/actions`).send({ action: 'approve' });
    expect(again.status).toBe(409);
  });
});

describe('corrections and extensions', () => {
  it('lets the step correct the fields it may edit, and refuses the others', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = await submit(qiye);
    const task = (await openTask(zhaoshang, requestId))!;
    const locked = await act(zhaoshang, task.id, { action: 'approve', data: { loanAmount: 1 } });
    expect(locked.status).toBe(403);
    expect(locked.body.error.code).toBe('FIELD_NOT_EDITABLE');
    const invalid = await act(zhaoshang, task.id, { action: 'approve', data: { renewalAmount: -5 } });
    expect(invalid.status).toBe(422);
    const corrected = await act(zhaoshang, task.id, { action: 'approve', data: { renewalAmount: 5_000_000 } });
    expect(corrected.status).toBe(200);
    expect(corrected.body.request.data.renewalAmount).toBe(5_000_000);
  });

  it('sends a request for more time to the handler’s leader, who approves it', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const zhuren = await stack.signIn('zhuren');
    const requestId = await submit(qiye);
    const task = (await openTask(zhaoshang, requestId))!;
    await act(zhaoshang, task.id, { action: 'request_extension', workingDays: 2 }).expect(422);
    await act(zhaoshang, task.id, { action: 'request_extension', workingDays: 2, comment: '等待现场核查' }).expect(200);
    const again = await act(zhaoshang, task.id, { action: 'request_extension', workingDays: 1, comment: '再延' });
    expect(again.body.error.code).toBe('EXTENSION_PENDING');

    const leaderTask = (await openTask(zhuren, requestId))!;
    expect(leaderTask.kind).toBe('extension');
    const approved = await act(zhuren, leaderTask.id, { action: 'approve', comment: '同意延期两天' }).expect(200);
    const entry = (approved.body.request.timeline as { action: string; detail?: Record<string, unknown> }[]).at(-1)!;
    expect(entry).toMatchObject({ action: 'extension_approved', detail: { workingDays: 2 } });
    expect(Date.parse(String(entry.detail!.dueAt))).toBeGreaterThan(Date.parse(String(entry.detail!.previousDueAt)));
  });
});

describe('what a step sees, and where it may send the request back', () => {
  it('hides the fields the step may not see and offers the earlier approved steps as return targets', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const requestId = await submit(qiye);
    const centreTask = (await openTask(zhaoshang, requestId))!;
    const atCentre = (await zhaoshang.get(`/api/v1/tasks/${centreTask.id}`).expect(200)).body;
    expect(atCentre.fieldPermissions).toEqual({ renewalAmount: 'edit' });
    expect(atCentre.returnTargets).toEqual([]);
    expect(atCentre.request.data.contactPhone).toBe(loanRenewalApplicationForm.example.contactPhone);
    const ifApproved = await zhaoshang.post(`/api/v1/tasks/${centreTask.id}/what-if`).send({ action: 'approve' });
    expect(ifApproved.status).toBe(200);
    // The next step's task and who gets it, not only the task that closes.
    expect(ifApproved.body.tasks).toEqual([
      expect.objectContaining({ taskId: centreTask.id, from: 'open', to: 'approved' }),
      expect.objectContaining({
        stepId: 'bank-review',
        assignee: expect.objectContaining({ userId: 'u-yinhang' }),
        from: null,
        to: 'open',
      }),
    ]);
    await act(zhaoshang, centreTask.id, { action: 'approve' }).expect(200);

    const bankTask = (await openTask(yinhang, requestId))!;
    expect(bankTask.id).toBe(ifApproved.body.tasks[1].taskId);
    const atBank = (await yinhang.get(`/api/v1/tasks/${bankTask.id}`).expect(200)).body;
    expect(atBank.request.data).not.toHaveProperty('contactPhone');
    expect(atBank.request.form.schema.properties).not.toHaveProperty('contactPhone');
    expect(atBank.returnTargets).toEqual([{ stepId: 'centre-review', name: '中心审查' }]);

    const whatIf = await yinhang
      .post(`/api/v1/tasks/${bankTask.id}/what-if`)
      .send({ action: 'return', to: 'centre-review', comment: '请中心复核金额' })
      .expect(200);
    expect(whatIf.body.steps).toEqual([
      { stepId: 'centre-review', stepName: '中心审查', from: 'approved', to: 'active' },
      { stepId: 'bank-review', stepName: '银行审查', from: 'active', to: 'pending' },
    ]);
    // The task the return opens at the centre, and for whom, as the engine will really open it.
    expect(whatIf.body.tasks).toEqual([
      expect.objectContaining({ taskId: bankTask.id, from: 'open', to: 'cancelled' }),
      {
        taskId: expect.any(String),
        stepId: 'centre-review',
        stepName: '中心审查',
        assignee: { userId: 'u-zhaoshang', displayName: '张伟', orgName: '云梦县招商服务中心' },
        from: null,
        to: 'open',
      },
    ]);
    // Only a preview: the task is still the bank's.
    expect((await openTask(yinhang, requestId))?.id).toBe(bankTask.id);
    const refused = await yinhang
      .post(`/api/v1/tasks/${bankTask.id}/what-if`)
      .send({ action: 'return', to: 'nowhere', comment: '?' });
    expect(refused.body.error.code).toBe('RETURN_TARGET_INVALID');

    await act(yinhang, bankTask.id, { action: 'return', to: 'centre-review', comment: '请中心复核金额' }).expect(200);
    expect((await openTask(zhaoshang, requestId))?.id).toBe(whatIf.body.tasks[1].taskId);
  });
});

describe('rating (好差评) and supervision (督办)', () => {
  it('takes a rating after 办结; a bad one opens 整改 for the centre’s leader and 回访 for a supervisor', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const zhuren = await stack.signIn('zhuren');
    const ducha = await stack.signIn('ducha');
    const requestId = await submit(qiye);
    const rate = (body: Record<string, unknown>) => qiye.post(`/api/v1/requests/${requestId}/actions`).send(body);

    expect((await rate({ action: 'rate', grade: 5 })).body.error.code).toBe('RATING_CLOSED');
    await act(zhaoshang, (await openTask(zhaoshang, requestId))!.id, { action: 'approve' }).expect(200);
    await act(yinhang, (await openTask(yinhang, requestId))!.id, { action: 'approve' }).expect(200);
    const done = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(done.status).toBe('completed');
    expect(done.ratingOpenUntil).toBeDefined();

    expect((await rate({ action: 'rate', grade: 9 })).status).toBe(400);
    expect((await rate({ action: 'rate', grade: 2 })).body.error.code).toBe('RATING_COMMENT_REQUIRED');
    const rated = await rate({ action: 'rate', grade: 2, comment: '材料要求反复变化' }).expect(200);
    expect(rated.body.request).toMatchObject({ rating: { grade: 2 }, aftercare: 'rectifying' });

    const rectification = (await openTask(zhuren, requestId))!;
    // The task page opens for 整改 and 回访 too (they are no step of the definition): it was a 500.
    const rectificationPage = await zhuren.get(`/api/v1/tasks/${rectification.id}`).expect(200);
    expect(rectificationPage.body.returnTargets).toEqual([]);
    await act(zhuren, rectification.id, { action: 'approve', comment: '已统一材料清单并公示' }).expect(200);
    const followUp = (await openTask(ducha, requestId))!;
    await ducha.get(`/api/v1/tasks/${followUp.id}`).expect(200);
    const closed = await act(ducha, followUp.id, { action: 'approve', comment: '回访企业，表示满意' }).expect(200);
    expect(closed.body.request.aftercare).toBe('closed');
    // Nothing can come any more: the workflow has ended.
    expect((await rate({ action: 'rate', grade: 5 })).body.error.code).toBe('REQUEST_CLOSED');
  });

  it('lets a supervisor urge and flag any request, and nobody else flag it', async () => {
    const qiye = await stack.signIn('qiye');
    const ducha = await stack.signIn('ducha');
    const requestId = await submit(qiye);
    const on = (agent: Agent, body: Record<string, unknown>) =>
      agent.post(`/api/v1/requests/${requestId}/actions`).send(body);

    expect((await on(qiye, { action: 'flag', comment: '自己督办自己' })).status).toBe(403);
    expect((await on(ducha, { action: 'withdraw' })).body.error.code).toBe('NOT_APPLICANT');
    await on(ducha, { action: 'urge', comment: '请加快办理' }).expect(200);
    const flagged = await on(ducha, { action: 'flag', comment: '列入重点督办' }).expect(200);
    expect(flagged.body.request.flagged).toBe(true);
    const last = (flagged.body.request.timeline as { action: string; actor: { displayName: string } }[]).slice(-2);
    expect(last.map((entry) => entry.action)).toEqual(['urge', 'flag']);
    expect(last[1]!.actor.displayName).toBe('督查室');
  });
});
