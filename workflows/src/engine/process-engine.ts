// The process engine: `(state, event) → { state, effects, notices }`, pure and deterministic (it runs in
// Temporal's workflow sandbox). This file is its public face; each family of actions has its own file
// (see the README's map of src/engine).
import type { CalendarOverride } from '../calendar/calendar-data';
import type { ProcessDefinition } from '../dsl/process-definition';
import { actOnRequest } from './act-on-request';
import { checkRequestAction, checkTaskAction } from './action-checks';
import { advance } from './advance';
import { openTasks } from './assignment';
import { clone, record, touch } from './bookkeeping';
import { tick } from './clock-tick';
import { startRequestClock, watchRequestDeadline } from './deadlines';
import { decideTask } from './decide-task';
import type { EngineEffect, EngineEvent, EngineRules, Transition } from './events';
import { transitionNotices } from './notices';
import { TERMINAL_STATUSES, type Party, type ProcessState } from './state';
import { flattenSteps, isLive } from './steps';
import { webhookDone } from './webhook-result';

export { narrowAssignees, NO_ASSIGNEE_FALLBACK_RULE } from './assignment';
export { fieldPermissionsAt, flattenSteps, FOLLOW_UP_STEP_ID, RECTIFICATION_STEP_ID, visibleFormData } from './steps';
export { nextClockAt } from './deadlines';
export { returnTargets } from './returns';
export { checkRequestAction, checkTaskAction, notOpenRefusal } from './action-checks';

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
 * Applies one event. Throws EngineError for an illegal action and leaves `previous` untouched.
 * `rules`: the ones the request's run keeps (default: the current rules).
 */
export function applyEvent(previous: ProcessState, event: EngineEvent, rules: EngineRules = {}): Transition {
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
      const refusal = checkTaskAction(state, event, rules);
      if (refusal) throw refusal;
      decideTask(state, event, effects);
      break;
    }
    case 'requestAction': {
      const refusal = checkRequestAction(state, event, event.at, rules);
      if (refusal) throw refusal;
      actOnRequest(state, event, effects, rules);
      break;
    }
  }
  watchRequestDeadline(state, event.at);
  touch(state, event.at);
  return { state, effects, notices: transitionNotices(previous, state) };
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
