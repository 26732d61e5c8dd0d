import jsonLogic from 'json-logic-js';
import type { CalendarOverride } from '../calendar/calendar-data';
import { chinaDateOf } from '../calendar/iso-date';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { AssigneeRule, ProcessDefinition, StepDefinition, TaskStep, WaitStep } from '../dsl/process-definition';
import { EngineError } from './engine-error';
import {
  TASK_ACTIONS,
  type EngineEffect,
  type EngineEvent,
  type RequestActionInput,
  type TaskActionInput,
  type Transition,
} from './events';
import {
  TERMINAL_STATUSES,
  type Party,
  type ClockLevel,
  type ProcessState,
  type StepClock,
  type StepState,
  type TaskState,
  type TimelineEntry,
} from './state';

/** Administrators take a step whose assignee rule matched nobody, so no request is stranded. */
export const NO_ASSIGNEE_FALLBACK_RULE = { role: 'admin' } as const;

export interface StartInput {
  requestId: string;
  definition: ProcessDefinition;
  applicant: Party;
  data: Record<string, unknown>;
  at: string;
  /** Administrators' changes to the official holiday calendar; pinned for the life of the request. */
  calendarOverrides?: CalendarOverride[];
}

/** Opens a request: records the submission and activates the first step that applies. */
export function startProcess(input: StartInput): Transition {
  const state: ProcessState = {
    requestId: input.requestId,
    definition: input.definition,
    status: 'in_progress',
    applicant: input.applicant,
    data: input.data,
    steps: flattenSteps(input.definition.steps).map(({ step, parentId }) => ({
      id: step.id,
      name: step.name,
      type: step.type,
      ...(parentId ? { parentId } : {}),
      status: 'pending',
    })),
    tasks: [],
    timeline: [],
    revision: 0,
    createdAt: input.at,
    updatedAt: input.at,
    ...(input.calendarOverrides?.length ? { calendarOverrides: input.calendarOverrides } : {}),
  };
  record(state, { at: input.at, actor: input.applicant, action: 'submit' });
  const effects: EngineEffect[] = [];
  advance(state, input.at, effects);
  return { state: touch(state, input.at), effects };
}

/**
 * Why a handler's action may not be applied to `state`, or null when it may.
 * The workflow's Update validator calls this, so an illegal action is refused
 * before it enters history.
 */
