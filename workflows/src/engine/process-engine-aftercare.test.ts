import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { EngineEffect, RequestActionInput, TaskActionInput } from './events';
import {
  applyEvent,
  checkRequestAction,
  FOLLOW_UP_STEP_ID,
  processFinished,
  RECTIFICATION_STEP_ID,
  startProcess,
} from './process-engine';
import type { ProcessState } from './state';

// After 办结: 好差评 within a window; a bad grade opens 整改 (rectification) and
// then 回访 (follow-up), which either closes it or sends it back. Supervisors
// (督办) urge and flag.

const applicant = party('applicant', 'org-firm');
const colleague = party('colleague', 'org-firm');
const alice = party('alice', 'org-centre');
const boss = party('boss', 'org-centre');
const inspector = party('inspector', 'org-supervision');
const stranger = party('stranger', 'org-other');
const at = '2026-03-02T01:30:00.000Z';

function settle(transition: { state: ProcessState; effects: EngineEffect[] }) {
  return settleEffects(
    transition,
    (effect) => {
      if (effect.rule.role === 'leader') return effect.rule.org === 'org-centre' ? [boss] : [];
      if (effect.rule.role === 'supervisor') return [inspector];
      return [alice];
    },
    () => at,
  );
}

function completed(): ProcessState {
  const state = settle(
    startProcess({ requestId: 'r', definition: definition([approvalStep('review')]), applicant, data: {}, at }),
  );
  return act(state, { action: 'approve', actor: alice });
}

function act(state: ProcessState, input: Omit<TaskActionInput, 'taskId'>) {
  const taskId = state.tasks.find((task) => task.assignee.userId === input.actor.userId && task.status === 'open')!.id;
  return settle(applyEvent(state, { type: 'taskAction', ...input, taskId, at }));
}

const requestAct = (state: ProcessState, input: RequestActionInput, when = at) =>
  settle(applyEvent(state, { type: 'requestAction', ...input, at: when }));

describe('rating (好差评)', () => {
  it('opens a window at 办结; a good grade ends the request for good', () => {
    const state = completed();
    expect(state.status).toBe('completed');
    expect(state.ratingOpenUntil).toBe('2026-03-16T16:00:00.000Z');
    expect(processFinished(state)).toBe(false);
    const rated = requestAct(state, { action: 'rate', actor: colleague, grade: 4, comment: '办理很快' });
    expect(rated.rating).toMatchObject({ grade: 4, comment: '办理很快', by: colleague });
    expect(rated.timeline.at(-1)).toMatchObject({ action: 'rate', detail: { grade: 4 } });
    expect(processFinished(rated)).toBe(true);
  });

  it('closes the window when it runs out unrated', () => {
    const state = settle(applyEvent(completed(), { type: 'tick', at: '2026-03-16T16:00:00.000Z' }));
    expect(state.timeline.at(-1)!.action).toBe('rating_closed');
    expect(processFinished(state)).toBe(true);
    expect(checkRequestAction(state, { action: 'rate', actor: applicant, grade: 5 })?.code).toBe('RATING_CLOSED');
  });

  it('refuses a rating before 办结, twice, from another organisation, out of range, or bad without a reason', () => {
    const running = settle(
      startProcess({ requestId: 'r', definition: definition([approvalStep('review')]), applicant, data: {}, at }),
    );
    const check = (state: ProcessState, input: Partial<RequestActionInput>) =>
      checkRequestAction(state, { action: 'rate', actor: applicant, grade: 5, ...input }, at)?.code;
    expect(check(running, {})).toBe('RATING_CLOSED');
    const state = completed();
    expect(check(state, { actor: stranger })).toBe('NOT_APPLICANT');
    expect(check(state, { grade: 6 })).toBe('GRADE_INVALID');
    expect(check(state, { grade: 0 })).toBe('GRADE_INVALID');
    expect(check(state, { grade: 2 })).toBe('RATING_COMMENT_REQUIRED');
    expect(check(state, { capacity: 'supervisor', actor: inspector })).toBe('NOT_APPLICANT');
    expect(check(requestAct(state, { action: 'rate', actor: applicant, grade: 5 }), {})).toBe('RATING_CLOSED');
  });

  it('a bad grade opens 整改 for the deciding organisation’s leaders, then 回访 by a supervisor', () => {
    let state = requestAct(completed(), { action: 'rate', actor: applicant, grade: 1, comment: '多次跑腿' });
    expect(state.aftercare).toBe('rectifying');
    expect(state.status).toBe('completed');
    const rectification = state.steps.find((step) => step.id === RECTIFICATION_STEP_ID)!;
    expect(rectification).toMatchObject({ status: 'active', clock: expect.objectContaining({ level: 'on_time' }) });
    expect(state.tasks.at(-1)).toMatchObject({ stepId: RECTIFICATION_STEP_ID, assignee: boss, status: 'open' });

    state = act(state, { action: 'approve', actor: boss, comment: '已约谈经办人，改为一次办结' });
    expect(state.timeline.at(-1)!.action).toBe('rectify');
    expect(state.aftercare).toBe('following_up');
    expect(state.tasks.at(-1)).toMatchObject({ stepId: FOLLOW_UP_STEP_ID, assignee: inspector, status: 'open' });

    // Not satisfied: back to rectification.
    state = act(state, { action: 'reject', actor: inspector, comment: '企业仍不满意' });
    expect(state.aftercare).toBe('rectifying');
    state = act(state, { action: 'approve', actor: boss, comment: '专人上门服务' });
    state = act(state, { action: 'approve', actor: inspector, comment: '企业表示满意' });
    expect(state.aftercare).toBe('closed');
    expect(state.timeline.at(-1)).toMatchObject({ action: 'follow_up', detail: { satisfied: true } });
    expect(processFinished(state)).toBe(true);
  });
});

describe('supervision (督办)', () => {
  const running = () =>
    settle(startProcess({ requestId: 'r', definition: definition([approvalStep('review')]), applicant, data: {}, at }));

  it('lets a supervisor urge and flag any request, on the record as such', () => {
    let state = requestAct(running(), { action: 'urge', actor: inspector, capacity: 'supervisor', comment: '请加快' });
    expect(state.timeline.at(-1)).toMatchObject({
      action: 'urge',
      stepId: 'review',
      detail: { capacity: 'supervisor' },
    });
    state = requestAct(state, { action: 'flag', actor: inspector, capacity: 'supervisor', comment: '列入督办' });
    expect(state.flagged).toBe(true);
    expect(state.timeline.at(-1)).toMatchObject({ action: 'flag', actor: inspector, comment: '列入督办' });
  });

  it('does not let a supervisor withdraw, nor an applicant flag, nor a flag go without a reason', () => {
    const state = running();
    expect(checkRequestAction(state, { action: 'withdraw', actor: inspector, capacity: 'supervisor' })?.code).toBe(
      'SUPERVISOR_ACTION_NOT_ALLOWED',
    );
    expect(checkRequestAction(state, { action: 'flag', actor: applicant, comment: '催' })?.code).toBe(
      'FLAG_NOT_ALLOWED',
    );
    expect(checkRequestAction(state, { action: 'flag', actor: inspector, capacity: 'supervisor' })?.code).toBe(
      'FLAG_NOTE_REQUIRED',
    );
  });
});
