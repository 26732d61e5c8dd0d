import { approvalStep, definition, party } from '../../test/factories';
import { settleEffects } from '../../test/settle-effects';
import type { StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, TaskActionInput } from './events';
import { applyEvent, checkTaskAction, startProcess } from './process-engine';
import type { Party, ProcessState } from './state';

// Handing a task to someone else: transfer (转交), delegate (委派), and taking
// one's own approval back (拿回) while nobody has acted since.

const applicant = party('applicant', 'org-firm');
const [alice, bob, carol, dave] = [party('alice'), party('bob'), party('carol'), party('dave')];
let tick = 0;
const at = () => new Date(Date.UTC(2026, 3, 1, 1, 0, tick++)).toISOString();

function settle(transition: { state: ProcessState; effects: EngineEffect[] }, people: Record<string, Party[]>) {
  return settleEffects(transition, (effect) => people[effect.stepId] ?? [], at);
}

function start(steps: StepDefinition[], people: Record<string, Party[]>) {
  return settle(startProcess({ requestId: 'r', definition: definition(steps), applicant, data: {}, at: at() }), people);
}

function openTask(state: ProcessState, who: Party) {
  const task = state.tasks.find((candidate) => candidate.assignee.userId === who.userId && candidate.status === 'open');
  if (!task) throw new Error(`${who.userId} has no open task`);
  return task.id;
}

function act(
  state: ProcessState,
  people: Record<string, Party[]>,
  input: Omit<TaskActionInput, 'taskId'> & { taskId?: string },
) {
  const taskId = input.taskId ?? openTask(state, input.actor);
  return settle(applyEvent(state, { type: 'taskAction', ...input, taskId, at: at() }), people);
}

const people = { first: [alice], second: [bob] };
const twoSteps = [approvalStep('first'), approvalStep('second')];
const statuses = (state: ProcessState) => state.tasks.map((task) => `${task.assignee.userId}:${task.status}`);

describe('transfer (转交)', () => {
  it('moves the task to the target for good, and the record says to whom', () => {
    const state = act(start(twoSteps, people), people, {
      action: 'transfer',
      actor: alice,
      target: carol,
      comment: '由刘科员办理',
    });
    expect(statuses(state)).toEqual(['alice:transferred', 'carol:open']);
    expect(state.timeline.at(-1)).toMatchObject({ action: 'transfer', target: carol, comment: '由刘科员办理' });
    const after = act(state, people, { action: 'approve', actor: carol });
    expect(after.steps.map((step) => step.status)).toEqual(['approved', 'active']);
  });

  it('refuses a transfer to oneself, to nobody, or to someone who already holds the step', () => {
    const state = start([approvalStep('first', { mode: 'all' })], { first: [alice, bob] });
    const taskId = openTask(state, alice);
    const check = (target?: Party) =>
      checkTaskAction(state, { taskId, action: 'transfer', actor: alice, target })?.code;
    expect([check(alice), check(undefined), check(bob), check(carol)]).toEqual([
      'TARGET_INVALID',
      'TARGET_INVALID',
      'TARGET_INVALID',
      undefined,
    ]);
  });
});

describe('delegate (委派)', () => {
  it('the delegate gives an opinion and the task comes back to its owner, who decides', () => {
    let state = act(start(twoSteps, people), people, { action: 'delegate', actor: alice, target: dave });
    expect(statuses(state)).toEqual(['alice:delegated', 'dave:open']);
    const ownerTask = state.tasks[0]!.id;
    expect(checkTaskAction(state, { taskId: ownerTask, action: 'approve', actor: alice })?.code).toBe('TASK_DELEGATED');
    expect(
      checkTaskAction(state, { taskId: openTask(state, dave), action: 'reject', actor: dave, comment: 'x' })?.code,
    ).toBe('DELEGATE_CANNOT_DECIDE');

    state = act(state, people, { action: 'approve', actor: dave, comment: '经核查，材料属实' });
    expect(statuses(state)).toEqual(['alice:open', 'dave:approved']);
    expect(state.steps[0]!.status).toBe('active');
    expect(state.timeline.at(-1)).toMatchObject({ action: 'delegate_done', comment: '经核查，材料属实' });

    state = act(state, people, { action: 'approve', actor: alice });
    expect(state.steps[0]!.status).toBe('approved');
  });
});

