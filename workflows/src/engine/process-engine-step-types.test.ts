import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { ProcessDefinition, StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, ResolveAssigneesEffect } from './events';
import {
  applyEvent,
  checkTaskAction,
  fieldPermissionsAt,
  NO_ASSIGNEE_FALLBACK_RULE,
  startProcess,
  visibleFormData,
} from './process-engine';
import type { Party, ProcessState } from './state';

// 抄送, 通知 and webhook steps; assignee options (exclude the applicant, the
// applicant's pick, what happens when nobody matches); field permissions.

const applicant = party('applicant', 'org-firm');
const [alice, bob, carol] = [party('alice'), party('bob'), party('carol')];
const at = '2026-03-02T01:30:00.000Z';

function start(steps: StepDefinition[], data = {}) {
  return startProcess({ requestId: 'r', definition: definition(steps), applicant, data, at });
}

const settle = (
  transition: { state: ProcessState; effects: EngineEffect[] },
  assign: (effect: ResolveAssigneesEffect) => Party[],
) => settleEffects(transition, assign, () => at);

const approve = (state: ProcessState, who: Party, data?: Record<string, unknown>) =>
  applyEvent(state, {
    type: 'taskAction',
    taskId: state.tasks.find((task) => task.assignee.userId === who.userId && task.status === 'open')!.id,
    action: 'approve',
    actor: who,
    ...(data ? { data } : {}),
    at,
  });

describe('cc (抄送) and notify (通知) steps', () => {
  it('copies the people in read-only and moves on at once', () => {
    const steps: StepDefinition[] = [
      { type: 'cc', id: 'copy', name: { zh: '抄送分管领导' }, assignees: { org: 'org-a', role: 'leader' } },
      approvalStep('review'),
    ];
    const state = settle(start(steps), (effect) => (effect.stepId === 'copy' ? [bob, carol] : [alice]));
    expect(state.tasks.map((task) => `${task.assignee.userId}:${task.stepId}:${task.status}`)).toEqual([
      'bob:copy:informed',
      'carol:copy:informed',
      'alice:review:open',
    ]);
    expect(state.steps.map((step) => step.status)).toEqual(['completed', 'active']);
    const copy = state.tasks[0]!;
    expect(checkTaskAction(state, { taskId: copy.id, action: 'approve', actor: bob })?.code).toBe('TASK_IS_COPY');
  });

  it('asks the worker to notify and moves on without waiting', () => {
    const steps: StepDefinition[] = [
      {
        type: 'notify',
        id: 'tell-bank',
        name: { zh: '通知银行' },
        assignees: { org: 'org-bank', role: 'bank_officer' },
        message: { zh: '有新的续贷申请' },
      },
      approvalStep('review'),
    ];
    const { state, effects } = start(steps);
    expect(effects[0]).toMatchObject({
      type: 'notify',
      stepId: 'tell-bank',
      requestId: 'r',
      message: { zh: '有新的续贷申请' },
    });
    expect(state.steps.map((step) => step.status)).toEqual(['completed', 'active']);
    expect(state.timeline.map((entry) => entry.action)).toEqual(['submit', 'notify']);
  });
});

describe('webhook steps', () => {
  const push: StepDefinition = {
    type: 'webhook',
    id: 'push',
    name: { zh: '推送银行系统' },
    url: 'https://bank.example/credit',
    maxAttempts: 3,
  };

  it('calls with a key that stays the same for this run of the step, and keeps the answer', () => {
    const { state, effects } = start([push, approvalStep('review')]);
    expect(effects[0]).toMatchObject({
      type: 'callWebhook',
      url: 'https://bank.example/credit',
      method: 'POST',
      maxAttempts: 3,
      idempotencyKey: `r:push:${state.steps[0]!.startedRevision}`,
      body: expect.objectContaining({ requestId: 'r', processKey: 'test-process', stepId: 'push' }),
    });
    const next = applyEvent(state, {
      type: 'webhookResult',
      stepId: 'push',
      ok: true,
      response: { creditId: 'C1' },
      at,
    });
    expect(next.state.stepData).toEqual({ push: { creditId: 'C1' } });
    expect(next.state.steps.map((step) => step.status)).toEqual(['completed', 'active']);
  });

  it('sends the other system only the fields the step may see (its hidden ones stay home)', () => {
    const screened: StepDefinition = { ...push, fieldPermissions: { idNumber: 'hidden' } };
    const { effects } = start([screened, approvalStep('review')], { idNumber: '420923199001011234', amount: 50 });
    expect(effects[0]).toMatchObject({ type: 'callWebhook', body: expect.objectContaining({ data: { amount: 50 } }) });
  });

  it('records a failure and goes on, or rejects the request when told to', () => {
    const failed = { type: 'webhookResult' as const, stepId: 'push', ok: false, error: 'answered 503', at };
    const going = applyEvent(start([push, approvalStep('review')]).state, failed).state;
    expect(going.timeline.at(-1)).toMatchObject({ action: 'webhook_failed', comment: 'answered 503' });
    expect(going.steps[1]!.status).toBe('active');
    const strict = start([{ ...push, onFailure: 'reject' }, approvalStep('review')]).state;
    expect(applyEvent(strict, failed).state.status).toBe('rejected');
  });
});

