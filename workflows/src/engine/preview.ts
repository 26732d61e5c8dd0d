import type { AssigneeRule, ProcessDefinition, StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, EngineEvent, TaskActionInput } from './events';
import { uniqueByUser } from './assignment';
import { applyEvent, flattenSteps, nextClockAt, startProcess } from './process-engine';
import type { Party, ProcessState, StepClock, TaskState, TaskStatus } from './state';

/** The question the worker's `resolveAssignees` (and `notify`) activity answers: who does this rule name? */
export interface PeopleLookup {
  rule: AssigneeRule;
  applicant: Party;
  data: Record<string, unknown>;
}

/** Answers a {@link PeopleLookup} at once (a directory in memory, or stand-ins). */
export type PeopleFinder = (lookup: PeopleLookup) => Party[];

/** Answers a {@link PeopleLookup}, possibly from a database (the server passes the worker's own lookup). */
export type AsyncPeopleFinder = (lookup: PeopleLookup) => Party[] | Promise<Party[]>;

/**
 * A run of the engine that stops whenever it needs people, so the same run
 * serves a synchronous finder (the process designer, tests) and a database (the API).
 */
type Simulation<T> = Generator<PeopleLookup, T, Party[]>;

function runWith<T>(simulation: Simulation<T>, findPeople: PeopleFinder): T {
  let step = simulation.next();
  while (!step.done) step = simulation.next(findPeople(step.value));
  return step.value;
}

async function runWithAsync<T>(simulation: Simulation<T>, findPeople: AsyncPeopleFinder): Promise<T> {
  let step = simulation.next();
  while (!step.done) step = simulation.next(await findPeople(step.value));
  return step.value;
}

/**
 * Performs a transition's effects the way the workflow does, in order:
 * people are looked up and fed back as `assigneesResolved` (which may open
 * further steps and ask for more people). A webhook is answered `ok` only
 * when `answerWebhooks`; otherwise its step stays running, as it does until
 * the other system replies. `notified` collects who each notify step tells.
 */
function* settle(
  transition: { state: ProcessState; effects: EngineEffect[] },
  at: string,
  answerWebhooks: boolean,
  notified?: Map<string, Party[]>,
): Simulation<ProcessState> {
  let state = transition.state;
  const queue = [...transition.effects];
  while (queue.length > 0) {
    const effect = queue.shift()!;
    let event: EngineEvent | undefined;
    if (effect.type === 'resolveAssignees') {
      const assignees = yield { rule: effect.rule, applicant: effect.applicant, data: effect.data };
      event = {
        type: 'assigneesResolved',
        stepId: effect.stepId,
        assignees,
        fallback: effect.fallback,
        ...(effect.escalation ? { escalation: true } : {}),
        ...(effect.extensionId ? { extensionId: effect.extensionId } : {}),
        at,
      };
    } else if (effect.type === 'notify') {
      if (notified)
        notified.set(effect.stepId, yield { rule: effect.rule, applicant: effect.applicant, data: effect.data });
    } else if (answerWebhooks) {
      event = { type: 'webhookResult', stepId: effect.stepId, ok: true, response: {}, at };
    }
    if (!event) continue;
    const next = applyEvent(state, event);
    state = next.state;
    queue.push(...next.effects);
  }
  return state;
}

export interface RoutePreviewStep {
  stepId: string;
  name: ProcessState['steps'][number]['name'];
  /** Who would handle it (or be copied or notified), as a rule. None for a webhook or a wait. */
  assignees?: AssigneeRule;
  /**
   * The people the engine gives it: one per task it opens, in order (依次 in
   * turn), the administrators when the rule names nobody; those a notify step tells.
   */
  people: Party[];
  type: StepDefinition['type'];
  /** The `parallel` step this one runs inside, if any (steps sharing it run at the same time). */
  parallelStepId?: string;
  /** When it would start: when the steps before it are expected to end. */
  startsAt: string;
  /** When it would end (a step nobody decides, as an auto-approval, ends when it starts). */
  endsAt?: string;
  /**
   * Its deadline (a step with an SLA) or the end of its wait, counted from
   * `startsAt`. None for a step that ends at once without anyone deciding it:
   * its time limit never comes into play.
   */
  dueAt?: string;
}

export interface RoutePreviewOptions {
  /** Who applies (rules on the applicant's organisation read it). Default: a stand-in. */
  applicant?: Party;
  /** Who each rule names. Default: one stand-in per rule, so the route is complete without a directory. */
  findPeople?: PeopleFinder;
}

