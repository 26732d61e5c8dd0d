import { approvalStep, branchStep, definition, parallelStep, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, RequestActionName, TaskActionName } from './events';
import { applyEvent, checkRequestAction, checkTaskAction, returnTargets, startProcess } from './process-engine';
import type { Party, ProcessState } from './state';

// Nested steps (并联 parallel, branch) and the actions that move a request
// backwards: return (退回), resubmit (补正后重新提交) and withdraw (撤回).

const applicant = party('applicant', 'org-firm');
const colleague = party('colleague', 'org-firm');
const [alice, bob, carol] = [party('alice'), party('bob'), party('carol')];
const at = (() => {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 2, 2, 1, 0, tick++)).toISOString();
})();

/** Resolves every outstanding effect with the people named by step id. */
function settle(transition: { state: ProcessState; effects: EngineEffect[] }, people: Record<string, Party[]>) {
  return settleEffects(transition, (effect) => people[effect.stepId] ?? [], at);
}

function start(steps: StepDefinition[], people: Record<string, Party[]>, data: Record<string, unknown> = {}) {
  return settle(startProcess({ requestId: 'r', definition: definition(steps), applicant, data, at: at() }), people);
}

function taskOf(state: ProcessState, stepId: string, who: Party) {
  const task = state.tasks.find(
    (candidate) =>
      candidate.stepId === stepId && candidate.assignee.userId === who.userId && candidate.status === 'open',
  );
  if (!task) throw new Error(`no open task of ${who.userId} on ${stepId}`);
  return task.id;
}

function act(
  state: ProcessState,
  people: Record<string, Party[]>,
  stepId: string,
  who: Party,
  action: TaskActionName = 'approve',
  extra: { comment?: string; to?: string } = {},
) {
  const comment = extra.comment ?? (action === 'approve' ? undefined : '理由');
  return settle(
    applyEvent(state, {
      type: 'taskAction',
      taskId: taskOf(state, stepId, who),
      actor: who,
      action,
      comment,
      to: extra.to,
      at: at(),
    }),
    people,
  );
}

function requestAct(
  state: ProcessState,
  people: Record<string, Party[]>,
  action: RequestActionName,
  data?: Record<string, unknown>,
  actor = applicant,
) {
  return settle(applyEvent(state, { type: 'requestAction', action, actor, data, at: at() }), people);
}

const statuses = (state: ProcessState) => Object.fromEntries(state.steps.map((step) => [step.id, step.status]));

describe('parallel (并联)', () => {
  const steps = [
    approvalStep('accept'),
    parallelStep(
      'review',
      { nrdc: [approvalStep('nrdc-review')], eco: [approvalStep('eco-review'), approvalStep('eco-lead')] },
      'nrdc',
    ),
    approvalStep('sign-off'),
  ];
  const people = {
    accept: [alice],
    'nrdc-review': [bob],
    'eco-review': [carol],
    'eco-lead': [alice],
    'sign-off': [bob],
  };

  it('opens every branch at once and joins when all have finished', () => {
    let state = act(start(steps, people), people, 'accept', alice);
    expect(statuses(state)).toMatchObject({
      review: 'active',
      'nrdc-review': 'active',
      'eco-review': 'active',
      'eco-lead': 'pending',
      'sign-off': 'pending',
    });

    state = act(state, people, 'nrdc-review', bob);
    expect(statuses(state)).toMatchObject({ review: 'active', 'sign-off': 'pending' });
    state = act(state, people, 'eco-review', carol);
    expect(statuses(state)['eco-lead']).toBe('active');
    state = act(state, people, 'eco-lead', alice);
    expect(statuses(state)).toMatchObject({ review: 'completed', 'sign-off': 'active' });

    state = act(state, people, 'sign-off', bob);
    expect(state.status).toBe('completed');
    expect(state.steps.find((step) => step.id === 'eco-lead')?.parentId).toBe('review');
  });

  it('a rejection in one branch ends the request and clears the other branches’ inboxes', () => {
    let state = act(start(steps, people), people, 'accept', alice);
    state = act(state, people, 'eco-review', carol, 'reject');
    expect(state.status).toBe('rejected');
    expect(state.tasks.filter((task) => task.status === 'open')).toEqual([]);
  });
});

describe('branch', () => {
  const steps = [
    branchStep('route', [
      {
        id: 'large',
        name: { zh: '大额' },
        when: { '>=': [{ var: 'amount' }, 10_000_000] },
        steps: [approvalStep('upper-branch')],
      },
      { id: 'normal', name: { zh: '普通' }, steps: [approvalStep('branch-office')] },
    ]),
    approvalStep('record'),
  ];
  const people = { 'upper-branch': [alice], 'branch-office': [bob], record: [carol] };

  it('runs the first branch whose condition holds', () => {
    const large = start(steps, people, { amount: 60_000_000 });
    expect(statuses(large)).toMatchObject({ route: 'active', 'upper-branch': 'active', 'branch-office': 'pending' });
    const normal = start(steps, people, { amount: 6_000_000 });
    expect(normal.steps.find((step) => step.id === 'route')?.chosenBranchId).toBe('normal');
    const after = act(normal, people, 'branch-office', bob);
    expect(statuses(after)).toMatchObject({ route: 'completed', record: 'active', 'upper-branch': 'pending' });
  });

  it('is skipped when no branch holds', () => {
    const state = start(
      [branchStep('route', [{ id: 'x', name: { zh: 'x' }, when: false, steps: [approvalStep('never')] }])],
      {},
    );
    expect(statuses(state).route).toBe('skipped');
    expect(state.status).toBe('completed');
  });
});