describe('assignee options', () => {
  it('never gives the applicant their own request when the rule says so', () => {
    const steps = [approvalStep('review', { assignees: { org: 'org-firm', role: 'leader', excludeApplicant: true } })];
    const state = settle(start(steps), () => [applicant, bob]);
    expect(state.tasks.map((task) => task.assignee.userId)).toEqual(['bob']);
  });

  it('keeps only the people the applicant picked in the form, among those the rule allows', () => {
    const steps = [approvalStep('review', { assignees: { org: 'org-a', role: 'handler', pickField: 'reviewer' } })];
    const state = settle(start(steps, { reviewer: 'carol' }), () => [alice, carol]);
    expect(state.tasks.map((task) => task.assignee.userId)).toEqual(['carol']);
    const outsider = settle(start(steps, { reviewer: 'mallory' }), (effect) =>
      effect.fallback ? [bob] : [alice, carol],
    );
    // Nobody allowed was picked: administrators take it, as with any rule matching nobody.
    expect(outsider.tasks.map((task) => task.assignee.userId)).toEqual(['bob']);
  });

  it('applies the step’s policy when nobody matches: admin (default), auto-approve or reject', () => {
    const nobody = (policy?: 'admin' | 'auto_approve' | 'reject') => {
      const steps = [approvalStep('review', policy ? { noAssignee: policy } : {}), approvalStep('sign')];
      return start(steps);
    };
    const toAdmin = applyEvent(nobody().state, {
      type: 'assigneesResolved',
      stepId: 'review',
      assignees: [],
      fallback: false,
      at,
    });
    expect(toAdmin.effects).toEqual([expect.objectContaining({ rule: NO_ASSIGNEE_FALLBACK_RULE, fallback: true })]);
    const passed = applyEvent(nobody('auto_approve').state, {
      type: 'assigneesResolved',
      stepId: 'review',
      assignees: [],
      fallback: false,
      at,
    });
    expect(passed.state.steps.map((step) => step.status)).toEqual(['approved', 'active']);
    const rejected = applyEvent(nobody('reject').state, {
      type: 'assigneesResolved',
      stepId: 'review',
      assignees: [],
      fallback: false,
      at,
    });
    expect(rejected.state.status).toBe('rejected');
  });
});

describe('field permissions', () => {
  const reviewed: ProcessDefinition = definition([
    approvalStep('review', { fieldPermissions: { amount: 'edit', idNumber: 'hidden' } }),
    approvalStep('sign'),
  ]);
  const begin = () =>
    settleEffects(
      startProcess({
        requestId: 'r',
        definition: reviewed,
        applicant,
        data: { amount: 100, idNumber: '420923', purpose: '周转' },
        at,
      }),
      () => [alice],
      () => at,
    );

  it('lets a step’s handler correct the fields it may edit when approving, on the record', () => {
    const { state } = approve(begin(), alice, { amount: 80 });
    expect(state.data).toEqual({ amount: 80, idNumber: '420923', purpose: '周转' });
    expect(state.timeline.find((entry) => entry.action === 'approve')).toMatchObject({
      detail: { corrected: ['amount'] },
    });
  });

  it('refuses a change to a field the step may only read or not see', () => {
    const state = begin();
    const taskId = state.tasks[0]!.id;
    for (const data of [{ purpose: '改了' }, { idNumber: 'x' }, { amount: 1, purpose: '改了' }]) {
      expect(checkTaskAction(state, { taskId, action: 'approve', actor: alice, data })?.code).toBe(
        'FIELD_NOT_EDITABLE',
      );
    }
  });

  it('hides what the step may not see', () => {
    const permissions = fieldPermissionsAt(reviewed, 'review');
    expect(visibleFormData({ amount: 100, idNumber: '420923', purpose: '周转' }, permissions)).toEqual({
      amount: 100,
      purpose: '周转',
    });
    expect(fieldPermissionsAt(reviewed, 'sign')).toEqual({});
  });
});
