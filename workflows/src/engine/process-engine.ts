import jsonLogic from 'json-logic-js';
import type { CalendarOverride } from '../calendar/calendar-data';
import { chinaDateOf, fromDayNumber, toDayNumber } from '../calendar/iso-date';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type {
  AssigneeRule,
  FieldPermission,
  ProcessDefinition,
  RequestSla,
  StepDefinition,
  StepSla,
  TaskStep,
  WaitStep,
} from '../dsl/process-definition';
import { EngineError } from './engine-error';
import { transitionNotices } from './notices';
import {
  REQUEST_ACTIONS,
  SUPERVISOR_REQUEST_ACTIONS,
  TASK_ACTIONS,
  type EngineEffect,
  type EngineEvent,
  type RequestActionInput,
  type ResolveAssigneesEffect,
  type TaskActionInput,
  type Transition,
} from './events';
import {
  TERMINAL_STATUSES,
  type Party,
  type ClockLevel,
  type ProcessState,
  type RatingGrade,
  type SignerGroup,
  type StepClock,
  type StepState,
  type TaskState,
  type TimelineEntry,
} from './state';

/** Administrators take a step whose assignee rule matched nobody, so no request is stranded. */
export const NO_ASSIGNEE_FALLBACK_RULE = { role: 'admin' } as const;

/** The steps the engine adds after 办结 when a rating is bad: 整改, then 回访. Ids the DSL does not allow. */
export const RECTIFICATION_STEP_ID = '_rectification';
export const FOLLOW_UP_STEP_ID = '_follow_up';
const AFTERCARE_STEP_IDS = [RECTIFICATION_STEP_ID, FOLLOW_UP_STEP_ID];

/** 差评: 2 不满意 or 1 非常不满意. */
const BAD_RATING = 2;
const DEFAULT_RATING_WINDOW_WORKING_DAYS = 10;
// Its handlers are leaders already: a late rectification shows 黄牌/红牌 to supervisors rather than escalating to itself.
const DEFAULT_RECTIFICATION_SLA: StepSla = { workingDays: 5 };
/** 延期 asks for at most this many working days at once. */
export const MAX_EXTENSION_WORKING_DAYS = 30;

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
  const requestClock = input.definition.sla && startRequestClock(state, input.definition.sla, input.at);
  if (requestClock) state.requestClock = requestClock;
  const effects: EngineEffect[] = [];
  advance(state, input.at, effects);
  watchRequestDeadline(state, input.at);
  touch(state, input.at);
  return { state, effects, notices: transitionNotices(null, state) };
}

/**
 * Why a handler's action may not be applied to `state`, or null when it may.
 * The workflow's Update validator calls this, so an illegal action is refused
 * before it enters history.
 */
export function checkTaskAction(state: ProcessState, input: TaskActionInput): EngineError | null {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId);
  if (TERMINAL_STATUSES.includes(state.status) && !(task && inAftercare(state, task.stepId))) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  if (!task) return new EngineError('TASK_NOT_FOUND', `task ${input.taskId} does not exist`);
  if (task.assignee.userId !== input.actor.userId) {
    return new EngineError('NOT_ASSIGNEE', `task ${task.id} is assigned to someone else`);
  }
  if (!TASK_ACTIONS.includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (task.status === 'informed') return new EngineError('ACTION_NOT_ALLOWED', `task ${task.id} is a copy (抄送)`);
  if (input.action === 'take_back') return checkTakeBack(state, task);
  if (input.action === 'remove_signer') return checkRemoveSigner(state, task, input);
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
  // A leader deciding a request for more time approves or rejects that, nothing else.
  if (task.extensionId && !['approve', 'reject', 'comment'].includes(input.action)) {
    return new EngineError('ACTION_NOT_ALLOWED', `an extension is approved or rejected, not ${input.action}`);
  }
  const special = task.signerGroupId || task.extensionId || inAftercare(state, task.stepId);
  if (special && ['return', 'add_signer', 'request_extension'].includes(input.action)) {
    return new EngineError('ACTION_NOT_ALLOWED', `${input.action} is not allowed on task ${task.id}`);
  }
  if (task.stepId === RECTIFICATION_STEP_ID && input.action === 'reject') {
    return new EngineError('ACTION_NOT_ALLOWED', 'a rectification is reported, not rejected');
  }
  const isFill = !task.extensionId && taskStepDefinition(state, task.stepId).type === 'fill';
  // A fill step is a submission, not a decision: its party submits (approve with data) or hands it back.
  if (isFill && (input.action === 'reject' || input.action === 'add_signer')) {
    return new EngineError('ACTION_NOT_ALLOWED', `a fill step is submitted, not decided`);
  }
  if (
    isFill &&
    input.action === 'approve' &&
    !task.delegatedFrom &&
    (typeof input.data !== 'object' || input.data === null)
  ) {
    return new EngineError('DATA_REQUIRED', `step ${task.stepId} needs its form data`);
  }
  if (!isFill && input.action === 'approve' && input.data !== undefined) {
    const refusal = checkFieldEdits(state, task, input.data);
    if (refusal) return refusal;
  }
  if (
    ['reject', 'comment', 'return', 'request_extension'].includes(input.action) ||
    task.stepId === RECTIFICATION_STEP_ID
  ) {
    if (!input.comment?.trim()) return new EngineError('COMMENT_REQUIRED', `${input.action} needs a comment`);
  }
  if (input.action === 'return') {
    const targets = returnTargets(state, task.stepId);
    if (input.to !== 'applicant' && !targets.includes(input.to ?? '')) {
      return new EngineError('RETURN_TARGET_INVALID', `cannot return to ${String(input.to)} from ${task.stepId}`);
    }
  }
  if (input.action === 'transfer' || input.action === 'delegate') {
    const target = input.target;
    if (!target?.userId || target.userId === input.actor.userId || holdsStep(state, task.stepId, target.userId)) {
      return new EngineError('TARGET_INVALID', `cannot ${input.action} task ${task.id} to ${String(target?.userId)}`);
    }
  }
  if (input.action === 'add_signer') return checkAddSigner(state, task, input);
  if (input.action === 'request_extension') return checkExtension(state, task, input);
  return null;
}

