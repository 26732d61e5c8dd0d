import { approvalStep, branchStep, definition, parallelStep, party } from '../../test/factories';
import { subsidyApplicationProcess } from '../seed/subsidy-application';
import { previewRoute, whatIf } from './preview';
import { applyEvent, startProcess } from './process-engine';

const at = '2026-03-02T02:00:00.000Z';

describe('previewRoute (流程预测)', () => {
  const def = definition([
    approvalStep('accept', { assignees: { org: 'org-centre', role: 'handler' }, sla: { workingDays: 1 } }),
    branchStep('by-amount', [
      {
        id: 'large',
        name: { zh: '大额' },
        when: { '>=': [{ var: 'amount' }, 10_000_000] },
        steps: [approvalStep('upper')],
      },
      { id: 'normal', name: { zh: '普通' }, steps: [] },
    ]),
    parallelStep('joint', {
      a: [approvalStep('a1')],
      b: [approvalStep('b1'), approvalStep('b2', { when: { var: 'needsB2' } })],
    }),
    approvalStep('sign'),
  ]);

  it('lists the steps the data leads through, in order, with parallel ones marked', () => {
    const route = previewRoute(def, { amount: 6_000_000, needsB2: false }, at);
    expect(route.map((step) => [step.stepId, step.parallelStepId ?? null])).toEqual([
      ['accept', null],
      ['a1', 'joint'],
      ['b1', 'joint'],
      ['sign', null],
    ]);
    expect(route[0]).toMatchObject({
      assignees: { org: 'org-centre', role: 'handler' },
      dueAt: '2026-03-03T16:00:00.000Z',
    });
  });

  it('follows the branch and the conditions the data meets', () => {
    const route = previewRoute(def, { amount: 60_000_000, needsB2: true }, at);
    expect(route.map((step) => step.stepId)).toEqual(['accept', 'upper', 'a1', 'b1', 'b2', 'sign']);
  });
});

describe('previewRoute over time (issue 15)', () => {
  // Monday 2 March 2026, 10:00 China time: pinned, so no deadline depends on today.
  const submittedAt = '2026-03-02T02:00:00.000Z';

  it('goes on past a wait step: 奖补申请 reaches 财政局拨付 after 公示', () => {
    const route = previewRoute(subsidyApplicationProcess, {}, submittedAt);
    expect(route.map((step) => step.stepId)).toEqual(['bureau-review', 'bureau-decision', 'public-notice', 'payment']);
  });

  it('counts each deadline from the expected end of the step before, so they add up in order', () => {
    const route = previewRoute(subsidyApplicationProcess, {}, submittedAt);
    expect(route.map((step) => [step.stepId, step.dueAt])).toEqual([
      // 5 working days after 3-2: 3-3, 3-4, 3-5, 3-6, 3-9.
      ['bureau-review', '2026-03-09T16:00:00.000Z'],
      // 3 after the review's deadline day: 3-10, 3-11, 3-12.
      ['bureau-decision', '2026-03-12T16:00:00.000Z'],
      // 公示 for 5 working days after the decision: 3-13, 3-16 … 3-19.
      ['public-notice', '2026-03-19T16:00:00.000Z'],
      // The notice ends at 24:00 on 3-19, so the payment step starts on 3-20 (a day the engine does not count):
      // 10 working days from 3-23 to 4-3 (清明 4-4 to 4-6 comes after).
      ['payment', '2026-04-03T16:00:00.000Z'],
    ]);
  });
});

