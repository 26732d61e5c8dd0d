import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { ProcessDefinition } from '../dsl/process-definition';
import type { EngineEffect, TaskActionInput } from './events';
import { applyEvent, checkTaskAction, nextClockAt, startProcess } from './process-engine';
import type { ProcessState } from './state';

// 延期 (a handler asks, a leader of their organisation decides; the deadlines
// move by working days) and the whole request's clock, which stops while the
// applicant corrects (补正). Every clock change is on the record.

const applicant = party('applicant', 'org-firm');
const alice = party('alice', 'org-centre');
const boss = party('boss', 'org-centre');

// Monday 2 March 2026, 09:30 in Beijing: a month with no public holidays.
const mondayMorning = '2026-03-02T01:30:00.000Z';

function settle(transition: { state: ProcessState; effects: EngineEffect[] }, at: string) {
  return settleEffects(
    transition,
    (effect) => (effect.rule.role === 'leader' ? [boss] : [alice]),
    () => at,
  );
}

function start(def: ProcessDefinition) {
  return settle(
    startProcess({ requestId: 'r', definition: def, applicant, data: {}, at: mondayMorning }),
    mondayMorning,
  );
}

function act(state: ProcessState, input: Omit<TaskActionInput, 'taskId'> & { taskId?: string }, at: string) {
  const taskId =
    input.taskId ??
    state.tasks.find((task) => task.assignee.userId === input.actor.userId && task.status === 'open')!.id;
  return settle(applyEvent(state, { type: 'taskAction', ...input, taskId, at }), at);
}

const withSla = definition([approvalStep('review', { sla: { workingDays: 3 } }), approvalStep('sign')]);

describe('extension (延期)', () => {
  it('goes to a leader of the handler’s organisation; approved, every deadline of the step moves', () => {
    let state = start(withSla);
    expect(state.steps[0]!.clock).toMatchObject({
      remindAt: '2026-03-04T16:00:00.000Z',
      dueAt: '2026-03-05T16:00:00.000Z',
      redAt: '2026-03-09T16:00:00.000Z',
    });
    state = act(
      state,
      { action: 'request_extension', actor: alice, workingDays: 2, comment: '等待现场核查' },
      '2026-03-03T02:00:00.000Z',
    );
    expect(state.extensions).toEqual([
      expect.objectContaining({ status: 'pending', workingDays: 2, stepId: 'review' }),
    ]);
    const leaderTask = state.tasks.find((task) => task.assignee.userId === 'boss')!;
    expect(leaderTask).toMatchObject({ status: 'open', extensionId: 'ext-1', stepId: 'review' });
    // The step itself still waits for its handler.
    expect(state.tasks.find((task) => task.assignee.userId === 'alice')!.status).toBe('open');

    state = act(state, { action: 'approve', actor: boss, comment: '同意延期' }, '2026-03-03T03:00:00.000Z');
    expect(state.steps[0]!.clock).toMatchObject({
      remindAt: '2026-03-06T16:00:00.000Z',
      dueAt: '2026-03-09T16:00:00.000Z',
      redAt: '2026-03-11T16:00:00.000Z',
      level: 'on_time',
    });
    expect(state.timeline.at(-1)).toMatchObject({
      action: 'extension_approved',
      detail: { workingDays: 2, previousDueAt: '2026-03-05T16:00:00.000Z', dueAt: '2026-03-09T16:00:00.000Z' },
    });
    expect(nextClockAt(state)).toBe('2026-03-06T16:00:00.000Z');
  });

  it('leaves the deadlines alone when the leader rejects it', () => {
    let state = start(withSla);
    state = act(
      state,
      { action: 'request_extension', actor: alice, workingDays: 2, comment: '材料未到' },
      mondayMorning,
    );
    state = act(state, { action: 'reject', actor: boss, comment: '请按期办结' }, mondayMorning);
    expect(state.extensions![0]!.status).toBe('rejected');
    expect(state.steps[0]!.clock!.dueAt).toBe('2026-03-05T16:00:00.000Z');
    expect(state.timeline.at(-1)!.action).toBe('extension_rejected');
  });

  it('refuses a step without a deadline, a second request while one waits, and odd day counts', () => {
    const noClock = start(definition([approvalStep('review')]));
    const check = (state: ProcessState, input: Partial<TaskActionInput>) =>
      checkTaskAction(state, {
        taskId: state.tasks[0]!.id,
        action: 'request_extension',
        actor: alice,
        comment: '需要时间',
        workingDays: 2,
        ...input,
      })?.code;
    expect(check(noClock, {})).toBe('NO_DEADLINE');
    const state = start(withSla);
    expect(check(state, { workingDays: 0 })).toBe('EXTENSION_DAYS_INVALID');
    expect(check(state, { workingDays: 1.5 })).toBe('EXTENSION_DAYS_INVALID');
    expect(check(state, { comment: ' ' })).toBe('EXTENSION_REASON_REQUIRED');
    const asked = act(
      state,
      { action: 'request_extension', actor: alice, workingDays: 1, comment: '需要时间' },
      mondayMorning,
    );
    expect(check(asked, {})).toBe('EXTENSION_PENDING');
  });

  it('is cancelled with the leader’s task when the step ends first', () => {
    let state = start(withSla);
    state = act(
      state,
      { action: 'request_extension', actor: alice, workingDays: 1, comment: '需要时间' },
      mondayMorning,
    );
    state = act(state, { action: 'approve', actor: alice, taskId: state.tasks[0]!.id }, mondayMorning);
    expect(state.extensions![0]!.status).toBe('cancelled');
    expect(state.tasks.find((task) => task.extensionId)!.status).toBe('cancelled');
  });
});