describe('return (退回)', () => {
  const steps = [approvalStep('accept'), approvalStep('review'), approvalStep('decide')];
  const people = { accept: [alice], review: [bob], decide: [carol] };

  it('to the applicant: the request waits for a correction, then the same step runs again', () => {
    let state = act(start(steps, people, { amount: 1 }), people, 'accept', alice);
    state = act(state, people, 'review', bob, 'return', { to: 'applicant', comment: '请补充财务报表' });
    expect(state.status).toBe('returned');
    expect(state.tasks.filter((task) => task.status === 'open')).toEqual([]);
    expect(state.timeline.at(-1)).toMatchObject({ action: 'return', to: 'applicant', comment: '请补充财务报表' });

    state = requestAct(state, people, 'resubmit', { amount: 2 }, colleague);
    expect(state.status).toBe('in_progress');
    expect(state.data).toEqual({ amount: 2 });
    expect(statuses(state)).toMatchObject({ accept: 'approved', review: 'active', decide: 'pending' });
    expect(taskOf(state, 'review', bob)).toBeDefined();
  });

  it('to an earlier step: it and everything after it run again', () => {
    let state = act(start(steps, people), people, 'accept', alice);
    state = act(state, people, 'review', bob);
    expect(returnTargets(state, 'decide')).toEqual(['accept', 'review']);
    state = act(state, people, 'decide', carol, 'return', { to: 'accept' });
    expect(statuses(state)).toEqual({ accept: 'active', review: 'pending', decide: 'pending' });
    expect(state.status).toBe('in_progress');
  });

  it('out of a parallel branch to a step before the parallel stage resets the whole stage', () => {
    const nested = [
      approvalStep('accept'),
      parallelStep('review', { a: [approvalStep('a1')], b: [approvalStep('b1')] }),
    ];
    const nestedPeople = { accept: [alice], a1: [bob], b1: [carol] };
    let state = act(start(nested, nestedPeople), nestedPeople, 'accept', alice);
    state = act(state, nestedPeople, 'a1', bob);
    expect(returnTargets(state, 'b1')).toEqual(['accept']);
    state = act(state, nestedPeople, 'b1', carol, 'return', { to: 'accept' });
    expect(statuses(state)).toEqual({ accept: 'active', review: 'pending', a1: 'pending', b1: 'pending' });
  });

  it('refuses a target that is not an earlier finished approval, and a return without a reason', () => {
    const state = act(start(steps, people), people, 'accept', alice);
    const task = taskOf(state, 'review', bob);
    expect(
      checkTaskAction(state, { taskId: task, actor: bob, action: 'return', to: 'decide', comment: 'x' })?.code,
    ).toBe('RETURN_TARGET_INVALID');
    expect(
      checkTaskAction(state, { taskId: task, actor: bob, action: 'return', to: 'review', comment: 'x' })?.code,
    ).toBe('RETURN_TARGET_INVALID');
    expect(checkTaskAction(state, { taskId: task, actor: bob, action: 'return', to: 'applicant' })?.code).toBe(
      'COMMENT_REQUIRED',
    );
  });
});

describe('applicant actions', () => {
  const steps = [approvalStep('accept')];
  const people = { accept: [alice] };

  it('withdraw (撤回) ends the request and empties every inbox', () => {
    const state = requestAct(start(steps, people), people, 'withdraw');
    expect(state.status).toBe('withdrawn');
    expect(state.completedAt).toBeDefined();
    expect(state.tasks.map((task) => task.status)).toEqual(['cancelled']);
    expect(checkRequestAction(state, { action: 'withdraw', actor: applicant })?.code).toBe('REQUEST_WITHDRAWN');
  });

  it('only the applicant’s organisation acts on the request, and only a returned request is resubmitted', () => {
    const state = start(steps, people);
    expect(checkRequestAction(state, { action: 'withdraw', actor: alice })?.code).toBe('NOT_APPLICANT');
    expect(checkRequestAction(state, { action: 'resubmit', actor: applicant, data: {} })?.code).toBe(
      'REQUEST_NOT_RETURNED',
    );
  });

  it('a returned request can always be resubmitted or withdrawn', () => {
    const returned = act(start(steps, people), people, 'accept', alice, 'return', { to: 'applicant' });
    expect(checkRequestAction(returned, { action: 'resubmit', actor: applicant, data: {} })).toBeNull();
    expect(checkRequestAction(returned, { action: 'withdraw', actor: applicant })).toBeNull();
  });
});

