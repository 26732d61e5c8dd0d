import { approvalStep, branchStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { FillStep, StepDefinition, WaitStep } from '../dsl/process-definition';
import { applyEvent, checkTaskAction, nextClockAt, startProcess } from './process-engine';
import type { ProcessState } from './state';

// 填报 fill steps (a party submits a form of its own) and 等待 wait steps (公示 and dates from the form).

const applicant = party('applicant', 'org-firm');
const bank = party('bank', 'org-bank');
const clerk = party('clerk', 'org-bureau');
let tick = 0;
const at = () => new Date(Date.UTC(2026, 2, 2, 2, 0, tick++)).toISOString();

const fill = (id: string): FillStep => ({
  type: 'fill',
  id,
  name: { zh: '银行登记续贷结果' },
  assignees: { org: 'org-bank', role: 'bank_officer' },
  form: { key: 'loan-renewal-bank-decision', version: 1 },
});
const wait = (id: string, fields: Partial<WaitStep>): WaitStep => ({
  type: 'wait',
  id,
  name: { zh: '公示' },
  ...fields,
});

function start(steps: StepDefinition[], data: Record<string, unknown> = {}, startedAt = at()) {
  return settleEffects(
    startProcess({ requestId: 'r', definition: definition(steps), applicant, data, at: startedAt }),
    (effect) => (effect.stepId.startsWith('bank') ? [bank] : [clerk]),
    at,
  );
}

describe('fill (填报)', () => {
  it('keeps what the party submitted, and later conditions can read it', () => {
    const steps: StepDefinition[] = [
      fill('bank-record'),
      branchStep('after', [
        {
          id: 'declined',
          name: { zh: '未续贷' },
          when: { '==': [{ var: 'steps.bank-record.decision' }, 'decline'] },
          steps: [approvalStep('review-decline')],
        },
        { id: 'renewed', name: { zh: '已续贷' }, steps: [] },
      ]),
    ];
    const state = start(steps);
    const taskId = state.tasks[0]!.id;
    expect(checkTaskAction(state, { taskId, action: 'approve', actor: bank })?.code).toBe('DATA_REQUIRED');
    expect(checkTaskAction(state, { taskId, action: 'reject', actor: bank, comment: 'x' })?.code).toBe(
      'FILL_STEP_NOT_DECIDED',
    );

    const renewed = applyEvent(state, {
      type: 'taskAction',
      taskId,
      action: 'approve',
      actor: bank,
      data: { decision: 'approve', amount: 6_000_000 },
      at: at(),
    }).state;
    expect(renewed.stepData).toEqual({ 'bank-record': { decision: 'approve', amount: 6_000_000 } });
    expect(renewed.status).toBe('completed');
    expect(renewed.timeline.map((entry) => entry.action)).toEqual(['submit', 'fill', 'complete']);

    const declined = settleEffects(
      applyEvent(state, {
        type: 'taskAction',
        taskId,
        action: 'approve',
        actor: bank,
        data: { decision: 'decline' },
        at: at(),
      }),
      () => [clerk],
      at,
    );
    expect(declined.steps.find((step) => step.id === 'review-decline')?.status).toBe('active');
  });
});

describe('wait (等待)', () => {
  it('a public notice of 5 working days ends at 24:00 China time of the 5th working day', () => {
    const state = start([wait('notice', { workingDays: 5 }), approvalStep('pay')], {}, '2026-09-29T02:00:00.000Z');
    // 30 September, then after National Day: 8, 9, 10 (a make-up Saturday) and 12 October.
    expect(state.steps[0]!.waitUntil).toBe('2026-10-12T16:00:00.000Z');
    expect(nextClockAt(state)).toBe('2026-10-12T16:00:00.000Z');
    const early = applyEvent(state, { type: 'tick', at: '2026-10-12T15:59:59.000Z' }).state;
    expect(early.steps[0]!.status).toBe('active');
    const over = settleEffects(applyEvent(state, { type: 'tick', at: '2026-10-12T16:00:00.000Z' }), () => [clerk], at);
    expect(over.steps.map((step) => step.status)).toEqual(['completed', 'active']);
    expect(over.timeline.map((entry) => entry.action)).toEqual(['submit', 'waited']);
  });

  it('waits until a date from the form, and not at all when it has passed', () => {
    const until = start(
      [wait('until-audit', { untilField: 'auditDate' }), approvalStep('x')],
      { auditDate: '2026-04-20' },
      '2026-04-01T02:00:00.000Z',
    );
    expect(until.steps[0]!.waitUntil).toBe('2026-04-19T16:00:00.000Z');
    const passed = start(
      [wait('until-audit', { untilField: 'auditDate' }), approvalStep('x')],
      { auditDate: '2026-03-01' },
      '2026-04-01T02:00:00.000Z',
    );
    expect(passed.steps.map((step) => step.status)).toEqual(['completed', 'active']);
  });

  it('a withdrawal during a wait ends it, and no clock is left running', () => {
    const state = start([wait('notice', { days: 7 })]);
    const withdrawn = applyEvent(state, {
      type: 'requestAction',
      action: 'withdraw',
      actor: applicant,
      at: at(),
    }).state;
    expect(nextClockAt(withdrawn)).toBeNull();
  });
});

it('keeps the submitted data of a taken-back fill out of the request', () => {
  const state = start([fill('bank-record'), approvalStep('review')]);
  const taskId = state.tasks[0]!.id;
  const submitted: ProcessState = settleEffects(
    applyEvent(state, {
      type: 'taskAction',
      taskId,
      action: 'approve',
      actor: bank,
      data: { decision: 'approve' },
      at: at(),
    }),
    () => [clerk],
    at,
  );
  const back = applyEvent(submitted, { type: 'taskAction', taskId, action: 'take_back', actor: bank, at: at() }).state;
  expect(back.stepData).toEqual({});
  expect(back.steps.map((step) => step.status)).toEqual(['active', 'pending']);
});