const PREVIEW_REQUEST_ID = 'preview';
const STAND_IN_APPLICANT: Party = { userId: '__applicant__', displayName: '', orgId: '__applicant__', orgName: '' };
const STAND_IN_ASSIGNEE: Party = { userId: '__preview__', displayName: '', orgId: '__preview__', orgName: '' };

/**
 * 流程预测: the steps a request with this data would go through, in the order
 * they start, with the people each gets and its deadline. It runs the real
 * engine on the real clock: every handler decides (approves, or submits an
 * empty fill form) on the last day their step allows, a step without a time
 * limit is decided at once, a wait lasts what it says and a webhook answers
 * `ok`. So conditions and branches are decided as they will be for real, and
 * each step's deadline is counted, in working days of the official calendar,
 * from the expected end of the steps before it.
 * @param at when the request would be submitted
 */
export function previewRoute(
  definition: ProcessDefinition,
  data: Record<string, unknown>,
  at: string,
  options: RoutePreviewOptions = {},
): RoutePreviewStep[] {
  return runWith(
    simulateRoute(definition, data, at, options.applicant ?? STAND_IN_APPLICANT),
    options.findPeople ?? (() => [STAND_IN_ASSIGNEE]),
  );
}

/** {@link previewRoute} with people looked up asynchronously (the API's directory). */
export function previewRouteAsync(
  definition: ProcessDefinition,
  data: Record<string, unknown>,
  at: string,
  options: { applicant: Party; findPeople: AsyncPeopleFinder },
): Promise<RoutePreviewStep[]> {
  return runWithAsync(simulateRoute(definition, data, at, options.applicant), options.findPeople);
}

// Each round decides tasks or fires a clock, so a route of any sensible length ends long before.
const MAX_ROUNDS = 2_000;

function* simulateRoute(
  definition: ProcessDefinition,
  data: Record<string, unknown>,
  at: string,
  applicant: Party,
): Simulation<RoutePreviewStep[]> {
  const notified = new Map<string, Party[]>();
  let now = at;
  let state = yield* settle(
    startProcess({ requestId: PREVIEW_REQUEST_ID, definition, applicant, data, at }),
    now,
    true,
    notified,
  );
  for (let round = 0; round < MAX_ROUNDS && state.status === 'in_progress'; round++) {
    const decisions = state.tasks
      .filter((task) => task.status === 'open')
      .map((task) => ({ task, at: decisionMoment(state, task, now) }));
    const clockAt = nextClockAt(state);
    const moments = [...decisions.map((decision) => decision.at), ...(clockAt ? [clockAt] : [])];
    // Nobody to decide and no clock to wait for: the request would stay here.
    if (moments.length === 0) break;
    const next = moments.reduce((earliest, moment) => (moment < earliest ? moment : earliest));
    if (next > now) now = next;
    const due = decisions.filter((decision) => decision.at <= now);
    if (due.length === 0) {
      state = yield* settle(applyEvent(state, { type: 'tick', at: now }), now, true, notified);
      continue;
    }
    // Decisions before the clock: a handler deciding on the last day never sees the step's 黄牌.
    for (const { task } of due) {
      const current = state.tasks.find((candidate) => candidate.id === task.id);
      // An earlier decision in this round may have closed it (或签) or the request.
      if (state.status !== 'in_progress' || current?.status !== 'open') continue;
      const isFill = state.steps.find((step) => step.id === task.stepId)?.type === 'fill';
      const approve: TaskActionInput = {
        taskId: task.id,
        action: 'approve',
        actor: task.assignee,
        ...(isFill ? { data: {} } : {}),
      };
      state = yield* settle(applyEvent(state, { type: 'taskAction', ...approve, at: now }), now, true, notified);
    }
  }
  return routeOf(state, notified);
}

/**
 * When a handler is expected to decide: on the last day of the step's time
 * limit (its final millisecond, so the next step starts that same China
 * day, as it would after a decision taken during it), or at once without one.
 */
function decisionMoment(state: ProcessState, task: TaskState, now: string): string {
  const clock = state.steps.find((step) => step.id === task.stepId)?.clock;
  if (!clock) return now;
  const lastMoment = lastMomentOfDeadline(clock.dueAt);
  return lastMoment > now ? lastMoment : now;
}

/** A deadline is 24:00 China time, already the next day: the millisecond before it is the deadline day's last. */
function lastMomentOfDeadline(dueAt: string): string {
  return new Date(Date.parse(dueAt) - 1).toISOString();
}