export function checkTaskAction(state: ProcessState, input: TaskActionInput): EngineError | null {
  if (TERMINAL_STATUSES.includes(state.status)) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  const task = state.tasks.find((candidate) => candidate.id === input.taskId);
  if (!task) return new EngineError('TASK_NOT_FOUND', `task ${input.taskId} does not exist`);
  if (task.assignee.userId !== input.actor.userId) {
    return new EngineError('NOT_ASSIGNEE', `task ${task.id} is assigned to someone else`);
  }
  if (!TASK_ACTIONS.includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (input.action === 'take_back') return checkTakeBack(state, task);
  if (task.status === 'waiting' || task.status === 'delegated') {
    return new EngineError('TASK_NOT_OPEN', `task ${task.id} is ${task.status}`);
  }
  if (task.status !== 'open') {
    return new EngineError('TASK_ALREADY_DECIDED', `task ${task.id} is already ${task.status}`);
  }
  // A delegate gives an opinion and hands the task back; the decision stays with the owner.
  if (task.delegatedFrom && input.action !== 'approve' && input.action !== 'comment') {
    return new EngineError('ACTION_NOT_ALLOWED', `a delegate may not ${input.action}`);
  }
  const isFill = taskStepDefinition(state, task.stepId).type === 'fill';
  // A fill step is a submission, not a decision: its party submits (approve with data) or hands it back.
  if (isFill && input.action === 'reject') {
    return new EngineError('ACTION_NOT_ALLOWED', `a fill step is submitted, not rejected`);
  }
  if (
    isFill &&
    input.action === 'approve' &&
    !task.delegatedFrom &&
    (typeof input.data !== 'object' || input.data === null)
  ) {
    return new EngineError('DATA_REQUIRED', `step ${task.stepId} needs its form data`);
  }
  if (['reject', 'comment', 'return'].includes(input.action) && !input.comment?.trim()) {
    return new EngineError('COMMENT_REQUIRED', `${input.action} needs a comment`);
  }
  if (input.action === 'return') {
    const targets = returnTargets(state, task.stepId);
    if (input.to !== 'applicant' && !targets.includes(input.to ?? '')) {
      return new EngineError('RETURN_TARGET_INVALID', `cannot return to ${String(input.to)} from ${task.stepId}`);
    }
  }
  if (input.action === 'transfer' || input.action === 'delegate') {
    const target = input.target;
    const holdsStep = (userId: string) =>
      state.tasks.some(
        (candidate) =>
          candidate.stepId === task.stepId &&
          candidate.assignee.userId === userId &&
          ['open', 'waiting', 'delegated'].includes(candidate.status),
      );
    if (!target?.userId || target.userId === input.actor.userId || holdsStep(target.userId)) {
      return new EngineError('TARGET_INVALID', `cannot ${input.action} task ${task.id} to ${String(target?.userId)}`);
    }
  }
  return null;
}

/** 拿回: my own last approval, while nobody has decided anything since. */
function checkTakeBack(state: ProcessState, task: TaskState): EngineError | null {
  if (task.status !== 'approved' || task.decisionSeq === undefined || task.delegatedFrom) {
    return new EngineError('TAKE_BACK_TOO_LATE', `task ${task.id} has no approval to take back`);
  }
  const decidedSince = state.timeline.some(
    (entry) => entry.seq > task.decisionSeq! && entry.actor !== null && entry.action !== 'comment',
  );
  if (decidedSince) return new EngineError('TAKE_BACK_TOO_LATE', `someone acted after task ${task.id} was decided`);
  return null;
}

/** Why the applicant's action may not be applied to `state`, or null when it may. */
export function checkRequestAction(state: ProcessState, input: RequestActionInput, at?: string): EngineError | null {
  if (TERMINAL_STATUSES.includes(state.status)) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  if (input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may ${input.action}`);
  }
  if (input.action === 'resubmit') {
    if (state.status !== 'returned')
      return new EngineError('REQUEST_NOT_RETURNED', 'only a returned request is resubmitted');
    if (typeof input.data !== 'object' || input.data === null) {
      return new EngineError('UNKNOWN_ACTION', 'resubmit needs the corrected form data');
    }
  } else if (input.action === 'urge') {
    if (state.status !== 'in_progress')
      return new EngineError('ACTION_NOT_ALLOWED', 'only a request in progress is urged');
    if (at !== undefined && stepsToUrge(state, at).length === 0) {
      return new EngineError('URGE_TOO_SOON', 'every running step was already urged today');
    }
  } else if (input.action !== 'withdraw') {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  return null;
}

/** 催办 at most once per step per (China) day: the running task steps not urged yet today. */
function stepsToUrge(state: ProcessState, at: string): string[] {
  const today = chinaDateOf(at);
  const urgedToday = new Set(
    state.timeline
      .filter((entry) => entry.action === 'urge' && entry.stepId && chinaDateOf(entry.at) === today)
      .map((entry) => entry.stepId),
  );
  return state.steps
    .filter((step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'))
    .filter((step) => !urgedToday.has(step.id))
    .map((step) => step.id);
}

/** Applies one event. Throws EngineError for an illegal action and leaves `previous` untouched. */
export function applyEvent(previous: ProcessState, event: EngineEvent): Transition {
  const state = clone(previous);
  const effects: EngineEffect[] = [];
  switch (event.type) {
    case 'assigneesResolved':
      openTasks(state, event, effects);
      break;
    case 'tick':
      tick(state, event.at, effects);
      break;
    case 'taskAction': {
      const refusal = checkTaskAction(state, event);
      if (refusal) throw refusal;
      decideTask(state, event, effects);
      break;
    }
    case 'requestAction': {
      const refusal = checkRequestAction(state, event, event.at);
      if (refusal) throw refusal;
      actOnRequest(state, event, effects);
      break;
    }
  }
  return { state: touch(state, event.at), effects };
}

/**
 * The approval steps a task on `stepId` may be returned to: finished approvals
 * before it in its own sequence and in every enclosing one.
 */
export function returnTargets(state: ProcessState, stepId: string): string[] {
  const targets: string[] = [];
  let current: string | undefined = stepId;
  while (current) {
    const { siblings, parentId } = locate(state.definition, current);
    for (const sibling of siblings.slice(
      0,
      siblings.findIndex((step) => step.id === current),
    )) {
      const status = stepState(state, sibling.id).status;
      if (
        (sibling.type === 'approval' && status === 'approved') ||
        (sibling.type === 'fill' && status === 'completed')
      ) {
        targets.push(sibling.id);
      }
    }
    current = parentId;
  }
  return targets;
}

function openTasks(
  state: ProcessState,
  event: Extract<EngineEvent, { type: 'assigneesResolved' }>,
  effects: EngineEffect[],
): void {
  const { stepId, fallback, at } = event;
  const step = stepState(state, stepId);
  // The step may have been reset (return, withdraw) while its assignees were being resolved.
  if (step.status !== 'active' || state.status !== 'in_progress') return;
  const holders = new Set(
    state.tasks
      .filter((task) => task.stepId === stepId && ['open', 'waiting', 'delegated'].includes(task.status))
      .map((task) => task.assignee.userId),
  );
  const unique = uniqueByUser(event.assignees).filter((party) => !holders.has(party.userId));
  if (event.escalation) {
    if (unique.length === 0) {
      record(state, { at, actor: null, action: 'no_assignee', stepId, comment: 'escalation' });
      return;
    }
    for (const leader of unique) addTask(state, stepId, leader, 'open', at, { escalation: true });
    record(state, {
      at,
      actor: null,
      action: 'escalate',
      stepId,
      comment: unique.map((p) => p.displayName).join('、'),
    });
    return;
  }
  if (unique.length === 0) {
    record(state, { at, actor: null, action: 'no_assignee', stepId });
    if (!fallback) effects.push(resolveEffect(state, stepId, NO_ASSIGNEE_FALLBACK_RULE, true));
    return;
  }
  const mode = modeOf(taskStepDefinition(state, stepId));
  unique.forEach((assignee, index) =>
    addTask(state, stepId, assignee, mode === 'sequential' && index > 0 ? 'waiting' : 'open', at),
  );
}

function addTask(
  state: ProcessState,
  stepId: string,
  assignee: Party,
  status: 'open' | 'waiting',
  at: string,
  extra: Partial<TaskState> = {},
): TaskState {
  const task: TaskState = {
    id: `${state.requestId}.${state.tasks.length + 1}`,
    stepId,
    assignee,
    status,
    createdAt: at,
    ...extra,
  };
  state.tasks.push(task);
  return task;
}

/**
 * Fires every clock whose moment has come: a reminder, 黄牌 at the deadline
 * (and the step's timeout policy), 红牌 when overdue by the set days.
 */
function tick(state: ProcessState, at: string, effects: EngineEffect[]): void {
  if (state.status !== 'in_progress') return;
  const waitsOver = state.steps.filter((step) => step.status === 'active' && step.waitUntil && at >= step.waitUntil);
  for (const step of waitsOver) {
    endStep(state, step.id, 'completed', at);
    record(state, { at, actor: null, action: 'waited', stepId: step.id });
  }
  if (waitsOver.length > 0) advance(state, at, effects);
  for (const step of state.steps) {
    const clock = step.clock;
    if (step.status !== 'active' || !clock) continue;
    if (clock.level === 'on_time' && clock.remindAt && at >= clock.remindAt) {
      clock.level = 'reminded';
      record(state, { at, actor: null, action: 'remind', stepId: step.id });
    }
    if ((clock.level === 'on_time' || clock.level === 'reminded') && at >= clock.dueAt) {
      clock.level = 'yellow';
      record(state, { at, actor: null, action: 'yellow_card', stepId: step.id });
      applyTimeoutPolicy(state, step, at, effects);
      if (step.status !== 'active' || state.status !== 'in_progress') continue;
    }
    if (clock.level === 'yellow' && at >= clock.redAt) {
      clock.level = 'red';
      record(state, { at, actor: null, action: 'red_card', stepId: step.id });
    }
  }
}

function applyTimeoutPolicy(state: ProcessState, step: StepState, at: string, effects: EngineEffect[]): void {
  const sla = taskStepDefinition(state, step.id).sla!;
  switch (sla.onTimeout ?? 'remind') {
    case 'remind':
      return;
    case 'escalate': {
      const handlingOrgs = [
        ...new Set(
          state.tasks
            .filter((task) => task.stepId === step.id && task.status === 'open')
            .map((task) => task.assignee.orgId),
        ),
      ];
      const rules = sla.escalateTo ? [sla.escalateTo] : handlingOrgs.map((org) => ({ org, role: 'leader' }));
      for (const rule of rules) effects.push({ ...resolveEffect(state, step.id, rule, false), escalation: true });
      return;
    }
    case 'auto_approve':
      record(state, { at, actor: null, action: 'auto_approve', stepId: step.id });
      endStep(state, step.id, 'approved', at);
      advance(state, at, effects);
      return;
    case 'auto_reject':
      record(state, { at, actor: null, action: 'auto_reject', stepId: step.id });
      endStep(state, step.id, 'rejected', at);
      cancelOpenTasks(state, () => true, at);
      state.status = 'rejected';
      state.completedAt = at;
      return;
  }
}

/** The next instant at which a running clock fires, or null when none will. */
export function nextClockAt(state: ProcessState): string | null {
  if (state.status !== 'in_progress') return null;
  const moments = state.steps.flatMap((step) => {
    if (step.status === 'active' && step.waitUntil) return [step.waitUntil];
    const clock = step.clock;
    if (step.status !== 'active' || !clock) return [];
    if (clock.level === 'on_time') return [clock.remindAt ?? clock.dueAt, clock.dueAt];
    if (clock.level === 'reminded') return [clock.dueAt];
    if (clock.level === 'yellow') return [clock.redAt];
    return [];
  });
  return moments.length > 0 ? moments.reduce((earliest, moment) => (moment < earliest ? moment : earliest)) : null;
}

function startClock(state: ProcessState, sla: NonNullable<TaskStep['sla']>, at: string): StepClock {
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const remindBefore = sla.remindBeforeWorkingDays ?? 1;
  const level: ClockLevel = 'on_time';
  return {
    dueAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays),
    ...(remindBefore > 0 && sla.workingDays - remindBefore >= 0
      ? { remindAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays - remindBefore) }
      : {}),
    redAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays + (sla.redCardAfterWorkingDays ?? 2)),
    level,
  };
}

function decideTask(state: ProcessState, input: TaskActionInput & { at: string }, effects: EngineEffect[]): void {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId)!;
  const comment = input.comment?.trim() || undefined;
  const entry = { at: input.at, actor: input.actor, stepId: task.stepId, comment };
  switch (input.action) {
    case 'comment':
      record(state, { ...entry, action: 'comment' });
      return;
    case 'take_back':
      takeBack(state, task, input.at);
      record(state, { ...entry, action: 'take_back' });
      return;
    case 'transfer':
    case 'delegate': {
      close(state, task, input.action === 'transfer' ? 'transferred' : 'delegated', input.at, comment);
      state.tasks.push({
        id: `${state.requestId}.${state.tasks.length + 1}`,
        stepId: task.stepId,
        assignee: input.target!,
        status: 'open',
        createdAt: input.at,
        ...(input.action === 'transfer' ? { transferredFrom: task.id } : { delegatedFrom: task.id }),
      });
      record(state, { ...entry, action: input.action, target: input.target });
      return;
    }
    case 'return':
      close(state, task, 'cancelled', input.at, comment);
      record(state, { ...entry, action: 'return', to: input.to });
      if (input.to === 'applicant') returnToApplicant(state, input.at);
      else returnToStep(state, input.to!, input.at, effects);
      return;
    case 'approve':
    case 'reject':
      break;
  }
  if (task.delegatedFrom) {
    close(state, task, 'approved', input.at, comment);
    record(state, { ...entry, action: 'delegate_done' });
    const owner = state.tasks.find((candidate) => candidate.id === task.delegatedFrom)!;
    owner.status = 'open';
    owner.openedRevision = nextRevision(state);
    return;
  }
  close(state, task, input.action === 'approve' ? 'approved' : 'rejected', input.at, comment);
  const definition = taskStepDefinition(state, task.stepId);
  if (definition.type === 'fill') {
    record(state, { ...entry, action: 'fill' });
    task.decisionSeq = state.timeline.length;
    state.stepData = { ...state.stepData, [task.stepId]: input.data! };
    endStep(state, task.stepId, 'completed', input.at);
    advance(state, input.at, effects);
    return;
  }
  record(state, { ...entry, action: input.action });
  task.decisionSeq = state.timeline.length;

  if (input.action === 'reject') {
    endStep(state, task.stepId, 'rejected', input.at);
    cancelOpenTasks(state, () => true, input.at);
    state.status = 'rejected';
    state.completedAt = input.at;
    return;
  }
  const stepTasks = state.tasks.filter((candidate) => candidate.stepId === task.stepId);
  const mode = modeOf(taskStepDefinition(state, task.stepId));
  const next = stepTasks.find((candidate) => candidate.status === 'waiting');
  if (mode === 'sequential' && next && !task.escalation) {
    next.status = 'open';
    next.openedRevision = nextRevision(state);
    return;
  }
  const undecided = stepTasks.some((candidate) => ['open', 'delegated'].includes(candidate.status));
  // A leader who took over a late step decides it alone.
  if (mode === 'all' && undecided && !task.escalation) return;
  endStep(state, task.stepId, 'approved', input.at);
  advance(state, input.at, effects);
}

function close(
  state: ProcessState,
  task: TaskState,
  status: TaskState['status'],
  at: string,
  comment: string | undefined,
): void {
  task.status = status;
  task.decidedAt = at;
  task.decidedRevision = nextRevision(state);
  if (comment) task.comment = comment;
}

/**
 * 拿回: undoes everything the approval of `task` changed (one state revision):
 * steps it started go back to pending, steps it ended run again, tasks it
 * cancelled or opened go back to how they were, and the task is open again.
 */
function takeBack(state: ProcessState, task: TaskState, at: string): void {
  const revision = task.decidedRevision!;
  const restarted = new Set<string>();
  for (const step of state.steps) {
    if (step.startedRevision === revision && step.endedRevision !== revision) {
      resetStep(step);
      restarted.add(step.id);
    } else if (step.endedRevision === revision) {
      if (step.status === 'skipped') {
        resetStep(step);
      } else {
        step.status = 'active';
        delete step.endedAt;
        delete step.endedRevision;
      }
    }
  }
  cancelOpenTasks(state, (stepId) => restarted.has(stepId), at);
  for (const other of state.tasks) {
    if (other === task) continue;
    if (other.status === 'cancelled' && other.decidedRevision === revision) {
      other.status = other.cancelledFrom ?? 'open';
      delete other.decidedAt;
      delete other.decidedRevision;
      delete other.cancelledFrom;
    } else if (other.status === 'open' && other.openedRevision === revision) {
      other.status = 'waiting';
      delete other.openedRevision;
    }
  }
  if (state.stepData?.[task.stepId]) delete state.stepData[task.stepId];
  task.status = 'open';
  delete task.decidedAt;
  delete task.decidedRevision;
  delete task.decisionSeq;
  delete task.comment;
}

function actOnRequest(state: ProcessState, input: RequestActionInput & { at: string }, effects: EngineEffect[]): void {
  const comment = input.comment?.trim() || undefined;
  if (input.action === 'urge') {
    // The handlers see it in the timeline (and, once notifications exist, in their inbox).
    for (const stepId of stepsToUrge(state, input.at)) {
      record(state, { at: input.at, actor: input.actor, action: 'urge', stepId, comment });
    }
    return;
  }
  if (input.action === 'withdraw') {
    record(state, { at: input.at, actor: input.actor, action: 'withdraw', comment });
    for (const step of state.steps) if (step.status === 'active') resetStep(step);
    cancelOpenTasks(state, () => true, input.at);
    state.status = 'withdrawn';
    state.completedAt = input.at;
    delete state.returnedFromStepIds;
    return;
  }
  record(state, { at: input.at, actor: input.actor, action: 'resubmit', comment });
  state.data = input.data!;
  state.status = 'in_progress';
  delete state.returnedFromStepIds;
  advance(state, input.at, effects);
}

/**
 * 退回补正: every running step stops (its tasks leave the inboxes) and runs
 * again from the start when the applicant resubmits.
 */
function returnToApplicant(state: ProcessState, at: string): void {
  const running = state.steps.filter(
    (step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'),
  );
  state.returnedFromStepIds = running.map((step) => step.id);
  for (const step of running) resetStep(step);
  cancelOpenTasks(state, () => true, at);
  state.status = 'returned';
}

/** Back to an earlier approval: it and everything after it in its sequence run again. */
function returnToStep(state: ProcessState, targetId: string, at: string, effects: EngineEffect[]): void {
  const { siblings } = locate(state.definition, targetId);
  const reset = new Set(
    flattenSteps(siblings.slice(siblings.findIndex((step) => step.id === targetId))).map(({ step }) => step.id),
  );
  for (const step of state.steps) if (reset.has(step.id)) resetStep(step);
  cancelOpenTasks(state, (stepId) => reset.has(stepId), at);
  advance(state, at, effects);
}

/** Runs the definition from the top; finished steps are passed, pending ones start. */
function advance(state: ProcessState, at: string, effects: EngineEffect[]): void {
  if (advanceSequence(state, state.definition.steps, at, effects) === 'done') {
    state.status = 'completed';
    state.completedAt = at;
    record(state, { at, actor: null, action: 'complete' });
  }
}

type Progress = 'done' | 'blocked';

function advanceSequence(state: ProcessState, steps: StepDefinition[], at: string, effects: EngineEffect[]): Progress {
  for (const definition of steps) {
    const step = stepState(state, definition.id);
    if (step.status === 'pending') {
      if (definition.when !== undefined && !holds(definition.when, state)) {
        step.status = 'skipped';
        step.endedAt = at;
        step.endedRevision = nextRevision(state);
        record(state, { at, actor: null, action: 'skip', stepId: step.id });
        continue;
      }
      if (!activate(state, definition, step, at, effects)) continue;
    }
    if (step.status !== 'active') continue;
    if (definition.type === 'approval' || definition.type === 'fill' || definition.type === 'wait') return 'blocked';
    const lanes =
      definition.type === 'parallel'
        ? definition.branches
        : definition.branches.filter((branch) => branch.id === step.chosenBranchId);
    const progress = lanes.map((lane) => advanceSequence(state, lane.steps, at, effects));
    if (progress.includes('blocked')) return 'blocked';
    endStep(state, step.id, 'completed', at);
  }
  return 'done';
}

/** Starts a pending step; false when there is nothing to run (a branch step none of whose branches holds). */
function activate(
  state: ProcessState,
  definition: StepDefinition,
  step: StepState,
  at: string,
  effects: EngineEffect[],
): boolean {
  if (definition.type === 'branch') {
    const chosen = definition.branches.find((branch) => branch.when === undefined || holds(branch.when, state));
    if (!chosen) {
      step.status = 'skipped';
      step.endedAt = at;
      step.endedRevision = nextRevision(state);
      record(state, { at, actor: null, action: 'skip', stepId: step.id });
      return false;
    }
    step.chosenBranchId = chosen.id;
  }
  step.status = 'active';
  step.startedAt = at;
  step.startedRevision = nextRevision(state);
  if (definition.type === 'wait') {
    step.waitUntil = waitEnd(state, definition, at);
    if (step.waitUntil <= at) {
      step.status = 'completed';
      step.endedAt = at;
      step.endedRevision = nextRevision(state);
      record(state, { at, actor: null, action: 'waited', stepId: step.id });
      return false;
    }
  }
  if (definition.type === 'approval' || definition.type === 'fill') {
    if (definition.sla) step.clock = startClock(state, definition.sla, at);
    effects.push(resolveEffect(state, step.id, definition.assignees, false));
  }
  return true;
}

/** Ends a step; tasks nobody decided are cancelled, so they leave every inbox. */
function endStep(state: ProcessState, stepId: string, status: 'approved' | 'rejected' | 'completed', at: string): void {
  const step = stepState(state, stepId);
  step.status = status;
  step.endedAt = at;
  step.endedRevision = nextRevision(state);
  cancelOpenTasks(state, (candidate) => candidate === stepId, at);
}

function cancelOpenTasks(state: ProcessState, ofStep: (stepId: string) => boolean, at: string): void {
  for (const task of state.tasks) {
    if ((task.status === 'open' || task.status === 'waiting' || task.status === 'delegated') && ofStep(task.stepId)) {
      task.cancelledFrom = task.status === 'waiting' ? 'waiting' : 'open';
      task.status = 'cancelled';
      task.decidedAt = at;
      task.decidedRevision = nextRevision(state);
    }
  }
}

function resetStep(step: StepState): void {
  step.status = 'pending';
  delete step.startedAt;
  delete step.endedAt;
  delete step.startedRevision;
  delete step.endedRevision;
  delete step.chosenBranchId;
  // A step that runs again (after a return or a take-back) gets a fresh clock: time with the applicant does not count.
  delete step.clock;
  delete step.waitUntil;
}

/** The revision the transition being applied will have (`touch` bumps it at the end). */
function nextRevision(state: ProcessState): number {
  return state.revision + 1;
}

function resolveEffect(state: ProcessState, stepId: string, rule: AssigneeRule, fallback: boolean): EngineEffect {
  return { type: 'resolveAssignees', stepId, rule, fallback, applicant: state.applicant, data: state.data };
}

function holds(rule: NonNullable<StepDefinition['when']>, state: ProcessState): boolean {
  return jsonLogic.truthy(jsonLogic.apply(rule, { ...state.data, steps: state.stepData ?? {} }));
}

/** Every step of a list, nested ones included, in document order. */
export function flattenSteps(
  steps: readonly StepDefinition[],
  parentId?: string,
): { step: StepDefinition; parentId?: string }[] {
  return steps.flatMap((step) => [
    { step, ...(parentId ? { parentId } : {}) },
    ...(step.type === 'parallel' || step.type === 'branch'
      ? step.branches.flatMap((branch) => flattenSteps(branch.steps, step.id))
      : []),
  ]);
}

/** The list a step stands in and the container around it (none at the top). */
function locate(definition: ProcessDefinition, stepId: string): { siblings: StepDefinition[]; parentId?: string } {
  const search = (
    steps: StepDefinition[],
    parentId?: string,
  ): { siblings: StepDefinition[]; parentId?: string } | null => {
    for (const step of steps) {
      if (step.id === stepId) return { siblings: steps, ...(parentId ? { parentId } : {}) };
      if (step.type !== 'parallel' && step.type !== 'branch') continue;
      for (const branch of step.branches) {
        const found = search(branch.steps, step.id);
        if (found) return found;
      }
    }
    return null;
  };
  const found = search(definition.steps);
  if (!found) throw new Error(`step ${stepId} is not in ${definition.key}@${definition.version}`);
  return found;
}

function stepState(state: ProcessState, stepId: string): StepState {
  const step = state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`step ${stepId} is not in request ${state.requestId}`);
  return step;
}

function taskStepDefinition(state: ProcessState, stepId: string): TaskStep {
  const definition = flattenSteps(state.definition.steps).find(({ step }) => step.id === stepId)?.step;
  if (definition?.type !== 'approval' && definition?.type !== 'fill') throw new Error(`step ${stepId} has no tasks`);
  return definition;
}

/** A fill step is done by whoever of its party submits first. */
function modeOf(step: TaskStep): NonNullable<Extract<TaskStep, { type: 'approval' }>['mode']> {
  return step.type === 'approval' ? (step.mode ?? 'any') : 'any';
}

/** When a wait step ends: working days, calendar days, or 00:00 China time of a date in the form. */
function waitEnd(state: ProcessState, step: WaitStep, at: string): string {
  if (step.workingDays !== undefined) {
    // 24:00 China time of the Nth working day: N whole working days, as a public notice period (公示) counts them.
    return createWorkingCalendar(state.calendarOverrides ?? []).deadlineAfterWorkingDays(at, step.workingDays);
  }
  if (step.days !== undefined) return new Date(Date.parse(at) + step.days * 86_400_000).toISOString();
  const value = step.untilField ? state.data[step.untilField] : undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(Date.parse(`${value}T00:00:00+08:00`)).toISOString();
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
  // Nothing to wait for: the step ends at once.
  return at;
}

function record(state: ProcessState, entry: Omit<TimelineEntry, 'seq'>): void {
  state.timeline.push({ seq: state.timeline.length + 1, ...withoutUndefined(entry) });
}

function uniqueByUser(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((party) => !seen.has(party.userId) && seen.add(party.userId));
}

function touch(state: ProcessState, at: string): ProcessState {
  state.revision += 1;
  state.updatedAt = at;
  return state;
}

/** State is plain JSON by contract; a JSON round trip also works inside the workflow sandbox. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
