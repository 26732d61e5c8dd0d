import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { StepDefinition, StepSla } from '../dsl/process-definition';
import type { EngineEffect } from './events';
import { applyEvent, nextClockAt, startProcess } from './process-engine';
import type { ProcessState } from './state';

// Statutory clocks in working days: reminder, 黄牌 at the deadline with the
// step's timeout policy, 红牌 when overdue. The engine has no clock of its own:
// time only passes through `tick` events.

const applicant = party('applicant', 'org-firm');
const alice = party('alice', 'org-centre');
const boss = party('boss', 'org-centre');

// Friday 13 February 2026, 09:30 in Beijing: a make-up Saturday and the Spring Festival follow.
const submittedAt = '2026-02-13T01:30:00.000Z';

function settle(transition: { state: ProcessState; effects: EngineEffect[] }, at: string) {
  return settleEffects(
    transition,
    (effect) => (effect.escalation ? [boss] : [alice]),
    () => at,
  );
}

function start(sla: StepSla, steps?: StepDefinition[]) {
  const def = definition(steps ?? [approvalStep('review', { sla }), approvalStep('after')]);
  return settle(startProcess({ requestId: 'r', definition: def, applicant, data: {}, at: submittedAt }), submittedAt);
}

const tick = (state: ProcessState, at: string) => settle(applyEvent(state, { type: 'tick', at }), at);
const actions = (state: ProcessState) => state.timeline.map((entry) => entry.action);

describe('step clocks', () => {
  it('counts working days by the official calendar: the make-up Saturday counts, the Spring Festival does not', () => {
    const state = start({ workingDays: 3 });
    expect(state.steps[0]!.clock).toEqual({
      remindAt: '2026-02-24T16:00:00.000Z',
      dueAt: '2026-02-25T16:00:00.000Z',
      redAt: '2026-02-27T16:00:00.000Z',
      level: 'on_time',
    });
    expect(nextClockAt(state)).toBe('2026-02-24T16:00:00.000Z');
  });

  it('reminds, then shows 黄牌 at the deadline and 红牌 when overdue, each once', () => {
    let state = start({ workingDays: 3 });
    state = tick(state, '2026-02-20T00:00:00.000Z');
    expect(state.steps[0]!.clock?.level).toBe('on_time');
    state = tick(state, '2026-02-24T16:00:00.000Z');
    expect(state.steps[0]!.clock?.level).toBe('reminded');
    state = tick(state, '2026-02-25T16:00:00.000Z');
    state = tick(state, '2026-02-26T00:00:00.000Z');
    expect(state.steps[0]!.clock?.level).toBe('yellow');
    expect(nextClockAt(state)).toBe('2026-02-27T16:00:00.000Z');
    state = tick(state, '2026-03-02T00:00:00.000Z');
    expect(state.steps[0]!.clock?.level).toBe('red');
    expect(nextClockAt(state)).toBeNull();
    expect(actions(state)).toEqual(['submit', 'remind', 'yellow_card', 'red_card']);
  });

  it('a tick that jumps past every moment fires them all in order', () => {
    const state = tick(start({ workingDays: 1 }), '2026-03-10T00:00:00.000Z');
    expect(actions(state)).toEqual(['submit', 'remind', 'yellow_card', 'red_card']);
  });

  it('auto-approves a late step and moves on, when the policy says so', () => {
    const state = tick(start({ workingDays: 1, onTimeout: 'auto_approve' }), '2026-02-24T16:00:00.000Z');
    expect(state.steps.map((step) => step.status)).toEqual(['approved', 'active']);
    expect(actions(state)).toEqual(['submit', 'remind', 'yellow_card', 'auto_approve']);
    expect(state.tasks[0]!.status).toBe('cancelled');
  });

  it('auto-rejects a late step, ending the request', () => {
    const state = tick(start({ workingDays: 1, onTimeout: 'auto_reject' }), '2026-02-24T16:00:00.000Z');
    expect(state.status).toBe('rejected');
  });

  it('escalates a late step to the handling organisation’s leader, who may decide it alone', () => {
    const late = tick(
      start({ workingDays: 1, onTimeout: 'escalate' }, [
        approvalStep('review', { mode: 'all', sla: { workingDays: 1, onTimeout: 'escalate' } }),
      ]),
      '2026-02-24T16:00:00.000Z',
    );
    const leaderTask = late.tasks.find((task) => task.assignee.userId === 'boss');
    expect(leaderTask).toMatchObject({ status: 'open', escalation: true });
    expect(actions(late)).toContain('escalate');
    const decided = applyEvent(late, {
      type: 'taskAction',
      taskId: leaderTask!.id,
      action: 'approve',
      actor: boss,
      at: '2026-02-25T01:00:00.000Z',
    }).state;
    expect(decided.status).toBe('completed');
  });

  it('a step that runs again after a return gets a fresh clock', () => {
    const state = start({ workingDays: 3 });
    const returned = applyEvent(state, {
      type: 'taskAction',
      taskId: state.tasks[0]!.id,
      action: 'return',
      to: 'applicant',
      comment: '补正',
      actor: alice,
      at: '2026-02-24T02:00:00.000Z',
    }).state;
    expect(nextClockAt(returned)).toBeNull();
    const resubmittedAt = '2026-03-02T02:00:00.000Z';
    const again = settle(
      applyEvent(returned, {
        type: 'requestAction',
        action: 'resubmit',
        actor: applicant,
        data: {},
        at: resubmittedAt,
      }),
      resubmittedAt,
    );
    expect(again.steps[0]!.clock?.dueAt).toBe('2026-03-05T16:00:00.000Z');
  });

  it('uses the administrators’ calendar changes pinned at submission', () => {
    const def = definition([approvalStep('review', { sla: { workingDays: 1 } })]);
    const state = startProcess({
      requestId: 'r',
      definition: def,
      applicant,
      data: {},
      at: submittedAt,
      calendarOverrides: [{ days: [{ date: '2026-02-14', kind: 'holiday', name: { zh: '停电检修' } }] }],
    }).state;
    expect(state.steps[0]!.clock?.dueAt).toBe('2026-02-24T16:00:00.000Z');
  });
});
