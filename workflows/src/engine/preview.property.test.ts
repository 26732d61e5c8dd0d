import fc from 'fast-check';
import { approvalStep, branchStep, definition, parallelStep, party } from '../../test/factories';
import type { ApprovalMode, StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, EngineEvent } from './events';
import { type PeopleLookup, previewRoute, whatIf } from './preview';
import {
  applyEvent,
  checkRequestAction,
  checkTaskAction,
  flattenSteps,
  nextClockAt,
  returnTargets,
  startProcess,
} from './process-engine';
import type { Party, ProcessState, TaskState } from './state';

// The previews against the engine itself: for random processes, data, directories and actions, what
// 流程预测 and what-if announce is what the engine then really does with the same people lookup.

// Tuesday 28 April 2026, 10:00 China time: pinned, and just before the Labour Day holiday and its make-up day.
const SUBMITTED_AT = '2026-04-28T02:00:00.000Z';
const applicant = party('applicant', 'org-firm');
const pool = [party('p1'), party('p2', 'org-b'), party('p3', 'org-c'), applicant];
const admin = party('admin', 'org-platform');
const ROLES = ['r1', 'r2', 'r3'] as const;

let counter = 0;
const stepId = () => `s${++counter}`;

const ruleArb = fc.record({ role: fc.constantFrom(...ROLES), excludeApplicant: fc.boolean() });
const slaArb = fc.option(
  fc.record({
    workingDays: fc.integer({ min: 0, max: 4 }),
    onTimeout: fc.constantFrom('remind' as const, 'escalate' as const, 'auto_approve' as const),
  }),
  { nil: undefined },
);
const whenArb = fc.constantFrom(undefined, { '==': [{ var: 'skip' }, true] }, { '!': [{ var: 'skip' }] });

const leafArb: fc.Arbitrary<StepDefinition> = fc.oneof(
  fc
    .record({
      mode: fc.constantFrom<ApprovalMode>('any', 'all', 'sequential'),
      rule: ruleArb,
      sla: slaArb,
      when: whenArb,
      noAssignee: fc.constantFrom(undefined, 'auto_approve' as const, 'reject' as const),
    })
    .map(({ mode, rule, sla, when, noAssignee }) =>
      approvalStep(stepId(), {
        mode,
        assignees: rule,
        ...(sla ? { sla } : {}),
        ...(when ? { when } : {}),
        ...(noAssignee ? { noAssignee } : {}),
      }),
    ),
  fc.record({ rule: ruleArb, sla: slaArb }).map(({ rule, sla }): StepDefinition => ({
    type: 'fill',
    id: stepId(),
    name: { zh: '填报' },
    assignees: rule,
    form: { key: 'fill-form', version: 1 },
    ...(sla ? { sla } : {}),
  })),
  fc
    .oneof(
      fc.integer({ min: 0, max: 3 }).map((workingDays) => ({ workingDays })),
      fc.integer({ min: 0, max: 2 }).map((days) => ({ days })),
      fc.constant({ untilField: 'until' }),
    )
    .map((duration): StepDefinition => ({ type: 'wait', id: stepId(), name: { zh: '等待' }, ...duration })),
  ruleArb.map((rule): StepDefinition => ({ type: 'cc', id: stepId(), name: { zh: '抄送' }, assignees: rule })),
  ruleArb.map((rule): StepDefinition => ({
    type: 'notify',
    id: stepId(),
    name: { zh: '通知' },
    assignees: rule,
    message: { zh: '请知悉' },
  })),
  fc.constant(null).map((): StepDefinition => ({
    type: 'webhook',
    id: stepId(),
    name: { zh: '推送' },
    url: 'https://example.test/hook',
  })),
);