describe('the whole request’s clock (办结时限)', () => {
  const timed: ProcessDefinition = {
    ...definition([approvalStep('review'), approvalStep('sign')]),
    sla: { workingDays: 5, onTimeout: 'escalate' },
  };

  it('starts at submission and stops while the applicant corrects, moving by the working days it stood still', () => {
    let state = start(timed);
    expect(state.requestClock).toMatchObject({ dueAt: '2026-03-09T16:00:00.000Z', level: 'on_time' });
    // Returned on Tuesday, resubmitted on Thursday: two working days with the applicant.
    state = act(
      state,
      { action: 'return', actor: alice, to: 'applicant', comment: '补充报表' },
      '2026-03-03T02:00:00.000Z',
    );
    expect(state.requestClock!.pausedAt).toBe('2026-03-03T02:00:00.000Z');
    expect(nextClockAt(state)).toBeNull();
    state = settle(
      applyEvent(state, {
        type: 'requestAction',
        action: 'resubmit',
        actor: applicant,
        data: { fixed: true },
        at: '2026-03-05T02:00:00.000Z',
      }),
      '2026-03-05T02:00:00.000Z',
    );
    expect(state.requestClock).toMatchObject({ dueAt: '2026-03-11T16:00:00.000Z' });
    expect(state.requestClock).not.toHaveProperty('pausedAt');
    expect(state.timeline.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['clock_paused', 'clock_resumed']),
    );
    expect(state.timeline.find((entry) => entry.action === 'clock_resumed')).toMatchObject({
      detail: { scope: 'request', pausedWorkingDays: 2, dueAt: '2026-03-11T16:00:00.000Z' },
    });
  });

  it('turns yellow at its deadline and escalates every running step to leaders', () => {
    let state = start(timed);
    state = settle(applyEvent(state, { type: 'tick', at: '2026-03-09T16:00:00.000Z' }), '2026-03-09T16:00:00.000Z');
    expect(state.requestClock!.level).toBe('yellow');
    expect(state.timeline.filter((entry) => entry.action === 'yellow_card')).toEqual([
      expect.objectContaining({ detail: { scope: 'request' } }),
    ]);
    expect(state.tasks.find((task) => task.assignee.userId === 'boss')).toMatchObject({
      stepId: 'review',
      escalation: true,
      status: 'open',
    });
  });
});

describe('a deadline taken from the form, and the warning that it cannot be met', () => {
  const untilAudit: ProcessDefinition = {
    ...definition([
      approvalStep('review', { sla: { workingDays: 2 } }),
      approvalStep('survey', { sla: { workingDays: 3 } }),
      approvalStep('issue', { sla: { workingDays: 1 } }),
    ]),
    sla: { untilField: 'auditDate' },
  };
  const startWith = (auditDate: string) =>
    settle(
      startProcess({ requestId: 'r', definition: untilAudit, applicant, data: { auditDate }, at: mondayMorning }),
      mondayMorning,
    );

  it('is due at 24:00 China time of the date in the form', () => {
    const state = startWith('2026-03-13');
    expect(state.requestClock).toMatchObject({
      dueAt: '2026-03-13T16:00:00.000Z',
      remindAt: '2026-03-12T16:00:00.000Z',
    });
  });

  it('warns at once when the steps still to come need more working days than are left', () => {
    // Monday to Wednesday is 3 working days; the steps need 7 (today and 2 for review, 3, 1).
    const state = startWith('2026-03-04');
    expect(state.timeline.at(-1)).toMatchObject({
      action: 'deadline_at_risk',
      detail: { scope: 'request', workingDaysLeft: 3, workingDaysNeeded: 7 },
    });
    expect(state.requestClock!.atRisk).toBe(true);
  });

  it('otherwise sets the moment it becomes too late, and warns when a slow step brings it closer', () => {
    // Due Friday 13 March: 10 working days from Monday the 2nd, 7 needed.
    let state = startWith('2026-03-13');
    expect(state.timeline.map((entry) => entry.action)).not.toContain('deadline_at_risk');
    // Review is due Wednesday; if it is still open on Tuesday the 10th, the 4 days left cannot hold it,
    // the survey (3) and the certificates (1).
    expect(state.requestClock!.riskAt).toBe('2026-03-09T16:00:00.000Z');
    state = settle(applyEvent(state, { type: 'tick', at: '2026-03-09T16:00:00.000Z' }), '2026-03-09T16:00:00.000Z');
    expect(state.timeline.filter((entry) => entry.action === 'deadline_at_risk')).toEqual([
      expect.objectContaining({ detail: { scope: 'request', workingDaysLeft: 4, workingDaysNeeded: 5 } }),
    ]);
  });
});