function holdsStep(state: ProcessState, stepId: string, userId: string): boolean {
  return state.tasks.some(
    (candidate) =>
      candidate.stepId === stepId &&
      candidate.assignee.userId === userId &&
      !candidate.extensionId &&
      ['open', 'waiting', 'delegated'].includes(candidate.status),
  );
}

function checkAddSigner(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const signers = input.signers ?? [];
  const ids = signers.map((signer) => signer?.userId);
  if (
    signers.length === 0 ||
    ids.some((id) => typeof id !== 'string' || id === '' || id === input.actor.userId) ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => holdsStep(state, task.stepId, id))
  ) {
    return new EngineError('SIGNERS_INVALID', `cannot add ${ids.join(', ')} to step ${task.stepId}`);
  }
  if (!['before', 'after', 'alongside'].includes(input.position ?? '')) {
    return new EngineError('SIGNERS_INVALID', `position must be before, after or alongside`);
  }
  if (input.signerMode !== undefined && !['any', 'all', 'sequential'].includes(input.signerMode)) {
    return new EngineError('SIGNERS_INVALID', `signer mode must be any, all or sequential`);
  }
  return null;
}

/** 减签: the handler who added a group removes one of its people who has not decided yet. */
function checkRemoveSigner(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const groups = new Set(
    (state.signerGroups ?? []).filter((group) => group.ownerTaskId === task.id).map((group) => group.id),
  );
  const member = state.tasks.find(
    (candidate) =>
      candidate.signerGroupId !== undefined &&
      groups.has(candidate.signerGroupId) &&
      candidate.assignee.userId === input.target?.userId &&
      (candidate.status === 'open' || candidate.status === 'waiting'),
  );
  if (!member || stepState(state, task.stepId).status !== 'active') {
    return new EngineError('TARGET_INVALID', `${String(input.target?.userId)} is not a signer task ${task.id} added`);
  }
  return null;
}

function checkExtension(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const days = input.workingDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
    return new EngineError('ACTION_NOT_ALLOWED', `an extension is 1–${MAX_EXTENSION_WORKING_DAYS} working days`);
  }
  if (!stepState(state, task.stepId).clock) {
    return new EngineError('NO_DEADLINE', `step ${task.stepId} has no deadline to extend`);
  }
  if ((state.extensions ?? []).some((request) => request.stepId === task.stepId && request.status === 'pending')) {
    return new EngineError('EXTENSION_PENDING', `step ${task.stepId} already has an extension waiting for a leader`);
  }
  return null;
}

/** An approval may correct only the fields its step marks `edit`. */
function checkFieldEdits(state: ProcessState, task: TaskState, data: unknown): EngineError | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return new EngineError('FIELD_NOT_EDITABLE', 'corrections must be an object of fields');
  }
  const permissions = fieldPermissionsAt(state.definition, task.stepId);
  const locked = Object.keys(data).filter((field) => permissions[field] !== 'edit');
  if (locked.length > 0) {
    return new EngineError('FIELD_NOT_EDITABLE', `step ${task.stepId} may not change ${locked.join(', ')}`);
  }
  return null;
}

/**
 * What a step's handlers may do with each field of the request form; fields
 * not named are `read`. Steps the engine adds (整改, 回访) and unknown ids read everything.
 */
export function fieldPermissionsAt(definition: ProcessDefinition, stepId: string): Record<string, FieldPermission> {
  const step = flattenSteps(definition.steps).find((candidate) => candidate.step.id === stepId)?.step;
  return step?.fieldPermissions ?? {};
}

/** The request form's data as a step's handlers may see it: `hidden` fields removed. */
export function visibleFormData(
  data: Record<string, unknown>,
  permissions: Record<string, FieldPermission>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([field]) => permissions[field] !== 'hidden'));
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

/**
 * Why the applicant's (or a supervisor's) action may not be applied to
 * `state`, or null when it may. `at` (when given) lets the engine check the
 * once-a-day urge rule and the rating window.
 */
