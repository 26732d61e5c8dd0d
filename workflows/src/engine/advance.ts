// The route: runs the definition from the top, starting each step whose turn has come, and after
// 办结 the 整改 and 回访 a bad rating opens.
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { StepDefinition } from '../dsl/process-definition';
import { nextRevision, record } from './bookkeeping';
import { startClock, waitEnd } from './deadlines';
import type { EngineEffect } from './events';
import type { ProcessState, StepState } from './state';
import {
  fieldPermissionsAt,
  FOLLOW_UP_STEP_ID,
  holds,
  RECTIFICATION_STEP_ID,
  stepState,
  taskStepDefinition,
  visibleFormData,
} from './steps';
import { endStep, resetStep, resolveEffect } from './task-lifecycle';

const DEFAULT_RATING_WINDOW_WORKING_DAYS = 10;

/** Runs the definition from the top; finished steps are passed, pending ones start. */
export function advance(state: ProcessState, at: string, effects: EngineEffect[]): void {
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
        // A third party is a reader like any other: what the step hides does not leave.
        data: visibleFormData(state.data, fieldPermissionsAt(state.definition, step.id)),
        steps: state.stepData ?? {},
      },
    });
  }
  return true;
}

/** What comes after a step: the definition's next step, or for 整改 the 回访, and for 回访 the end (or 整改 again). */
export function advanceAfter(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
  if (stepId === RECTIFICATION_STEP_ID) {
    startAftercare(state, FOLLOW_UP_STEP_ID, at, effects);
  } else if (stepId === FOLLOW_UP_STEP_ID) {
    if (stepState(state, stepId).status === 'approved') state.aftercare = 'closed';
    else startAftercare(state, RECTIFICATION_STEP_ID, at, effects);
  } else {
    advance(state, at, effects);
  }
}

/** Opens 整改 or 回访 (again, after an unsatisfied follow-up). */
export function startAftercare(state: ProcessState, stepId: string, at: string, effects: EngineEffect[]): void {
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
