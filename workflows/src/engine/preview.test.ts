import { approvalStep, branchStep, definition, parallelStep, party } from '../../test/factories';
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

    const change = whatIf(state, {
      type: 'taskAction',
      taskId: 'r.2',
      action: 'return',
      to: 's1',
      comment: '重审',
      actor: bob,
      at,
    });
    expect(change.tasks).toEqual([{ taskId: 'r.2', stepId: 's2', assignee: bob, from: 'open', to: 'cancelled' }]);
    expect(change.steps).toEqual([
      { stepId: 's1', from: 'approved', to: 'active' },
      { stepId: 's2', from: 'active', to: 'pending' },
    ]);
    expect(change.status).toBeNull();
    expect(JSON.stringify(state)).toBe(frozen);
    expect(() => whatIf(state, { type: 'taskAction', taskId: 'r.2', action: 'approve', actor: alice, at })).toThrow(
      /assigned to someone else/,
    );
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
    const change = whatIf(state, {
      type: 'taskAction',
      taskId: 'r.1',
      action: 'add_signer',
      signers: [carol],
      position: 'before',
      actor: alice,
      at,
    });
    expect(change.tasks).toEqual([
      { taskId: 'r.1', stepId: 's1', assignee: alice, from: 'open', to: 'waiting' },
      { taskId: 'r.2', stepId: 's1', assignee: carol, from: null, to: 'open' },
    ]);
    expect(change.steps).toEqual([]);
  });
});