export function checkRequestAction(state: ProcessState, input: RequestActionInput, at?: string): EngineError | null {
  if (!(REQUEST_ACTIONS as readonly string[]).includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  if (input.action === 'rate') return checkRating(state, input, at);
  if (TERMINAL_STATUSES.includes(state.status)) {
    return new EngineError('REQUEST_CLOSED', `request ${state.requestId} is already ${state.status}`);
  }
  if (input.capacity === 'supervisor') {
    if (!SUPERVISOR_REQUEST_ACTIONS.includes(input.action)) {
      return new EngineError('ACTION_NOT_ALLOWED', `a supervisor may not ${input.action}`);
    }
  } else if (input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may ${input.action}`);
  } else if (input.action === 'flag') {
    return new EngineError('ACTION_NOT_ALLOWED', 'only a supervisor flags a request (督办)');
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
  } else if (input.action === 'flag') {
    if (!input.comment?.trim()) return new EngineError('COMMENT_REQUIRED', 'flag needs a comment');
  }
  return null;
}

/** 好差评: once, by the applicant's organisation, after 办结 and while the window is open. */
function checkRating(state: ProcessState, input: RequestActionInput, at?: string): EngineError | null {
  if (input.capacity === 'supervisor' || input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may rate`);
  }
  if (state.status !== 'completed' || state.rating || !state.ratingOpenUntil) {
    return new EngineError('RATING_CLOSED', `request ${state.requestId} cannot be rated now`);
  }
  if (at !== undefined && at >= state.ratingOpenUntil) {
    return new EngineError('RATING_CLOSED', `the rating window of ${state.requestId} has closed`);
  }
  if (typeof input.grade !== 'number' || !Number.isInteger(input.grade) || input.grade < 1 || input.grade > 5) {
    return new EngineError('GRADE_INVALID', 'a rating is a whole number from 1 to 5');
  }
  if (input.grade <= BAD_RATING && !input.comment?.trim()) {
    return new EngineError('COMMENT_REQUIRED', 'a bad rating needs a comment saying what went wrong');
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
    case 'webhookResult':
      webhookDone(state, event, effects);
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
  watchRequestDeadline(state, event.at);
  touch(state, event.at);
  return { state, effects, notices: transitionNotices(previous, state) };
}

/**
 * The approval steps a task on `stepId` may be returned to: finished approvals
 * before it in its own sequence and in every enclosing one.
 */
export function returnTargets(
  state: Pick<ProcessState, 'requestId' | 'definition' | 'steps'>,
  stepId: string,
): string[] {
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
  if (step.status !== 'active' || !isLive(state)) return;
  if (event.extensionId) {
    openExtensionTasks(state, event, effects);
    return;
  }
  const holders = new Set(
    state.tasks
      .filter(
        (task) => task.stepId === stepId && !task.extensionId && ['open', 'waiting', 'delegated'].includes(task.status),
      )
      .map((task) => task.assignee.userId),
  );
  const definition = stepDefinition(state, stepId);
  const rule = 'assignees' in definition ? definition.assignees : undefined;
  const candidates =
    fallback || event.escalation || !rule
      ? event.assignees
      : narrowAssignees(rule, state.applicant, state.data, event.assignees);
  const unique = uniqueByUser(candidates).filter((party) => !holders.has(party.userId));
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
  if (definition.type === 'cc') {
    for (const person of unique) addTask(state, stepId, person, 'open', at).status = 'informed';
    record(state, { at, actor: null, action: 'cc', stepId, comment: unique.map((p) => p.displayName).join('、') });
    endStep(state, stepId, 'completed', at);
    advance(state, at, effects);
    return;
  }
  if (unique.length === 0) {
    record(state, { at, actor: null, action: 'no_assignee', stepId });
    if (fallback) return;
    const policy = definition.type === 'approval' || definition.type === 'fill' ? definition.noAssignee : undefined;
    if (policy === 'auto_approve' && definition.type === 'approval') {
      record(state, { at, actor: null, action: 'auto_approve', stepId });
      endStep(state, stepId, 'approved', at);
      advance(state, at, effects);
    } else if (policy === 'reject') {
      record(state, { at, actor: null, action: 'auto_reject', stepId });
      rejectRequest(state, stepId, at);
    } else {
      effects.push(resolveEffect(state, stepId, NO_ASSIGNEE_FALLBACK_RULE, true));
    }
    return;
  }
  const mode = modeOf(taskStepDefinition(state, stepId));
  unique.forEach((assignee, index) =>
    addTask(state, stepId, assignee, mode === 'sequential' && index > 0 ? 'waiting' : 'open', at),
  );
}

/**
 * The narrowing a rule asks for that needs the request itself: never the
 * applicant (`excludeApplicant`), only the applicant's pick (`pickField`).
 */
export function narrowAssignees(
  rule: AssigneeRule,
  applicant: Party,
  data: Record<string, unknown>,
  people: Party[],
): Party[] {
  let narrowed = people;
  if (rule.excludeApplicant) narrowed = narrowed.filter((person) => person.userId !== applicant.userId);
  if (rule.pickField !== undefined) {
    const picked = data[rule.pickField];
    const ids = new Set((Array.isArray(picked) ? picked : [picked]).filter((id) => typeof id === 'string'));
    narrowed = narrowed.filter((person) => ids.has(person.userId));
  }
  return narrowed;
}

function openExtensionTasks(
  state: ProcessState,
  event: Extract<EngineEvent, { type: 'assigneesResolved' }>,
  effects: EngineEffect[],
): void {
  const extension = state.extensions?.find((candidate) => candidate.id === event.extensionId);
  if (!extension || extension.status !== 'pending') return;
  const leaders = uniqueByUser(event.assignees).filter((leader) => leader.userId !== extension.requestedBy.userId);
  if (leaders.length === 0) {
    record(state, { at: event.at, actor: null, action: 'no_assignee', stepId: event.stepId, comment: 'extension' });
    if (!event.fallback) {
      effects.push({
        ...resolveEffect(state, event.stepId, NO_ASSIGNEE_FALLBACK_RULE, true),
        extensionId: extension.id,
      });
    }
    return;
  }
  for (const leader of leaders) {
    addTask(state, event.stepId, leader, 'open', event.at, { extensionId: extension.id });
  }
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
    createdRevision: nextRevision(state),
    ...extra,
  };
  state.tasks.push(task);
  return task;
}

/**
 * Fires every clock whose moment has come: a reminder, 黄牌 at the deadline
 * (and the step's timeout policy), 红牌 when overdue by the set days; the
 * whole request's clock likewise; and the end of the rating window.
 */
