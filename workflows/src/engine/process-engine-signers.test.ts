import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, TaskActionInput } from './events';
import { applyEvent, checkTaskAction, startProcess } from './process-engine';
import type { Party, ProcessState } from './state';

// 加签 (before / after / alongside, with any / all / sequential for the added
// people) and 减签, on top of the step's own mode.

const applicant = party('applicant', 'org-firm');
const [alice, bob, carol, dave, erin] = [party('alice'), party('bob'), party('carol'), party('dave'), party('erin')];
let tick = 0;
const at = () => new Date(Date.UTC(2026, 3, 1, 1, 0, tick++)).toISOString();

function settle(transition: { state: ProcessState; effects: EngineEffect[] }, people: Record<string, Party[]>) {
  return settleEffects(transition, (effect) => people[effect.stepId] ?? [], at);
}

function start(steps: StepDefinition[], people: Record<string, Party[]>) {
  return settle(startProcess({ requestId: 'r', definition: definition(steps), applicant, data: {}, at: at() }), people);
}

function taskOf(state: ProcessState, who: Party, status = 'open') {
  const task = state.tasks.find((candidate) => candidate.assignee.userId === who.userId && candidate.status === status);
  if (!task) throw new Error(`${who.userId} has no ${status} task`);
  return task.id;
}

function act(
  state: ProcessState,
  people: Record<string, Party[]>,
  input: Omit<TaskActionInput, 'taskId'> & { taskId?: string },
) {
  const taskId = input.taskId ?? taskOf(state, input.actor);
  return settle(applyEvent(state, { type: 'taskAction', ...input, taskId, at: at() }), people);
}

const people = { first: [alice], second: [erin] };
const twoSteps = [approvalStep('first'), approvalStep('second')];
const firstStep = (state: ProcessState) =>
  state.tasks.filter((task) => task.stepId === 'first').map((task) => `${task.assignee.userId}:${task.status}`);
const stepStatuses = (state: ProcessState) => state.steps.map((step) => step.status);

describe('add signer before (前加签)', () => {
  it('holds the owner until every added person has approved, then the owner decides', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob, carol],
      position: 'before',
      signerMode: 'all',
      comment: '请法务和风控先看',
    });
    expect(firstStep(state)).toEqual(['alice:waiting', 'bob:open', 'carol:open']);
    expect(state.timeline.at(-1)).toMatchObject({
      action: 'add_signer',
      detail: { position: 'before', mode: 'all', signers: [{ userId: 'bob' }, { userId: 'carol' }] },
    });
    state = act(state, people, { action: 'approve', actor: bob });
    expect(firstStep(state)).toEqual(['alice:waiting', 'bob:approved', 'carol:open']);
    state = act(state, people, { action: 'approve', actor: carol });
    expect(firstStep(state)).toEqual(['alice:open', 'bob:approved', 'carol:approved']);
    expect(stepStatuses(state)).toEqual(['active', 'pending']);
    state = act(state, people, { action: 'approve', actor: alice });
    expect(stepStatuses(state)).toEqual(['approved', 'active']);
  });

  it('reopens the owner at the first approval of an `any` group, and cancels the others', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob, carol],
      position: 'before',
      signerMode: 'any',
    });
    state = act(state, people, { action: 'approve', actor: carol });
    expect(firstStep(state)).toEqual(['alice:open', 'bob:cancelled', 'carol:approved']);
  });

  it('lets a signer reject the whole request', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob],
      position: 'before',
    });
    state = act(state, people, { action: 'reject', actor: bob, comment: '担保不足' });
    expect(state.status).toBe('rejected');
    expect(firstStep(state)).toEqual(['alice:cancelled', 'bob:rejected']);
  });
});

describe('add signer after (后加签)', () => {
  it('counts the owner’s approval once the added people have approved in order', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob, carol],
      position: 'after',
      signerMode: 'sequential',
    });
    expect(firstStep(state)).toEqual(['alice:approved', 'bob:open', 'carol:waiting']);
    state = act(state, people, { action: 'approve', actor: bob });
    expect(firstStep(state)).toEqual(['alice:approved', 'bob:approved', 'carol:open']);
    expect(stepStatuses(state)).toEqual(['active', 'pending']);
    state = act(state, people, { action: 'approve', actor: carol });
    expect(stepStatuses(state)).toEqual(['approved', 'active']);
  });

  it('in a sequential step, opens the next signer of the step only after the added ones', () => {
    const steps = [approvalStep('first', { mode: 'sequential' }), approvalStep('second')];
    let state = start(steps, { first: [alice, dave], second: [erin] });
    state = act(state, people, { action: 'add_signer', actor: alice, signers: [bob], position: 'after' });
    expect(firstStep(state)).toEqual(['alice:approved', 'dave:waiting', 'bob:open']);
    state = act(state, people, { action: 'approve', actor: bob });
    expect(firstStep(state)).toEqual(['alice:approved', 'dave:open', 'bob:approved']);
  });

  it('is taken back with the approval it came with', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob],
      position: 'after',
    });
    const aliceTask = taskOf(state, alice, 'approved');
    state = act(state, people, { action: 'take_back', actor: alice, taskId: aliceTask });
    expect(firstStep(state)).toEqual(['alice:open']);
    expect(state.signerGroups).toEqual([]);
  });
});

