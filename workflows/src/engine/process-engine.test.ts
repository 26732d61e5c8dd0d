import { approvalStep, definition, party } from '../../test/factories';
import { EngineError } from './engine-error';
import type { EngineEffect, TaskActionName } from './events';
import { applyEvent, checkTaskAction, NO_ASSIGNEE_FALLBACK_RULE, startProcess } from './process-engine';
import type { Party, ProcessState } from './state';

const applicant = party('applicant', 'org-firm');
let clock = 0;
const at = () => new Date(Date.UTC(2026, 0, 5, 1, 0, clock++)).toISOString();

function start(steps = [approvalStep('s1'), approvalStep('s2')], data: Record<string, unknown> = {}) {
  return startProcess({ requestId: 'r1', definition: definition(steps), applicant, data, at: at() });
}

function resolve(state: ProcessState, effects: EngineEffect[], people: Party[]) {
  const effect = effects[0]!;
  if (effect.type !== 'resolveAssignees') throw new Error(`expected assignees to resolve, got ${effect.type}`);
  return applyEvent(state, {
    type: 'assigneesResolved',
    stepId: effect.stepId,
    assignees: people,
    fallback: effect.fallback,
    at: at(),
  });
}

function act(state: ProcessState, taskId: string, actor: Party, action: TaskActionName = 'approve', comment?: string) {
  return applyEvent(state, { type: 'taskAction', taskId, actor, action, comment, at: at() });
}

const [alice, bob, carol] = [party('alice'), party('bob'), party('carol')];

describe('startProcess', () => {
  it('records the submission and asks for the first step’s assignees', () => {
    const { state, effects } = start();
    expect(state.status).toBe('in_progress');
    expect(state.timeline.map((entry) => entry.action)).toEqual(['submit']);
    expect(state.steps.map((step) => step.status)).toEqual(['active', 'pending']);
    expect(effects).toEqual([expect.objectContaining({ type: 'resolveAssignees', stepId: 's1', fallback: false })]);
    expect(state.revision).toBe(1);
  });

  it('skips a step whose condition does not hold for the form data', () => {
    const steps = [approvalStep('s1', { when: { '>': [{ var: 'amount' }, 1000] } }), approvalStep('s2')];
    const { state, effects } = start(steps, { amount: 10 });
    expect(state.steps.map((step) => step.status)).toEqual(['skipped', 'active']);
    expect(effects[0]!.stepId).toBe('s2');
  });

  it('completes at once when every step is skipped', () => {
    const { state } = start([approvalStep('s1', { when: false })]);
    expect(state.status).toBe('completed');
    expect(state.timeline.map((entry) => entry.action)).toEqual(['submit', 'skip', 'complete']);
  });
});

describe('approval modes', () => {
  it('any (或签): the first approval closes the step and cancels the other tasks', () => {
    const started = start();
    const opened = resolve(started.state, started.effects, [alice, bob]);
    const [taskA, taskB] = opened.state.tasks;
    const decided = act(opened.state, taskA!.id, alice);
    expect(decided.state.tasks.map((task) => task.status)).toEqual(['approved', 'cancelled']);
    expect(decided.state.steps[0]!.status).toBe('approved');
    expect(decided.effects[0]!.stepId).toBe('s2');
    expect(checkTaskAction(decided.state, { taskId: taskB!.id, actor: bob, action: 'approve' })?.code).toBe(
      'TASK_CANCELLED',
    );
  });

  it('all (会签): the step closes only when every assignee approved', () => {
    const started = start([approvalStep('s1', { mode: 'all' })]);
    const opened = resolve(started.state, started.effects, [alice, bob]);
    const afterAlice = act(opened.state, opened.state.tasks[0]!.id, alice);
    expect(afterAlice.state.steps[0]!.status).toBe('active');
    const afterBob = act(afterAlice.state, opened.state.tasks[1]!.id, bob);
    expect(afterBob.state.status).toBe('completed');
  });

  it('sequential (依次): the next signer’s task opens only after the previous one approved', () => {
    const started = start([approvalStep('s1', { mode: 'sequential' })]);
    const opened = resolve(started.state, started.effects, [alice, bob, carol]);
    expect(opened.state.tasks.map((task) => task.status)).toEqual(['open', 'waiting', 'waiting']);
    expect(
      checkTaskAction(opened.state, { taskId: opened.state.tasks[1]!.id, actor: bob, action: 'approve' })?.code,
    ).toBe('TASK_NOT_OPEN');
    const afterAlice = act(opened.state, opened.state.tasks[0]!.id, alice);
    expect(afterAlice.state.tasks.map((task) => task.status)).toEqual(['approved', 'open', 'waiting']);
  });

  it('a person named twice gets one task', () => {
    const started = start();
    const opened = resolve(started.state, started.effects, [alice, alice, bob]);
    expect(opened.state.tasks.map((task) => task.assignee.userId)).toEqual(['alice', 'bob']);
  });
});