describe('whatIf', () => {
  it('shows what a return would change without changing anything', () => {
    const alice = party('alice');
    const bob = party('bob');
    let state = startProcess({
      requestId: 'r',
      definition: definition([approvalStep('s1'), approvalStep('s2')]),
      applicant: party('app', 'firm'),
      data: {},
      at,
    }).state;
    state = applyEvent(state, {
      type: 'assigneesResolved',
      stepId: 's1',
      assignees: [alice],
      fallback: false,
      at,
    }).state;
    state = applyEvent(state, { type: 'taskAction', taskId: 'r.1', action: 'approve', actor: alice, at }).state;
    state = applyEvent(state, { type: 'assigneesResolved', stepId: 's2', assignees: [bob], fallback: false, at }).state;
    const frozen = JSON.stringify(state);

    // s1 runs again: the engine asks for its people anew, and they get a new task.
    const findPeople = () => [alice];
    const change = whatIf(
      state,
      { type: 'taskAction', taskId: 'r.2', action: 'return', to: 's1', comment: '重审', actor: bob, at },
      findPeople,
    );
    expect(change.tasks).toEqual([
      { taskId: 'r.2', stepId: 's2', assignee: bob, from: 'open', to: 'cancelled' },
      { taskId: 'r.3', stepId: 's1', assignee: alice, from: null, to: 'open' },
    ]);
    expect(change.steps).toEqual([
      { stepId: 's1', from: 'approved', to: 'active' },
      { stepId: 's2', from: 'active', to: 'pending' },
    ]);
    expect(change.status).toBeNull();
    expect(JSON.stringify(state)).toBe(frozen);
    expect(() =>
      whatIf(state, { type: 'taskAction', taskId: 'r.2', action: 'approve', actor: alice, at }, findPeople),
    ).toThrow(/assigned to someone else/);
  });

  it('shows who an add-signer would bring in and whose task would wait', () => {
    const alice = party('alice');
    const carol = party('carol');
    let state = startProcess({
      requestId: 'r',
      definition: definition([approvalStep('s1')]),
      applicant: party('app', 'firm'),
      data: {},
      at,
    }).state;
    state = applyEvent(state, {
      type: 'assigneesResolved',
      stepId: 's1',
      assignees: [alice],
      fallback: false,
      at,
    }).state;
    const change = whatIf(
      state,
      {
        type: 'taskAction',
        taskId: 'r.1',
        action: 'add_signer',
        signers: [carol],
        position: 'before',
        actor: alice,
        at,
      },
      () => [alice],
    );
    expect(change.tasks).toEqual([
      { taskId: 'r.1', stepId: 's1', assignee: alice, from: 'open', to: 'waiting' },
      { taskId: 'r.2', stepId: 's1', assignee: carol, from: null, to: 'open' },
    ]);
    expect(change.steps).toEqual([]);
  });
});

describe('whatIf with the people the engine would really ask for (issue 15)', () => {
  const alice = party('alice');
  const bob = party('bob');
  const applicant = party('app', 'firm');
  // The directory: who each step's rule names, as the worker's lookup would answer.
  const directory = ({ rule }: { rule: { role?: string } }) => (rule.role === 'leader' ? [bob] : [alice]);
  const twoSteps = definition([
    approvalStep('s1', { assignees: { org: 'org-a', role: 'handler' } }),
    approvalStep('s2', { assignees: { org: 'org-a', role: 'leader' }, sla: { workingDays: 2 } }),
  ]);

  function atFirstStep() {
    const started = startProcess({ requestId: 'r', definition: twoSteps, applicant, data: {}, at });
    return applyEvent(started.state, {
      type: 'assigneesResolved',
      stepId: 's1',
      assignees: [alice],
      fallback: false,
      at,
    }).state;
  }

  it('an approval shows the next step’s new task and who gets it, with its deadline', () => {
    const state = atFirstStep();
    const change = whatIf(state, { type: 'taskAction', taskId: 'r.1', action: 'approve', actor: alice, at }, directory);
    expect(change.tasks).toEqual([
      { taskId: 'r.1', stepId: 's1', assignee: alice, from: 'open', to: 'approved' },
      { taskId: 'r.2', stepId: 's2', assignee: bob, from: null, to: 'open' },
    ]);
    expect(change.clocks).toEqual([
      { stepId: 's2', from: null, to: expect.objectContaining({ dueAt: '2026-03-04T16:00:00.000Z' }) },
    ]);
  });
});