function routeOf(state: ProcessState, notified: Map<string, Party[]>): RoutePreviewStep[] {
  const byId = new Map(flattenSteps(state.definition.steps).map(({ step }) => [step.id, step]));
  return state.steps
    .filter((step) => step.startedAt !== undefined && step.type !== 'parallel' && step.type !== 'branch')
    .sort((a, b) => (a.startedRevision ?? 0) - (b.startedRevision ?? 0))
    .map((step) => {
      const definition = byId.get(step.id);
      const parent = step.parentId ? state.steps.find((candidate) => candidate.id === step.parentId) : undefined;
      const people =
        step.type === 'notify'
          ? (notified.get(step.id) ?? [])
          : uniqueByUser(
              state.tasks
                .filter((task) => task.stepId === step.id && !task.escalation && !task.extensionId)
                .map((task) => task.assignee),
            );
      const dueAt = step.clock
        ? step.endedAt === undefined || step.endedAt >= lastMomentOfDeadline(step.clock.dueAt)
          ? step.clock.dueAt
          : undefined
        : step.waitUntil && step.waitUntil > step.startedAt!
          ? step.waitUntil
          : undefined;
      return {
        stepId: step.id,
        name: step.name,
        type: step.type,
        ...(definition && 'assignees' in definition ? { assignees: definition.assignees } : {}),
        people,
        ...(parent?.type === 'parallel' ? { parallelStepId: parent.id } : {}),
        startsAt: step.startedAt!,
        ...(step.endedAt ? { endsAt: step.endedAt } : {}),
        ...(dueAt ? { dueAt } : {}),
      };
    });
}

export interface WhatIfChange {
  tasks: { taskId: string; stepId: string; assignee: Party; from: TaskStatus | null; to: TaskStatus }[];
  steps: { stepId: string; from: string; to: string }[];
  clocks: { stepId: string; from: StepClock | null; to: StepClock | null }[];
  status: { from: ProcessState['status']; to: ProcessState['status'] } | null;
}

/**
 * What an action would change on a live request — tasks opened or closed,
 * steps reset or started, deadlines moved — without doing it: the engine
 * applied to a copy and settled as the workflow settles it, the people each
 * new step needs looked up with `findPeople` (the worker's lookup), so the
 * tasks a return or an approval creates are listed with their assignees. A
 * webhook step it reaches is shown running: its outcome is the other system's.
 * Throws the engine's refusal when the action is not allowed now.
 */
export function whatIf(state: ProcessState, event: EngineEvent, findPeople: PeopleFinder): WhatIfChange {
  return runWith(simulateWhatIf(state, event), findPeople);
}

/** {@link whatIf} with people looked up asynchronously (the API's directory). */
export function whatIfAsync(
  state: ProcessState,
  event: EngineEvent,
  findPeople: AsyncPeopleFinder,
): Promise<WhatIfChange> {
  return runWithAsync(simulateWhatIf(state, event), findPeople);
}

function* simulateWhatIf(state: ProcessState, event: EngineEvent): Simulation<WhatIfChange> {
  const after = yield* settle(applyEvent(state, event), event.at, false);
  return changeBetween(state, after);
}

/** The tasks, steps, clocks and status that differ between two states of one request. */
export function changeBetween(state: ProcessState, after: ProcessState): WhatIfChange {
  const beforeTasks = new Map(state.tasks.map((task) => [task.id, task]));
  const beforeSteps = new Map(state.steps.map((step) => [step.id, step]));
  return {
    tasks: after.tasks
      .filter((task) => beforeTasks.get(task.id)?.status !== task.status)
      .map((task) => ({
        taskId: task.id,
        stepId: task.stepId,
        assignee: task.assignee,
        from: beforeTasks.get(task.id)?.status ?? null,
        to: task.status,
      })),
    steps: after.steps
      .filter((step) => beforeSteps.get(step.id)?.status !== step.status)
      .map((step) => ({ stepId: step.id, from: beforeSteps.get(step.id)?.status ?? 'pending', to: step.status })),
    clocks: after.steps
      .filter((step) => JSON.stringify(beforeSteps.get(step.id)?.clock ?? null) !== JSON.stringify(step.clock ?? null))
      .map((step) => ({ stepId: step.id, from: beforeSteps.get(step.id)?.clock ?? null, to: step.clock ?? null })),
    status: after.status === state.status ? null : { from: state.status, to: after.status },
  };
}