const stepsArb: fc.Arbitrary<StepDefinition[]> = fc.letrec<{ steps: StepDefinition[]; step: StepDefinition }>(
  (tie) => ({
    step: fc.oneof(
      // Trees of a few dozen steps at most: enough nesting to race lanes, small enough to run hundreds.
      { depthSize: 'xsmall', maxDepth: 3, withCrossShrink: true },
      leafArb,
      fc
        .array(tie('steps'), { minLength: 2, maxLength: 2 })
        .map((lanes) => parallelStep(stepId(), Object.fromEntries(lanes.map((lane, index) => [`lane${index}`, lane])))),
      fc.array(tie('steps'), { minLength: 1, maxLength: 2 }).map((lanes) =>
        branchStep(
          stepId(),
          lanes.map((steps, index) => ({
            id: `b${index}`,
            name: { zh: `b${index}` },
            when: { '==': [{ var: 'lane' }, index] },
            steps,
          })),
        ),
      ),
    ),
    steps: fc.array(tie('step'), { minLength: 1, maxLength: 3 }),
  }),
).steps;

const scenarioArb = fc.record({
  steps: stepsArb,
  data: fc.record({
    skip: fc.boolean(),
    lane: fc.integer({ min: 0, max: 1 }),
    until: fc.constantFrom('2026-04-20', '2026-05-06', '2026-05-12T03:00:00.000Z'),
  }),
  // Who each role names: nobody sometimes, so the no-assignee policies and the administrators' fallback run too.
  directory: fc.record(
    Object.fromEntries(ROLES.map((role) => [role, fc.subarray(pool)])) as Record<
      (typeof ROLES)[number],
      fc.Arbitrary<Party[]>
    >,
  ),
});

type Directory = Record<string, Party[]>;

/** The lookup the worker would do, over a directory in memory. */
const finderOf =
  (directory: Directory) =>
  ({ rule }: PeopleLookup): Party[] =>
    rule.role === 'admin' ? [admin] : (directory[rule.role ?? ''] ?? []);

/**
 * The workflow's way with effects: people looked up and fed back, notify steps
 * told (and remembered), webhooks answered `ok` when `answerWebhooks`.
 */
function performEffects(
  transition: { state: ProcessState; effects: EngineEffect[] },
  findPeople: (lookup: PeopleLookup) => Party[],
  at: string,
  answerWebhooks: boolean,
  notified = new Map<string, Party[]>(),
): ProcessState {
  let { state } = transition;
  const queue = [...transition.effects];
  while (queue.length > 0) {
    const effect = queue.shift()!;
    if (effect.type === 'notify') {
      notified.set(effect.stepId, findPeople(effect));
      continue;
    }
    if (effect.type === 'callWebhook' && !answerWebhooks) continue;
    const next = applyEvent(
      state,
      effect.type === 'callWebhook'
        ? { type: 'webhookResult', stepId: effect.stepId, ok: true, response: {}, at }
        : {
            type: 'assigneesResolved',
            stepId: effect.stepId,
            assignees: findPeople(effect),
            fallback: effect.fallback,
            ...(effect.escalation ? { escalation: true } : {}),
            at,
          },
    );
    state = next.state;
    queue.push(...next.effects);
  }
  return state;
}

const HOUR = 3_600_000;

/**
 * The request for real, with handlers who take the time they are given: each
 * approves (or submits) at 23:00 China time on their step's deadline day, or at
 * once when it has no time limit; waits and clocks run on the engine's ticks.
 */