describe('add signer alongside (并加签)', () => {
  it('needs the owner and the added people, in any order', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob],
      position: 'alongside',
    });
    expect(firstStep(state)).toEqual(['alice:open', 'bob:open']);
    state = act(state, people, { action: 'approve', actor: alice });
    expect(stepStatuses(state)).toEqual(['active', 'pending']);
    state = act(state, people, { action: 'approve', actor: bob });
    expect(stepStatuses(state)).toEqual(['approved', 'active']);
  });
});

describe('remove signer (减签)', () => {
  it('lets the owner remove an added person who has not decided, and the group may then be done', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob, carol],
      position: 'before',
      signerMode: 'all',
    });
    state = act(state, people, { action: 'approve', actor: bob });
    const aliceTask = taskOf(state, alice, 'waiting');
    state = act(state, people, { action: 'remove_signer', actor: alice, taskId: aliceTask, target: carol });
    expect(firstStep(state)).toEqual(['alice:open', 'bob:approved', 'carol:cancelled']);
    expect(state.timeline.at(-1)).toMatchObject({ action: 'remove_signer', target: carol });
  });

  it('refuses to remove someone who was not added by the caller, or who has decided', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob, carol],
      position: 'before',
    });
    state = act(state, people, { action: 'approve', actor: bob });
    const aliceTask = taskOf(state, alice, 'waiting');
    const check = (target: Party) =>
      checkTaskAction(state, { taskId: aliceTask, action: 'remove_signer', actor: alice, target })?.code;
    expect(check(bob)).toBe('SIGNER_NOT_REMOVABLE');
    expect(check(dave)).toBe('SIGNER_NOT_REMOVABLE');
    expect(
      checkTaskAction(state, { taskId: taskOf(state, carol), action: 'remove_signer', actor: carol, target: bob })
        ?.code,
    ).toBe('SIGNER_NOT_REMOVABLE');
  });
});

describe('what add signer refuses', () => {
  const state = start(twoSteps, people);
  const taskId = taskOf(state, alice);
  const check = (input: Partial<TaskActionInput>) =>
    checkTaskAction(state, { taskId, action: 'add_signer', actor: alice, position: 'before', ...input })?.code;

  it('refuses nobody, oneself, duplicates, people already on the step, and unknown positions or modes', () => {
    expect(check({ signers: [] })).toBe('SIGNERS_INVALID');
    expect(check({ signers: [alice] })).toBe('SIGNERS_INVALID');
    expect(check({ signers: [bob, bob] })).toBe('SIGNERS_INVALID');
    expect(check({ signers: [bob], position: 'beside' as never })).toBe('SIGNERS_INVALID');
    expect(check({ signers: [bob], signerMode: 'most' as never })).toBe('SIGNERS_INVALID');
    expect(check({ signers: [bob] })).toBeUndefined();
  });

  it('does not let an added signer add more people or return the request', () => {
    const added = act(state, people, { action: 'add_signer', actor: alice, signers: [bob], position: 'before' });
    const bobTask = taskOf(added, bob);
    expect(
      checkTaskAction(added, { taskId: bobTask, action: 'add_signer', actor: bob, signers: [carol], position: 'after' })
        ?.code,
    ).toBe('SIGNER_ACTION_NOT_ALLOWED');
    expect(
      checkTaskAction(added, { taskId: bobTask, action: 'return', actor: bob, to: 'applicant', comment: '补正' })?.code,
    ).toBe('SIGNER_ACTION_NOT_ALLOWED');
  });

  it('keeps an added signer in the group when they transfer their task', () => {
    let added = act(state, people, { action: 'add_signer', actor: alice, signers: [bob], position: 'before' });
    added = act(added, people, { action: 'transfer', actor: bob, target: dave, comment: '请戴经理看' });
    expect(firstStep(added)).toEqual(['alice:waiting', 'bob:transferred', 'dave:open']);
    added = act(added, people, { action: 'approve', actor: dave });
    expect(firstStep(added)).toEqual(['alice:open', 'bob:transferred', 'dave:approved']);
  });
});

describe('a step that runs again', () => {
  it('does not count what was approved in its earlier run (a property test found this)', () => {
    let state = act(start(twoSteps, people), people, {
      action: 'add_signer',
      actor: alice,
      signers: [bob],
      position: 'after',
    });
    state = act(state, people, {
      action: 'remove_signer',
      actor: alice,
      taskId: taskOf(state, alice, 'approved'),
      target: bob,
    });
    expect(stepStatuses(state)).toEqual(['approved', 'active']);
    state = act(state, people, { action: 'return', actor: erin, to: 'first', comment: '请重新审查' });
    expect(stepStatuses(state)).toEqual(['active', 'pending']);
    state = act(state, people, { action: 'add_signer', actor: alice, signers: [carol], position: 'before' });
    expect(stepStatuses(state)).toEqual(['active', 'pending']);
    expect(firstStep(state).slice(-2)).toEqual(['alice:waiting', 'carol:open']);
  });
});