describe('urge (催办)', () => {
  const steps = [parallelStep('joint', { a: [approvalStep('a1')], b: [approvalStep('b1')] }), approvalStep('after')];
  const people = { a1: [alice], b1: [bob], after: [carol] };
  const urge = (state: ProcessState, at: string) =>
    applyEvent(state, { type: 'requestAction', action: 'urge', actor: applicant, at });

  it('reaches every running step, at most once per step per China day', () => {
    const state = start(steps, people);
    // 23:30 in Beijing on 2 March (15:30 UTC), then 00:30 on 3 March (16:30 UTC): two different days.
    const first = urge(state, '2026-03-02T15:30:00.000Z').state;
    expect(first.timeline.filter((entry) => entry.action === 'urge').map((entry) => entry.stepId)).toEqual([
      'a1',
      'b1',
    ]);
    expect(checkRequestAction(first, { action: 'urge', actor: applicant }, '2026-03-02T15:59:00.000Z')?.code).toBe(
      'URGE_TOO_SOON',
    );
    expect(checkRequestAction(first, { action: 'urge', actor: applicant }, '2026-03-02T16:30:00.000Z')).toBeNull();
  });

  it('a step that started after today’s urge can be urged the same day', () => {
    const state = start(steps, people);
    const urged = urge(state, '2026-03-02T03:00:00.000Z').state;
    const joined = act(act(urged, people, 'a1', alice), people, 'b1', bob);
    const again = urge(joined, '2026-03-02T05:00:00.000Z').state;
    expect(again.timeline.filter((entry) => entry.action === 'urge').map((entry) => entry.stepId)).toEqual([
      'a1',
      'b1',
      'after',
    ]);
  });

  const supervisor = party('inspector', 'org-supervision');
  const check = (state: ProcessState, at: string, actor = applicant) =>
    checkRequestAction(
      state,
      { action: 'urge', actor, ...(actor === supervisor ? { capacity: 'supervisor' as const } : {}) },
      at,
    )?.code ?? null;
  // 10:00 in Beijing on a China date.
  const beijing10 = (date: string) => `${date}T02:00:00.000Z`;

  it('allows one urge per working day: a weekend after an urged Friday gives no new urge', () => {
    const friday = urge(start(steps, people), beijing10('2026-03-06')).state;
    expect(check(friday, beijing10('2026-03-07'))).toBe('URGE_TOO_SOON');
    expect(check(friday, beijing10('2026-03-08'))).toBe('URGE_TOO_SOON');
    expect(check(friday, beijing10('2026-03-09'))).toBeNull();
    // Nothing was urged since Friday began: a Saturday urge is the one for Friday's working day.
    const saturday = urge(start(steps, people), beijing10('2026-03-07')).state;
    expect(check(saturday, beijing10('2026-03-08'))).toBe('URGE_TOO_SOON');
    expect(check(saturday, beijing10('2026-03-09'))).toBeNull();
  });

  it('counts a make-up Saturday as a working day and a holiday as none (Spring Festival 2026)', () => {
    // 13 February is a Friday, 14 February a make-up working day (调休上班), 15–23 February the holiday.
    const friday = urge(start(steps, people), beijing10('2026-02-13')).state;
    expect(check(friday, beijing10('2026-02-14'))).toBeNull();
    const makeUpDay = urge(friday, beijing10('2026-02-14')).state;
    for (const holiday of ['2026-02-15', '2026-02-17', '2026-02-23']) {
      expect(check(makeUpDay, beijing10(holiday))).toBe('URGE_TOO_SOON');
    }
    expect(check(makeUpDay, beijing10('2026-02-24'))).toBeNull();
  });

  it('gives the applicant’s side and supervisors (督办) each their own allowance', () => {
    const bySupervisor = applyEvent(start(steps, people), {
      type: 'requestAction',
      action: 'urge',
      actor: supervisor,
      capacity: 'supervisor',
      at: beijing10('2026-03-02'),
    }).state;
    expect(check(bySupervisor, beijing10('2026-03-02'), supervisor)).toBe('URGE_TOO_SOON');
    expect(check(bySupervisor, beijing10('2026-03-02'))).toBeNull();
    const byBoth = urge(bySupervisor, beijing10('2026-03-02')).state;
    expect(byBoth.timeline.filter((entry) => entry.action === 'urge').map((entry) => entry.stepId)).toEqual([
      'a1',
      'b1',
      'a1',
      'b1',
    ]);
    expect(check(byBoth, beijing10('2026-03-02'))).toBe('URGE_TOO_SOON');
  });

  it('only a request in progress is urged, and only by the applicant’s organisation', () => {
    const state = start(steps, people);
    expect(checkRequestAction(state, { action: 'urge', actor: alice }, '2026-03-02T03:00:00.000Z')?.code).toBe(
      'NOT_APPLICANT',
    );
    const returned = act(state, people, 'a1', alice, 'return', { to: 'applicant' });
    expect(checkRequestAction(returned, { action: 'urge', actor: applicant }, '2026-03-02T03:00:00.000Z')?.code).toBe(
      'URGE_NOT_WHILE_RETURNED',
    );
  });
});