function runToTheEnd(
  steps: StepDefinition[],
  data: Record<string, unknown>,
  findPeople: (lookup: PeopleLookup) => Party[],
): { state: ProcessState; notified: Map<string, Party[]> } {
  const notified = new Map<string, Party[]>();
  let now = SUBMITTED_AT;
  const settle = (transition: { state: ProcessState; effects: EngineEffect[] }) =>
    performEffects(transition, findPeople, now, true, notified);
  let state = settle(startProcess({ requestId: 'real', definition: definition(steps), applicant, data, at: now }));
  const actsAt = (task: TaskState) => {
    const dueAt = state.steps.find((step) => step.id === task.stepId)?.clock?.dueAt;
    const lastHour = dueAt ? new Date(Date.parse(dueAt) - HOUR).toISOString() : now;
    return lastHour > now ? lastHour : now;
  };
  for (let round = 0; round < 1_000 && state.status === 'in_progress'; round++) {
    const open = state.tasks.filter((task) => task.status === 'open');
    const next = [...open.map(actsAt), nextClockAt(state) ?? []].flat().sort()[0];
    if (!next) break;
    if (next > now) now = next;
    const acting = open.filter((task) => actsAt(task) <= now);
    if (acting.length === 0) state = settle(applyEvent(state, { type: 'tick', at: now }));
    for (const task of acting) {
      if (state.status !== 'in_progress' || state.tasks.find((t) => t.id === task.id)?.status !== 'open') continue;
      const isFill = state.steps.find((step) => step.id === task.stepId)?.type === 'fill';
      state = settle(
        applyEvent(state, {
          type: 'taskAction',
          taskId: task.id,
          action: 'approve',
          actor: task.assignee,
          ...(isFill ? { data: {} } : {}),
          at: now,
        }),
      );
    }
  }
  return { state, notified };
}

/** Every step that must have ended before each step starts: those before it in its sequence and in every enclosing one. */
function stepsBefore(steps: StepDefinition[], earlier: string[] = [], into = new Map<string, string[]>()) {
  const seen = [...earlier];
  for (const step of steps) {
    into.set(step.id, [...seen]);
    seen.push(step.id);
    if (step.type === 'parallel' || step.type === 'branch') {
      for (const lane of step.branches) stepsBefore(lane.steps, into.get(step.id)!, into);
      seen.push(...flattenSteps([step]).map((entry) => entry.step.id));
    }
  }
  return into;
}

const userIds = (people: Party[]) => people.map((person) => person.userId);
const stepPeople = (state: ProcessState, id: string) => [
  ...new Set(state.tasks.filter((task) => task.stepId === id && !task.escalation).map((task) => task.assignee.userId)),
];

it('流程预测 names the steps and people the engine really goes through, with deadlines in order along each path', () => {
  fc.assert(
    fc.property(scenarioArb, ({ steps, data, directory }) => {
      const findPeople = finderOf(directory);
      const route = previewRoute(definition(steps), data, SUBMITTED_AT, { applicant, findPeople });
      const real = runToTheEnd(steps, data, findPeople);

      const ran = real.state.steps.filter(
        (step) => step.startedAt !== undefined && step.type !== 'parallel' && step.type !== 'branch',
      );
      expect(route.map((step) => step.stepId).sort()).toEqual(ran.map((step) => step.id).sort());
      const realSteps = new Map(real.state.steps.map((step) => [step.id, step]));
      for (const step of route) {
        // The deadlines the engine really set, with everyone taking until their last day.
        const clock = realSteps.get(step.stepId)?.clock;
        if (step.dueAt && clock) expect([step.stepId, step.dueAt]).toEqual([step.stepId, clock.dueAt]);
        const expected =
          step.type === 'notify' ? userIds(real.notified.get(step.stepId) ?? []) : stepPeople(real.state, step.stepId);
        expect([step.stepId, userIds(step.people)]).toEqual([step.stepId, expected]);
      }

      const before = stepsBefore(steps);
      const byId = new Map(route.map((step) => [step.stepId, step]));
      for (const step of route) {
        if (step.dueAt) expect(step.dueAt >= step.startsAt).toBe(true);
        // A step somebody decides by its deadline takes until the last moment of the deadline day.
        if (step.dueAt && step.endsAt)
          expect(Date.parse(step.endsAt)).toBeGreaterThanOrEqual(Date.parse(step.dueAt) - 1);
        for (const earlierId of before.get(step.stepId) ?? []) {
          const earlier = byId.get(earlierId);
          if (!earlier) continue;
          // It starts when the steps before it are expected to end …
          expect(earlier.endsAt).toBeDefined();
          expect(step.startsAt >= earlier.endsAt!).toBe(true);
          // … so its deadline never comes before theirs.
          if (step.dueAt && earlier.dueAt) expect(step.dueAt >= earlier.dueAt).toBe(true);
        }
      }
    }),
    { numRuns: 300 },
  );
});