describe('take back (拿回)', () => {
  it('undoes an approval that moved the request on, while the next handler has not acted', () => {
    const approved = act(start(twoSteps, people), people, { action: 'approve', actor: alice, comment: '同意' });
    expect(approved.steps.map((step) => step.status)).toEqual(['approved', 'active']);
    const aliceTask = approved.tasks[0]!.id;

    const back = act(approved, people, { taskId: aliceTask, action: 'take_back', actor: alice });
    expect(back.steps.map((step) => step.status)).toEqual(['active', 'pending']);
    expect(statuses(back)).toEqual(['alice:open', 'bob:cancelled']);
    expect(back.tasks[0]!.comment).toBeUndefined();
    expect(back.timeline.at(-1)).toMatchObject({ action: 'take_back', actor: alice });

    const again = act(back, people, { action: 'approve', actor: alice });
    expect(statuses(again)).toEqual(['alice:approved', 'bob:cancelled', 'bob:open']);
  });

  it('reopens the other 或签 assignees’ tasks and puts the next 依次 signer back to waiting', () => {
    const anyStep = start([approvalStep('first'), approvalStep('second')], { first: [alice, carol], second: [bob] });
    const approvedAny = act(anyStep, { second: [bob] }, { action: 'approve', actor: alice });
    const backAny = act(approvedAny, {}, { taskId: approvedAny.tasks[0]!.id, action: 'take_back', actor: alice });
    expect(statuses(backAny)).toEqual(['alice:open', 'carol:open', 'bob:cancelled']);

    const sequential = start([approvalStep('first', { mode: 'sequential' })], { first: [alice, carol] });
    const approvedFirst = act(sequential, {}, { action: 'approve', actor: alice });
    expect(statuses(approvedFirst)).toEqual(['alice:approved', 'carol:open']);
    const backSequential = act(
      approvedFirst,
      {},
      { taskId: approvedFirst.tasks[0]!.id, action: 'take_back', actor: alice },
    );
    expect(statuses(backSequential)).toEqual(['alice:open', 'carol:waiting']);
  });

  it('is too late once the next handler has acted, and only undoes one’s own approval', () => {
    const approved = act(start(twoSteps, people), people, { action: 'approve', actor: alice });
    const aliceTask = approved.tasks[0]!.id;
    const commented = act(approved, people, { action: 'comment', actor: bob, comment: '请补充说明' });
    expect(checkTaskAction(commented, { taskId: aliceTask, action: 'take_back', actor: alice })).toBeNull();
    const transferred = act(approved, people, { action: 'transfer', actor: bob, target: carol, comment: '转办' });
    expect(checkTaskAction(transferred, { taskId: aliceTask, action: 'take_back', actor: alice })?.code).toBe(
      'TAKE_BACK_TOO_LATE',
    );
    expect(checkTaskAction(approved, { taskId: aliceTask, action: 'take_back', actor: bob })?.code).toBe(
      'NOT_ASSIGNEE',
    );
    const open = start(twoSteps, people);
    expect(checkTaskAction(open, { taskId: openTask(open, alice), action: 'take_back', actor: alice })?.code).toBe(
      'NOTHING_TO_TAKE_BACK',
    );
  });

  it('is not blocked by an urge (催办) or a 督办 flag: neither decides anything', () => {
    const approved = act(start(twoSteps, people), people, { action: 'approve', actor: alice });
    const aliceTask = approved.tasks[0]!.id;
    const supervisor = party('inspector', 'org-supervision');
    const urgedAndFlagged = [
      { action: 'urge' as const, actor: applicant, comment: '请尽快' },
      { action: 'urge' as const, actor: supervisor, capacity: 'supervisor' as const },
      { action: 'flag' as const, actor: supervisor, capacity: 'supervisor' as const, comment: '重点跟进' },
    ].reduce((state, input) => applyEvent(state, { type: 'requestAction', ...input, at: at() }).state, approved);
    expect(urgedAndFlagged.timeline.map((entry) => entry.action).slice(-3)).toEqual(['urge', 'urge', 'flag']);
    expect(checkTaskAction(urgedAndFlagged, { taskId: aliceTask, action: 'take_back', actor: alice })).toBeNull();
    const back = act(urgedAndFlagged, people, { taskId: aliceTask, action: 'take_back', actor: alice });
    expect(statuses(back)).toEqual(['alice:open', 'bob:cancelled']);
  });
});

describe('where a task may go (转交, 委派, 加签): one rule, the step’s organisations', () => {
  const legal = party('legal', 'org-legal');
  const banker = party('banker', 'org-bank');
  const inFirm = party('firm-staff', 'org-firm');
  const refusal = (state: ProcessState, input: Omit<TaskActionInput, 'taskId'>, rules = {}) =>
    checkTaskAction(state, { ...input, taskId: openTask(state, alice) }, rules)?.code ?? 'allowed';
  const handOvers = (target: Party): Omit<TaskActionInput, 'taskId'>[] => [
    { action: 'transfer', actor: alice, target, comment: '请办理' },
    { action: 'delegate', actor: alice, target, comment: '请提意见' },
    { action: 'add_signer', actor: alice, signers: [target], position: 'after' },
  ];

  it.each([
    ['a colleague of the step’s organisation', carol, 'allowed'],
    ['staff of another organisation', banker, 'HAND_OVER_OUT_OF_SCOPE'],
    ['staff of an organisation the administrator did not add', legal, 'HAND_OVER_OUT_OF_SCOPE'],
    ['someone of the applicant’s organisation', inFirm, 'HAND_OVER_OUT_OF_SCOPE'],
  ])('%s', (_who, target, expected) => {
    const state = start(twoSteps, people);
    expect(handOvers(target).map((input) => refusal(state, input))).toEqual([expected, expected, expected]);
  });

  it('lets the handlers reach the organisations the administrator added to the step, and the one the form names', () => {
    const scoped = start([approvalStep('first', { handOverOrgs: ['org-legal'] }), approvalStep('second')], people);
    expect(handOvers(legal).map((input) => refusal(scoped, input))).toEqual(['allowed', 'allowed', 'allowed']);
    const named = settle(
      startProcess({
        requestId: 'r',
        definition: definition([approvalStep('first', { assignees: { orgFromField: 'bank', role: 'bank_officer' } })]),
        applicant,
        data: { bank: 'org-bank' },
        at: at(),
      }),
      { first: [alice] },
    );
    expect(handOvers(banker).map((input) => refusal(named, input))).toEqual(['allowed', 'allowed', 'allowed']);
  });

  it('keeps the rule recorded runs had: anywhere', () => {
    const state = start(twoSteps, people);
    const recorded = { handOverScope: 'anyone' as const };
    expect(handOvers(banker).map((input) => refusal(state, input, recorded))).toEqual([
      'allowed',
      'allowed',
      'allowed',
    ]);
  });

  it('refuses it when the action is applied as well, not only when it is checked', () => {
    const state = start(twoSteps, people);
    expect(() => act(state, people, { action: 'transfer', actor: alice, target: banker, comment: '转银行' })).toThrow(
      expect.objectContaining({ code: 'HAND_OVER_OUT_OF_SCOPE' }),
    );
  });
});