function tick(state: ProcessState, at: string, effects: EngineEffect[]): void {
  if (state.ratingOpenUntil && !state.rating && at >= state.ratingOpenUntil) {
    delete state.ratingOpenUntil;
    record(state, { at, actor: null, action: 'rating_closed' });
  }
  if (!isLive(state)) return;
  const waitsOver = state.steps.filter((step) => step.status === 'active' && step.waitUntil && at >= step.waitUntil);
  for (const step of waitsOver) {
    endStep(state, step.id, 'completed', at);
    record(state, { at, actor: null, action: 'waited', stepId: step.id });
  }
  if (waitsOver.length > 0) advance(state, at, effects);
  for (const step of state.steps) {
    if (step.status !== 'active' || !step.clock) continue;
    if (advanceClock(state, step.clock, at, step.id)) {
      applyTimeoutPolicy(state, step, at, effects);
      if (step.status !== 'active' || !isLive(state)) continue;
      advanceClock(state, step.clock, at, step.id);
    }
  }
  const requestClock = state.requestClock;
  if (state.status === 'in_progress' && requestClock && !requestClock.pausedAt) {
    if (advanceClock(state, requestClock, at, undefined) && state.definition.sla?.onTimeout === 'escalate') {
      const running = state.steps.filter(
        (step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'),
      );
      for (const step of running) effects.push(...escalationEffects(state, step.id, state.definition.sla.escalateTo));
    }
    advanceClock(state, requestClock, at, undefined);
  }
}

/**
 * Moves a clock to the level `at` has reached, recording each change (for
 * the whole request when `stepId` is undefined). True when it has just turned
 * yellow, so the caller applies its timeout policy before a red card follows.
 */
function advanceClock(state: ProcessState, clock: StepClock, at: string, stepId: string | undefined): boolean {
  const scope = stepId === undefined ? { detail: { scope: 'request' } } : { stepId };
  if (clock.level === 'on_time' && clock.remindAt && at >= clock.remindAt) {
    clock.level = 'reminded';
    record(state, { at, actor: null, action: 'remind', ...scope });
  }
  if ((clock.level === 'on_time' || clock.level === 'reminded') && at >= clock.dueAt) {
    clock.level = 'yellow';
    record(state, { at, actor: null, action: 'yellow_card', ...scope });
    return true;
  }
  if (clock.level === 'yellow' && at >= clock.redAt) {
    clock.level = 'red';
    record(state, { at, actor: null, action: 'red_card', ...scope });
  }
  return false;
}

/** Leaders for a late step: the SLA's `escalateTo`, else the leaders of the organisations now handling it. */
function escalationEffects(
  state: ProcessState,
  stepId: string,
  escalateTo: AssigneeRule | undefined,
): ResolveAssigneesEffect[] {
  const handlingOrgs = [
    ...new Set(
      state.tasks
        .filter((task) => task.stepId === stepId && task.status === 'open' && !task.extensionId)
        .map((task) => task.assignee.orgId),
    ),
  ];
  const rules = escalateTo ? [escalateTo] : handlingOrgs.map((org) => ({ org, role: 'leader' }));
  return rules.map((rule) => ({ ...resolveEffect(state, stepId, rule, false), escalation: true }));
}

function applyTimeoutPolicy(state: ProcessState, step: StepState, at: string, effects: EngineEffect[]): void {
  const sla = taskStepDefinition(state, step.id).sla!;
  switch (sla.onTimeout ?? 'remind') {
    case 'remind':
      return;
    case 'escalate':
      effects.push(...escalationEffects(state, step.id, sla.escalateTo));
      return;
    case 'auto_approve':
      record(state, { at, actor: null, action: 'auto_approve', stepId: step.id });
      endStep(state, step.id, 'approved', at);
      advanceAfter(state, step.id, at, effects);
      return;
    case 'auto_reject':
      record(state, { at, actor: null, action: 'auto_reject', stepId: step.id });
      rejectRequest(state, step.id, at);
      return;
  }
}

/** The next instant at which a running clock fires, or null when none will. */
export function nextClockAt(state: ProcessState): string | null {
  const moments: string[] = [];
  if (state.ratingOpenUntil && !state.rating) moments.push(state.ratingOpenUntil);
  if (isLive(state)) {
    for (const step of state.steps) {
      if (step.status !== 'active') continue;
      if (step.waitUntil) moments.push(step.waitUntil);
      else if (step.clock) moments.push(...clockMoments(step.clock));
    }
    const requestClock = state.requestClock;
    if (state.status === 'in_progress' && requestClock && !requestClock.pausedAt) {
      moments.push(...clockMoments(requestClock));
      if (requestClock.riskAt && !requestClock.atRisk) moments.push(requestClock.riskAt);
    }
  }
  return moments.length > 0 ? moments.reduce((earliest, moment) => (moment < earliest ? moment : earliest)) : null;
}

function clockMoments(clock: StepClock): string[] {
  if (clock.level === 'on_time') return [clock.remindAt ?? clock.dueAt, clock.dueAt];
  if (clock.level === 'reminded') return [clock.dueAt];
  if (clock.level === 'yellow') return [clock.redAt];
  return [];
}

/**
 * Whether the workflow has anything left to do: false once the request has
 * ended and no rating, rectification (整改) or follow-up (回访) can still come.
 */
export function processFinished(state: ProcessState): boolean {
  if (!TERMINAL_STATUSES.includes(state.status)) return false;
  if (isLive(state)) return false;
  return !(state.status === 'completed' && state.ratingOpenUntil && !state.rating);
}

/** Tasks can still be worked on: the request runs, or a bad rating's aftercare does. */
function isLive(state: ProcessState): boolean {
  return state.status === 'in_progress' || inAftercare(state);
}

function inAftercare(state: ProcessState, stepId?: string): boolean {
  const open = state.aftercare === 'rectifying' || state.aftercare === 'following_up';
  return open && (stepId === undefined || AFTERCARE_STEP_IDS.includes(stepId));
}

function rejectRequest(state: ProcessState, stepId: string, at: string): void {
  endStep(state, stepId, 'rejected', at);
  cancelOpenTasks(state, () => true, at);
  state.status = 'rejected';
  state.completedAt = at;
}

function startClock(
  state: ProcessState,
  sla: Pick<StepSla, 'workingDays' | 'remindBeforeWorkingDays' | 'redCardAfterWorkingDays'>,
  at: string,
): StepClock {
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
  // A substitute acts for the absent owner: the record says on whose behalf.
  const actor: Party = task.assignee.onBehalfOf
    ? { ...input.actor, onBehalfOf: task.assignee.onBehalfOf }
    : input.actor;
  const entry = { at: input.at, actor, stepId: task.stepId, comment };
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
      addTask(state, task.stepId, input.target!, 'open', input.at, {
        ...(input.action === 'transfer' ? { transferredFrom: task.id } : { delegatedFrom: task.id }),
        ...(task.signerGroupId && input.action === 'transfer' ? { signerGroupId: task.signerGroupId } : {}),
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
    case 'add_signer':
      addSigners(state, task, input, entry, effects);
      return;
    case 'remove_signer': {
      const member = state.tasks.find(
        (candidate) =>
          candidate.signerGroupId !== undefined &&
          state.signerGroups?.some((group) => group.id === candidate.signerGroupId && group.ownerTaskId === task.id) &&
          candidate.assignee.userId === input.target!.userId &&
          (candidate.status === 'open' || candidate.status === 'waiting'),
      )!;
      member.cancelledFrom = member.status === 'waiting' ? 'waiting' : 'open';
      close(state, member, 'cancelled', input.at, undefined);
      record(state, { ...entry, action: 'remove_signer', target: member.assignee });
      settleStep(state, task.stepId, input.at, effects);
      return;
    }
    case 'request_extension':
      requestExtension(state, task, input, entry, effects);
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
  if (task.extensionId) {
    decideExtension(state, task, input, entry);
    return;
  }
  close(state, task, input.action === 'approve' ? 'approved' : 'rejected', input.at, comment);
  if (inAftercare(state, task.stepId)) {
    decideAftercare(state, task, input, entry, effects);
    return;
  }
  const definition = taskStepDefinition(state, task.stepId);
  if (definition.type === 'fill') {
    record(state, { ...entry, action: 'fill' });
    task.decisionSeq = state.timeline.length;
    state.stepData = { ...state.stepData, [task.stepId]: input.data! };
    endStep(state, task.stepId, 'completed', input.at);
    advance(state, input.at, effects);
    return;
  }
  const corrected = input.action === 'approve' && input.data ? Object.keys(input.data) : [];
  if (corrected.length > 0) state.data = { ...state.data, ...input.data };
  record(state, { ...entry, action: input.action, ...(corrected.length > 0 ? { detail: { corrected } } : {}) });
  task.decisionSeq = state.timeline.length;

  if (input.action === 'reject') {
    rejectRequest(state, task.stepId, input.at);
    return;
  }
  settleStep(state, task.stepId, input.at, effects);
}

/**
 * 加签. `before`: the owner waits for the group, then decides; `after`: the
 * owner approves now and the approval counts once the group has approved too;
 * `alongside`: the group decides at the same time as the owner.
 */
function addSigners(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const position = input.position!;
  const mode = input.signerMode ?? 'all';
  const group: SignerGroup = {
    id: `${task.id}+${(state.signerGroups ?? []).length + 1}`,
    stepId: task.stepId,
    ownerTaskId: task.id,
    position,
    mode,
    addedRevision: nextRevision(state),
  };
  state.signerGroups = [...(state.signerGroups ?? []), group];
  if (position === 'after') close(state, task, 'approved', input.at, entry.comment);
  if (position === 'before') {
    task.status = 'waiting';
    task.heldByGroupId = group.id;
  }
  input.signers!.forEach((signer, index) =>
    addTask(state, task.stepId, signer, mode === 'sequential' && index > 0 ? 'waiting' : 'open', input.at, {
      signerGroupId: group.id,
    }),
  );
  record(state, {
    ...entry,
    action: 'add_signer',
    detail: { position, mode, signers: input.signers!.map(({ userId, displayName }) => ({ userId, displayName })) },
  });
  if (position === 'after') task.decisionSeq = state.timeline.length;
  settleStep(state, task.stepId, input.at, effects);
}

/** The added people of a group who still count: not removed, not handed on. */
function groupMembers(state: ProcessState, group: SignerGroup): TaskState[] {
  return state.tasks.filter(
    (task) =>
      task.signerGroupId === group.id &&
      !task.delegatedFrom &&
      task.status !== 'cancelled' &&
      task.status !== 'transferred',
  );
}

function groupDone(state: ProcessState, group: SignerGroup): boolean {
  const members = groupMembers(state, group);
  if (group.mode === 'any') return members.length === 0 || members.some((task) => task.status === 'approved');
  return members.every((task) => task.status === 'approved');
}

/** An approval counts once the people its owner added after or alongside have approved too. */
function effectivelyApproved(state: ProcessState, task: TaskState): boolean {
  if (task.status !== 'approved') return false;
  return (state.signerGroups ?? [])
    .filter((group) => group.ownerTaskId === task.id && group.position !== 'before')
    .every((group) => groupDone(state, group));
}

/**
 * After any decision on an approval step: moves signer groups and sequential
 * signers along, reopens owners whose 前加签 group has finished, and ends the
 * step when its mode is satisfied (a leader who took over a late step decides it alone).
 */
function settleStep(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
  const step = stepState(state, stepId);
  if (step.status !== 'active') return;
  // Only this run of the step counts: after a return it runs again, and what was decided before is history.
  const thisRun = step.startedRevision ?? 0;
  const groups = (state.signerGroups ?? []).filter(
    (group) => group.stepId === stepId && group.addedRevision >= thisRun,
  );
  const undecided = (task: TaskState) => task.status === 'open' || task.status === 'delegated';
  for (const group of groups) {
    const members = groupMembers(state, group);
    if (groupDone(state, group)) {
      // An `any` group is done at its first approval: the others' tasks leave their inboxes.
      for (const member of members)
        if (member.status === 'open' || member.status === 'waiting') cancelTask(state, member, at);
      const owner = state.tasks.find((task) => task.id === group.ownerTaskId)!;
      if (owner.status === 'waiting' && owner.heldByGroupId === group.id) {
        owner.status = 'open';
        delete owner.heldByGroupId;
        owner.openedRevision = nextRevision(state);
      }
    } else if (group.mode === 'sequential' && !members.some(undecided)) {
      const next = members.find((task) => task.status === 'waiting');
      if (next) {
        next.status = 'open';
        next.openedRevision = nextRevision(state);
      }
    }
  }
  const base = state.tasks.filter(
    (task) =>
      task.stepId === stepId &&
      !task.signerGroupId &&
      !task.extensionId &&
      !task.delegatedFrom &&
      !['cancelled', 'transferred', 'informed'].includes(task.status) &&
      !(task.decidedRevision !== undefined && task.decidedRevision < thisRun),
  );
  if (base.some((task) => task.escalation && task.status === 'approved')) {
    endStep(state, stepId, 'approved', at);
    advanceAfter(state, stepId, at, effects);
    return;
  }
  const regular = base.filter((task) => !task.escalation);
  const mode = modeOf(taskStepDefinition(state, stepId));
  const inHand = regular.some((task) => undecided(task) || (task.status === 'waiting' && task.heldByGroupId));
  const approvedPending = regular.some((task) => task.status === 'approved' && !effectivelyApproved(state, task));
  if (mode === 'sequential' && !inHand && !approvedPending) {
    const next = regular.find((task) => task.status === 'waiting');
    if (next) {
      next.status = 'open';
      next.openedRevision = nextRevision(state);
      return;
    }
  }
  const done =
    mode === 'any'
      ? regular.some((task) => effectivelyApproved(state, task))
      : regular.length > 0 && regular.every((task) => effectivelyApproved(state, task));
  if (!done) {
    // 或签: the first approval decides; the others need not act while its added signers finish.
    if (mode === 'any' && regular.some((task) => task.status === 'approved')) {
      for (const task of regular)
        if (task.status === 'open' || (task.status === 'waiting' && !task.heldByGroupId)) cancelTask(state, task, at);
    }
    return;
  }
  endStep(state, stepId, 'approved', at);
  advanceAfter(state, stepId, at, effects);
}

function requestExtension(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const extension = {
    id: `ext-${(state.extensions ?? []).length + 1}`,
    stepId: task.stepId,
    requestedBy: entry.actor!,
    workingDays: input.workingDays!,
    reason: entry.comment!,
    status: 'pending' as const,
    requestedAt: input.at,
  };
  state.extensions = [...(state.extensions ?? []), extension];
  record(state, { ...entry, action: 'request_extension', detail: { workingDays: extension.workingDays } });
  effects.push({
    ...resolveEffect(state, task.stepId, { org: task.assignee.orgId, role: 'leader' }, false),
    extensionId: extension.id,
  });
}

/** A leader approves (the step's deadlines move by the working days asked for) or rejects a 延期. */
function decideExtension(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
): void {
  const extension = state.extensions!.find((candidate) => candidate.id === task.extensionId)!;
  close(state, task, input.action === 'approve' ? 'approved' : 'rejected', input.at, entry.comment);
  for (const other of state.tasks) {
    if (other.extensionId === extension.id && other.status === 'open') cancelTask(state, other, input.at);
  }
  extension.decidedAt = input.at;
  if (input.action === 'reject') {
    extension.status = 'rejected';
    record(state, { ...entry, action: 'extension_rejected', detail: { extensionId: extension.id } });
    return;
  }
  extension.status = 'approved';
  const clock = stepState(state, extension.stepId).clock!;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const shift = (instant: string) => shiftDeadline(calendar, instant, extension.workingDays);
  const previousDueAt = clock.dueAt;
  clock.dueAt = shift(clock.dueAt);
  clock.redAt = shift(clock.redAt);
  if (clock.remindAt) clock.remindAt = shift(clock.remindAt);
  clock.level = clock.remindAt && input.at >= clock.remindAt ? 'reminded' : 'on_time';
  if (input.at >= clock.dueAt) clock.level = 'yellow';
  record(state, {
    ...entry,
    action: 'extension_approved',
    detail: { extensionId: extension.id, workingDays: extension.workingDays, previousDueAt, dueAt: clock.dueAt },
  });
}

/**
 * The whole request's clock: `workingDays` from submission and/or the date in
 * `untilField` (24:00 China time that day), the earlier winning. None when the
 * form has no usable date and no working days are given.
 */
function startRequestClock(state: ProcessState, sla: RequestSla, at: string): StepClock | undefined {
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const deadlines: string[] = [];
  if (sla.workingDays !== undefined) deadlines.push(calendar.deadlineAfterWorkingDays(at, sla.workingDays));
  const date = sla.untilField ? state.data[sla.untilField] : undefined;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) deadlines.push(`${date}T16:00:00.000Z`);
  if (deadlines.length === 0) return undefined;
  const dueAt = deadlines.reduce((earliest, deadline) => (deadline < earliest ? deadline : earliest));
  const remindBefore = sla.remindBeforeWorkingDays ?? 1;
  const remindAt =
    remindBefore > 0 ? `${workingDayBefore(calendar, deadlineDay(dueAt), remindBefore)}T16:00:00.000Z` : undefined;
  return {
    dueAt,
    ...(remindAt && remindAt > at ? { remindAt } : {}),
    redAt: shiftDeadline(calendar, dueAt, sla.redCardAfterWorkingDays ?? 2),
    level: 'on_time',
  };
}

/** The working day `n` working days before `day`. */
function workingDayBefore(calendar: ReturnType<typeof createWorkingCalendar>, day: string, n: number): string {
  let dayNumber = toDayNumber(day);
  for (let found = 0; found < n;) {
    dayNumber -= 1;
    if (calendar.isWorkingDay(fromDayNumber(dayNumber))) found += 1;
  }
  return fromDayNumber(dayNumber);
}

/** The China date a deadline (24:00 China time) ends. */
function deadlineDay(deadline: string): string {
  return chinaDateOf(new Date(Date.parse(deadline) - 1).toISOString());
}

/**
 * Warns once, as soon as the working days left before the whole request's
 * deadline are fewer than the steps still to come need by their time limits
 * (parallel lanes count as their longest, a running step what is left of its
 * own limit and at least a day), and otherwise remembers when that will be.
 */
function watchRequestDeadline(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (state.status !== 'in_progress' || !clock || clock.pausedAt || clock.atRisk) return;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const dueDay = deadlineDay(clock.dueAt);
  const today = toDayNumber(chinaDateOf(at));
  const atRiskOn = (day: number) =>
    workingDaysFrom(calendar, day, dueDay) < workingDaysNeeded(state, state.definition.steps, day, calendar);
  if (atRiskOn(today)) {
    clock.atRisk = true;
    delete clock.riskAt;
    record(state, {
      at,
      actor: null,
      action: 'deadline_at_risk',
      detail: {
        scope: 'request',
        workingDaysLeft: workingDaysFrom(calendar, today, dueDay),
        workingDaysNeeded: workingDaysNeeded(state, state.definition.steps, today, calendar),
      },
    });
    return;
  }
  // The first midnight from which too few working days are left, if nothing moves before.
  const last = toDayNumber(dueDay);
  let day = today + 1;
  while (day <= last && !atRiskOn(day)) day += 1;
  if (day <= last) clock.riskAt = new Date(Date.parse(`${fromDayNumber(day)}T00:00:00+08:00`)).toISOString();
  else delete clock.riskAt;
}

/** Working days from `day` (itself included) to `lastDay`. */
function workingDaysFrom(calendar: ReturnType<typeof createWorkingCalendar>, day: number, lastDay: string): number {
  return Math.max(0, calendar.workingDaysBetween(fromDayNumber(day - 1), lastDay));
}

/** Working days the steps not finished yet still need on `day`, by their time limits. */
function workingDaysNeeded(
  state: ProcessState,
  steps: StepDefinition[],
  day: number,
  calendar: ReturnType<typeof createWorkingCalendar>,
): number {
  let total = 0;
  for (const definition of steps) {
    const step = stepState(state, definition.id);
    if (step.status !== 'pending' && step.status !== 'active') continue;
    if (step.status === 'pending' && definition.when !== undefined && !holds(definition.when, state)) continue;
    switch (definition.type) {
      case 'approval':
      case 'fill':
        total +=
          step.status === 'active' && step.clock
            ? Math.max(1, workingDaysFrom(calendar, day, deadlineDay(step.clock.dueAt)))
            : (definition.sla?.workingDays ?? 0);
        break;
      case 'wait':
        total += definition.workingDays ?? 0;
        break;
      case 'parallel':
      case 'branch': {
        const lanes =
          definition.type === 'branch' && step.chosenBranchId
            ? definition.branches.filter((lane) => lane.id === step.chosenBranchId)
            : definition.branches;
        total += Math.max(0, ...lanes.map((lane) => workingDaysNeeded(state, lane.steps, day, calendar)));
        break;
      }
      default:
        break;
    }
  }
  return total;
}

/** A deadline (24:00 China time of a working day) moved by `workingDays` working days. */
function shiftDeadline(
  calendar: ReturnType<typeof createWorkingCalendar>,
  deadline: string,
  workingDays: number,
): string {
  // 24:00 of day D is 00:00 of D+1: one millisecond earlier is still day D.
  const day = chinaDateOf(new Date(Date.parse(deadline) - 1).toISOString());
  return `${calendar.addWorkingDays(day, workingDays)}T16:00:00.000Z`;
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
  // An 后加签 made with the approval goes with it.
  const addedGroups = new Set(
    (state.signerGroups ?? []).filter((group) => group.addedRevision === revision).map((group) => group.id),
  );
  if (addedGroups.size > 0) {
    state.signerGroups = state.signerGroups!.filter((group) => !addedGroups.has(group.id));
    state.tasks = state.tasks.filter((other) => !(other.signerGroupId && addedGroups.has(other.signerGroupId)));
  }
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
  const entry = { at: input.at, actor: input.actor, comment };
  switch (input.action) {
    case 'urge':
      // The handlers see it in the timeline and in their notifications.
      for (const stepId of stepsToUrge(state, input.at)) {
        record(state, {
          ...entry,
          action: 'urge',
          stepId,
          ...(input.capacity === 'supervisor' ? { detail: { capacity: 'supervisor' } } : {}),
        });
      }
      return;
    case 'flag':
      state.flagged = true;
      record(state, { ...entry, action: 'flag' });
      return;
    case 'rate':
      rate(state, input, effects);
      return;
    case 'withdraw':
      record(state, { ...entry, action: 'withdraw' });
      for (const step of state.steps) if (step.status === 'active') resetStep(step);
      cancelOpenTasks(state, () => true, input.at);
      cancelPendingExtensions(state, () => true, input.at);
      state.status = 'withdrawn';
      state.completedAt = input.at;
      delete state.returnedFromStepIds;
      return;
    case 'resubmit':
      record(state, { ...entry, action: 'resubmit' });
      state.data = input.data!;
      state.status = 'in_progress';
      delete state.returnedFromStepIds;
      resumeRequestClock(state, input.at);
      advance(state, input.at, effects);
      return;
  }
}

/** 好差评: a bad grade opens 整改 (rectification) for the organisation that decided last. */
function rate(state: ProcessState, input: RequestActionInput & { at: string }, effects: EngineEffect[]): void {
  const grade = input.grade as RatingGrade;
  const comment = input.comment?.trim() || undefined;
  state.rating = { grade, at: input.at, by: input.actor, ...(comment ? { comment } : {}) };
  delete state.ratingOpenUntil;
  record(state, { at: input.at, actor: input.actor, action: 'rate', comment, detail: { grade } });
  if (grade <= BAD_RATING) startAftercare(state, RECTIFICATION_STEP_ID, input.at, effects);
}

/** Opens 整改 or 回访 (again, after an unsatisfied follow-up). */
function startAftercare(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
  state.aftercare = stepId === RECTIFICATION_STEP_ID ? 'rectifying' : 'following_up';
  let step = state.steps.find((candidate) => candidate.id === stepId);
  if (!step) {
    const definition = taskStepDefinition(state, stepId);
    step = { id: stepId, name: definition.name, type: 'approval', status: 'pending' };
    state.steps.push(step);
  }
  resetStep(step);
  activate(state, taskStepDefinition(state, stepId), step, at, effects);
}

function decideAftercare(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const satisfied = input.action === 'approve';
  record(state, {
    ...entry,
    action: task.stepId === RECTIFICATION_STEP_ID ? 'rectify' : 'follow_up',
    ...(task.stepId === FOLLOW_UP_STEP_ID ? { detail: { satisfied } } : {}),
  });
  task.decisionSeq = state.timeline.length;
  endStep(state, task.stepId, satisfied ? 'approved' : 'rejected', input.at);
  advanceAfter(state, task.stepId, input.at, effects);
}

/** What comes after a step: the definition's next step, or for 整改 the 回访, and for 回访 the end (or 整改 again). */
function advanceAfter(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
  if (stepId === RECTIFICATION_STEP_ID) {
    startAftercare(state, FOLLOW_UP_STEP_ID, at, effects);
  } else if (stepId === FOLLOW_UP_STEP_ID) {
    if (stepState(state, stepId).status === 'approved') state.aftercare = 'closed';
    else startAftercare(state, RECTIFICATION_STEP_ID, at, effects);
  } else {
    advance(state, at, effects);
  }
}

/** 补正 stops the whole request's clock; resubmitting moves its deadlines by the working days it was stopped. */
function pauseRequestClock(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (!clock || clock.pausedAt) return;
  clock.pausedAt = at;
  record(state, { at, actor: null, action: 'clock_paused', detail: { scope: 'request' } });
}

function resumeRequestClock(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (!clock?.pausedAt) return;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const paused = calendar.workingDaysBetween(chinaDateOf(clock.pausedAt), chinaDateOf(at));
  if (paused > 0) {
    clock.dueAt = shiftDeadline(calendar, clock.dueAt, paused);
    clock.redAt = shiftDeadline(calendar, clock.redAt, paused);
    if (clock.remindAt) clock.remindAt = shiftDeadline(calendar, clock.remindAt, paused);
  }
  delete clock.pausedAt;
  record(state, {
    at,
    actor: null,
    action: 'clock_resumed',
    detail: { scope: 'request', pausedWorkingDays: paused, dueAt: clock.dueAt },
  });
}

function cancelPendingExtensions(state: ProcessState, ofStep: (stepId: string) => boolean, at: string): void {
  for (const extension of state.extensions ?? []) {
    if (extension.status === 'pending' && ofStep(extension.stepId)) {
      extension.status = 'cancelled';
      extension.decidedAt = at;
    }
  }
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
  cancelPendingExtensions(state, () => true, at);
  state.status = 'returned';
  pauseRequestClock(state, at);
}

/** Back to an earlier approval: it and everything after it in its sequence run again. */
function returnToStep(state: ProcessState, targetId: string, at: string, effects: EngineEffect[]): void {
  const { siblings } = locate(state.definition, targetId);
  const reset = new Set(
    flattenSteps(siblings.slice(siblings.findIndex((step) => step.id === targetId))).map(({ step }) => step.id),
  );
  for (const step of state.steps) if (reset.has(step.id)) resetStep(step);
  cancelOpenTasks(state, (stepId) => reset.has(stepId), at);
  cancelPendingExtensions(state, (stepId) => reset.has(stepId), at);
  advance(state, at, effects);
}

/** Runs the definition from the top; finished steps are passed, pending ones start. */
function advance(state: ProcessState, at: string, effects: EngineEffect[]): void {
  if (advanceSequence(state, state.definition.steps, at, effects) === 'done') {
    state.status = 'completed';
    state.completedAt = at;
    record(state, { at, actor: null, action: 'complete' });
    const windowDays = state.definition.rating?.windowWorkingDays ?? DEFAULT_RATING_WINDOW_WORKING_DAYS;
    const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
    state.ratingOpenUntil = calendar.deadlineAfterWorkingDays(at, windowDays);
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
    if (definition.type !== 'parallel' && definition.type !== 'branch') return 'blocked';
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
  if (definition.type === 'cc') effects.push(resolveEffect(state, step.id, definition.assignees, false));
  if (definition.type === 'notify') {
    effects.push({
      type: 'notify',
      requestId: state.requestId,
      stepId: step.id,
      rule: definition.assignees,
      message: definition.message,
      applicant: state.applicant,
      data: state.data,
    });
    // Notifying is fire-and-forget for the process: the worker delivers it with retries.
    step.status = 'completed';
    step.endedAt = at;
    step.endedRevision = nextRevision(state);
    record(state, { at, actor: null, action: 'notify', stepId: step.id });
    return false;
  }
  if (definition.type === 'webhook') {
    effects.push({
      type: 'callWebhook',
      stepId: step.id,
      url: definition.url,
      method: definition.method ?? 'POST',
      idempotencyKey: `${state.requestId}:${step.id}:${step.startedRevision}`,
      maxAttempts: definition.maxAttempts ?? 5,
      timeoutSeconds: definition.timeoutSeconds ?? 10,
      body: {
        requestId: state.requestId,
        processKey: state.definition.key,
        processVersion: state.definition.version,
        stepId: step.id,
        applicant: { orgId: state.applicant.orgId, orgName: state.applicant.orgName },
        data: state.data,
        steps: state.stepData ?? {},
      },
    });
  }
  return true;
}

/** A webhook step's call is over: its answer is kept, or the failure goes on record (and may reject). */
function webhookDone(
  state: ProcessState,
  event: Extract<EngineEvent, { type: 'webhookResult' }>,
  effects: EngineEffect[],
): void {
  const step = stepState(state, event.stepId);
  if (step.status !== 'active' || state.status !== 'in_progress') return;
  const definition = stepDefinition(state, event.stepId);
  if (definition.type !== 'webhook') return;
  if (event.ok) {
    state.stepData = { ...state.stepData, [step.id]: event.response ?? {} };
    record(state, { at: event.at, actor: null, action: 'webhook', stepId: step.id });
  } else {
    record(state, {
      at: event.at,
      actor: null,
      action: 'webhook_failed',
      stepId: step.id,
      comment: event.error?.slice(0, 500),
    });
    if (definition.onFailure === 'reject') {
      rejectRequest(state, step.id, event.at);
      return;
    }
  }
  endStep(state, step.id, 'completed', event.at);
  advance(state, event.at, effects);
}

/** Ends a step; tasks nobody decided are cancelled, so they leave every inbox. */
function endStep(state: ProcessState, stepId: string, status: 'approved' | 'rejected' | 'completed', at: string): void {
  const step = stepState(state, stepId);
  step.status = status;
  step.endedAt = at;
  step.endedRevision = nextRevision(state);
  cancelOpenTasks(state, (candidate) => candidate === stepId, at);
  cancelPendingExtensions(state, (candidate) => candidate === stepId, at);
}

function cancelTask(state: ProcessState, task: TaskState, at: string): void {
  task.cancelledFrom = task.status === 'waiting' ? 'waiting' : 'open';
  task.status = 'cancelled';
  task.decidedAt = at;
  task.decidedRevision = nextRevision(state);
}

function cancelOpenTasks(state: ProcessState, ofStep: (stepId: string) => boolean, at: string): void {
  for (const task of state.tasks) {
    if ((task.status === 'open' || task.status === 'waiting' || task.status === 'delegated') && ofStep(task.stepId)) {
      cancelTask(state, task, at);
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

function resolveEffect(
  state: ProcessState,
  stepId: string,
  rule: AssigneeRule,
  fallback: boolean,
): ResolveAssigneesEffect {
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

function stepState(state: Pick<ProcessState, 'requestId' | 'steps'>, stepId: string): StepState {
  const step = state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`step ${stepId} is not in request ${state.requestId}`);
  return step;
}

function stepDefinition(state: ProcessState, stepId: string): StepDefinition {
  if (AFTERCARE_STEP_IDS.includes(stepId)) return taskStepDefinition(state, stepId);
  const definition = flattenSteps(state.definition.steps).find(({ step }) => step.id === stepId)?.step;
  if (!definition) throw new Error(`step ${stepId} is not in ${state.definition.key}@${state.definition.version}`);
  return definition;
}

function taskStepDefinition(state: ProcessState, stepId: string): TaskStep {
  if (stepId === RECTIFICATION_STEP_ID) {
    const rectification = state.definition.rating?.rectification;
    const lastDecider = [...state.timeline]
      .reverse()
      .find((entry) => entry.actor && ['approve', 'fill'].includes(entry.action))?.actor;
    return {
      type: 'approval',
      id: stepId,
      name: { zh: '整改', en: 'Rectification' },
      assignees: rectification?.assignees ?? { org: lastDecider?.orgId ?? state.applicant.orgId, role: 'leader' },
      sla: rectification?.sla ?? DEFAULT_RECTIFICATION_SLA,
    };
  }
  if (stepId === FOLLOW_UP_STEP_ID) {
    const followUp = state.definition.rating?.followUp;
    return {
      type: 'approval',
      id: stepId,
      name: { zh: '回访', en: 'Follow-up' },
      assignees: followUp?.assignees ?? { role: 'supervisor' },
      ...(followUp?.sla ? { sla: followUp.sla } : {}),
    };
  }
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