/** What a handler could try on a task now: the engine's checks pick the legal ones. */
function taskEvents(state: ProcessState, task: TaskState, at: string): EngineEvent[] {
  const actor = task.assignee;
  const base = { type: 'taskAction' as const, taskId: task.id, actor, at };
  const isFill = state.steps.find((step) => step.id === task.stepId)?.type === 'fill';
  const others = pool.filter((person) => person.userId !== actor.userId);
  return [
    { ...base, action: 'approve', ...(isFill ? { data: {} } : {}) },
    { ...base, action: 'reject', comment: '不同意' },
    { ...base, action: 'return', to: 'applicant', comment: '补正' },
    ...returnTargets(state, task.stepId).map((to): EngineEvent => ({ ...base, action: 'return', to, comment: '重审' })),
    { ...base, action: 'transfer', target: others[0]!, comment: '转交' },
    { ...base, action: 'add_signer', signers: others.slice(1, 3), position: 'before' },
    { ...base, action: 'add_signer', signers: others.slice(1, 3), position: 'after', signerMode: 'sequential' },
  ];
}

function legalEvents(state: ProcessState, at: string): EngineEvent[] {
  const events = state.tasks.filter((task) => task.status === 'open').flatMap((task) => taskEvents(state, task, at));
  events.push({ type: 'requestAction', action: 'resubmit', actor: applicant, data: state.data, at });
  return events.filter((event) => {
    if (event.type === 'taskAction') return checkTaskAction(state, event) === null;
    return event.type === 'requestAction' && checkRequestAction(state, event, at) === null;
  });
}

it('what-if shows the tasks, people and steps an action really leads to', () => {
  fc.assert(
    fc.property(
      scenarioArb,
      fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      fc.nat(),
      ({ steps, data, directory }, walk, last) => {
        const findPeople = finderOf(directory);
        let second = 0;
        const at = () => new Date(Date.parse(SUBMITTED_AT) + 1000 * ++second).toISOString();
        let state = performEffects(
          startProcess({ requestId: 'r', definition: definition(steps), applicant, data, at: SUBMITTED_AT }),
          findPeople,
          SUBMITTED_AT,
          true,
        );
        for (const choice of walk) {
          const now = at();
          const legal = legalEvents(state, now);
          if (legal.length === 0) break;
          state = performEffects(applyEvent(state, legal[choice % legal.length]!), findPeople, now, true);
        }
        const now = at();
        const candidates = legalEvents(state, now).filter((event) => event.type === 'taskAction');
        if (candidates.length === 0) return;
        const event = candidates[last % candidates.length]!;
        const frozen = JSON.stringify(state);

        const change = whatIf(state, event, findPeople);
        expect(JSON.stringify(state)).toBe(frozen);
        // For real: the action, then the people it asks for (a webhook's answer comes later, from the other system).
        const after = performEffects(applyEvent(state, event), findPeople, now, false);

        const beforeTasks = new Map(state.tasks.map((task) => [task.id, task.status]));
        expect(change.tasks).toEqual(
          after.tasks
            .filter((task) => beforeTasks.get(task.id) !== task.status)
            .map((task) => ({
              taskId: task.id,
              stepId: task.stepId,
              assignee: task.assignee,
              from: beforeTasks.get(task.id) ?? null,
              to: task.status,
            })),
        );
        const beforeSteps = new Map(state.steps.map((step) => [step.id, step.status]));
        expect(change.steps).toEqual(
          after.steps
            .filter((step) => beforeSteps.get(step.id) !== step.status)
            .map((step) => ({ stepId: step.id, from: beforeSteps.get(step.id) ?? 'pending', to: step.status })),
        );
        expect(change.status).toEqual(after.status === state.status ? null : { from: state.status, to: after.status });
      },
    ),
    { numRuns: 300 },
  );
});
