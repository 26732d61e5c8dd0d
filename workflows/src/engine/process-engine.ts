import jsonLogic from 'json-logic-js';
import type { ApprovalStep, ProcessDefinition } from '../dsl/process-definition';
import { EngineError } from './engine-error';
import type { EngineEffect, EngineEvent, TaskActionInput, Transition } from './events';
import { TERMINAL_STATUSES, type Party, type ProcessState, type TimelineEntry } from './state';

/** Administrators take a step whose assignee rule matched nobody, so no request is stranded. */
export const NO_ASSIGNEE_FALLBACK_RULE = { role: 'admin' } as const;

export interface StartInput {
  requestId: string;
  definition: ProcessDefinition;
  applicant: Party;
  data: Record<string, unknown>;
  at: string;
}

/** Opens a request: records the submission and activates the first step that applies. */
export function startProcess(input: StartInput): Transition {
  const state: ProcessState = {
    requestId: input.requestId,
    definition: input.definition,
    status: 'in_progress',
    applicant: input.applicant,
    data: input.data,
    steps: input.definition.steps.map((step) => ({ id: step.id, name: step.name, status: 'pending' })),
    tasks: [],
    timeline: [],
    revision: 0,
    createdAt: input.at,
    updatedAt: input.at,
  };
  record(state, { at: input.at, actor: input.applicant, action: 'submit' });
  const effects: EngineEffect[] = [];
  advance(state, input.at, effects);
  return { state: touch(state, input.at), effects };
}

/**
 * Why `input` may not be applied to `state`, or null when it may. The
 * workflow's Update validator calls this, so an illegal action is refused
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
  if (task.status === 'waiting') {
    return new EngineError('TASK_NOT_OPEN', `task ${task.id} waits for an earlier signer`);
  }
  if (task.status !== 'open') {
    return new EngineError('TASK_ALREADY_DECIDED', `task ${task.id} is already ${task.status}`);
  }
  if ((input.action === 'reject' || input.action === 'comment') && !input.comment?.trim()) {
    return new EngineError('COMMENT_REQUIRED', `${input.action} needs a comment`);
  }
  if (!['approve', 'reject', 'comment'].includes(input.action)) {
    return new EngineError('UNKNOWN_ACTION', `unknown action ${String(input.action)}`);
  }
  return null;
}

/** Applies one event. Throws EngineError for an illegal action and leaves `previous` untouched. */
export function applyEvent(previous: ProcessState, event: EngineEvent): Transition {
  const state = clone(previous);
  const effects: EngineEffect[] = [];
  switch (event.type) {
    case 'assigneesResolved':
      openTasks(state, event.stepId, event.assignees, event.fallback, event.at, effects);
      break;
    case 'taskAction': {
      const refusal = checkTaskAction(state, event);
      if (refusal) throw refusal;
      decideTask(state, event, effects);
      break;
    }
  }
  return { state: touch(state, event.at), effects };
}

function openTasks(
  state: ProcessState,
  stepId: string,
  assignees: Party[],
  fallback: boolean,
  at: string,
  effects: EngineEffect[],
): void {
  const step = state.steps.find((candidate) => candidate.id === stepId);
  const definition = stepDefinition(state, stepId);
  if (!step || step.status !== 'active') return;
  const unique = uniqueByUser(assignees);
  if (unique.length === 0) {
    record(state, { at, actor: null, action: 'no_assignee', stepId });
    if (!fallback) effects.push(resolveEffect(state, stepId, NO_ASSIGNEE_FALLBACK_RULE, true));
    return;
  }
  const mode = definition.mode ?? 'any';
  unique.forEach((assignee, index) => {
    state.tasks.push({
      id: `${state.requestId}.${state.tasks.length + 1}`,
      stepId,
      assignee,
      status: mode === 'sequential' && index > 0 ? 'waiting' : 'open',
      createdAt: at,
    });
  });
}

function decideTask(state: ProcessState, input: TaskActionInput & { at: string }, effects: EngineEffect[]): void {
  const task = state.tasks.find((candidate) => candidate.id === input.taskId)!;
  const comment = input.comment?.trim() || undefined;
  if (input.action === 'comment') {
    record(state, { at: input.at, actor: input.actor, action: 'comment', stepId: task.stepId, comment });
    return;
  }
  task.status = input.action === 'approve' ? 'approved' : 'rejected';
  task.decidedAt = input.at;
  task.comment = comment;
  record(state, { at: input.at, actor: input.actor, action: input.action, stepId: task.stepId, comment });

  const stepTasks = state.tasks.filter((candidate) => candidate.stepId === task.stepId);
  if (input.action === 'reject') {
    closeStep(state, task.stepId, 'rejected', input.at);
    state.status = 'rejected';
    state.completedAt = input.at;
    return;
  }
  const mode = stepDefinition(state, task.stepId).mode ?? 'any';
  const next = stepTasks.find((candidate) => candidate.status === 'waiting');
  if (mode === 'sequential' && next) {
    next.status = 'open';
    return;
  }
  if (mode === 'all' && stepTasks.some((candidate) => candidate.status === 'open')) return;
  closeStep(state, task.stepId, 'approved', input.at);
  advance(state, input.at, effects);
}

/** Ends a step; tasks nobody decided are cancelled, so they leave every inbox. */
function closeStep(state: ProcessState, stepId: string, status: 'approved' | 'rejected', at: string): void {
  const step = state.steps.find((candidate) => candidate.id === stepId)!;
  step.status = status;
  step.endedAt = at;
  for (const task of state.tasks) {
    if (task.stepId === stepId && (task.status === 'open' || task.status === 'waiting')) {
      task.status = 'cancelled';
      task.decidedAt = at;
    }
  }
}

/** Activates the next pending step whose condition holds, or completes the request. */
function advance(state: ProcessState, at: string, effects: EngineEffect[]): void {
  for (const step of state.steps) {
    if (step.status !== 'pending') continue;
    const definition = stepDefinition(state, step.id);
    if (definition.when !== undefined && !jsonLogic.truthy(jsonLogic.apply(definition.when, state.data))) {
      step.status = 'skipped';
      step.endedAt = at;
      record(state, { at, actor: null, action: 'skip', stepId: step.id });
      continue;
    }
    step.status = 'active';
    step.startedAt = at;
    effects.push(resolveEffect(state, step.id, definition.assignees, false));
    return;
  }
  state.status = 'completed';
  state.completedAt = at;
  record(state, { at, actor: null, action: 'complete' });
}

function resolveEffect(
  state: ProcessState,
  stepId: string,
  rule: ApprovalStep['assignees'],
  fallback: boolean,
): EngineEffect {
  return { type: 'resolveAssignees', stepId, rule, fallback, applicant: state.applicant, data: state.data };
}

function stepDefinition(state: ProcessState, stepId: string): ApprovalStep {
  const definition = state.definition.steps.find((step) => step.id === stepId);
  if (!definition) throw new Error(`step ${stepId} is not in ${state.definition.key}@${state.definition.version}`);
  return definition;
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