describe('decisions', () => {
  function openFirstStep() {
    const started = start();
    return resolve(started.state, started.effects, [alice]).state;
  }

  it('approving every step completes the request with a full timeline', () => {
    let state = openFirstStep();
    const second = act(state, state.tasks[0]!.id, alice, 'approve', '材料齐全');
    state = resolve(second.state, second.effects, [bob]).state;
    state = act(state, state.tasks[1]!.id, bob, 'approve').state;
    expect(state.status).toBe('completed');
    expect(state.completedAt).toBeDefined();
    expect(state.timeline.map((entry) => [entry.seq, entry.action])).toEqual([
      [1, 'submit'],
      [2, 'approve'],
      [3, 'approve'],
      [4, 'complete'],
    ]);
    expect(state.timeline[1]!.comment).toBe('材料齐全');
  });

  it('a rejection ends the request as rejected', () => {
    const state = act(openFirstStep(), 'r1.1', alice, 'reject', '材料不全').state;
    expect(state.status).toBe('rejected');
    expect(state.steps.map((step) => step.status)).toEqual(['rejected', 'pending']);
    expect(checkTaskAction(state, { taskId: 'r1.1', actor: alice, action: 'approve' })?.code).toBe('REQUEST_CLOSED');
  });

  it('a rejection or a comment needs an opinion', () => {
    const state = openFirstStep();
    expect(checkTaskAction(state, { taskId: 'r1.1', actor: alice, action: 'reject', comment: '  ' })?.code).toBe(
      'COMMENT_REQUIRED',
    );
  });

  it('a comment is recorded and leaves the task open', () => {
    const state = act(openFirstStep(), 'r1.1', alice, 'comment', '请补充报表').state;
    expect(state.tasks[0]!.status).toBe('open');
    expect(state.timeline.at(-1)).toMatchObject({ action: 'comment', comment: '请补充报表', stepId: 's1' });
  });

  it('refuses someone who is not the assignee, and an unknown task, without changing the state', () => {
    const state = openFirstStep();
    expect(() => act(state, 'r1.1', bob)).toThrow(EngineError);
    expect(checkTaskAction(state, { taskId: 'nope', actor: alice, action: 'approve' })?.code).toBe('TASK_NOT_FOUND');
    expect(state.tasks[0]!.status).toBe('open');
    expect(state.revision).toBe(2);
  });

  it('deciding the same task twice is refused the second time', () => {
    const once = act(openFirstStep(), 'r1.1', alice).state;
    expect(() => act(once, 'r1.1', alice)).toThrow(expect.objectContaining({ code: 'TASK_ALREADY_DECIDED' }));
  });
});

describe('nobody matches', () => {
  it('asks administrators instead, once', () => {
    const started = start();
    const empty = resolve(started.state, started.effects, []);
    expect(empty.effects).toEqual([
      expect.objectContaining({ type: 'resolveAssignees', rule: NO_ASSIGNEE_FALLBACK_RULE, fallback: true }),
    ]);
    const stillEmpty = resolve(empty.state, empty.effects, []);
    expect(stillEmpty.effects).toEqual([]);
    expect(stillEmpty.state.timeline.filter((entry) => entry.action === 'no_assignee')).toHaveLength(2);
  });
});
