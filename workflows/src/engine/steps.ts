// Where a step is: its place and rules in the definition (the engine's own 整改 and 回访 included),
// and its state in the request.
import jsonLogic from 'json-logic-js';
import type { FieldPermission, ProcessDefinition, StepDefinition, StepSla, TaskStep } from '../dsl/process-definition';
import type { ProcessState, StepState } from './state';

/** The steps the engine adds after 办结 when a rating is bad: 整改, then 回访. Ids the DSL does not allow. */
export const RECTIFICATION_STEP_ID = '_rectification';
export const FOLLOW_UP_STEP_ID = '_follow_up';
const AFTERCARE_STEP_IDS = [RECTIFICATION_STEP_ID, FOLLOW_UP_STEP_ID];

// Its handlers are leaders already: a late rectification shows 黄牌/红牌 to supervisors rather than escalating to itself.
const DEFAULT_RECTIFICATION_SLA: StepSla = { workingDays: 5 };

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
export function locate(
  definition: ProcessDefinition,
  stepId: string,
): { siblings: StepDefinition[]; parentId?: string } {
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

/** A step's state in the request; throws for an id the request does not have (a bug, not a refusal). */
export function stepState(state: Pick<ProcessState, 'requestId' | 'steps'>, stepId: string): StepState {
  const step = state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`step ${stepId} is not in request ${state.requestId}`);
  return step;
}

/** A step's definition, 整改 and 回访 included. */
export function stepDefinition(state: ProcessState, stepId: string): StepDefinition {
  if (AFTERCARE_STEP_IDS.includes(stepId)) return taskStepDefinition(state, stepId);
  const definition = flattenSteps(state.definition.steps).find(({ step }) => step.id === stepId)?.step;
  if (!definition) throw new Error(`step ${stepId} is not in ${state.definition.key}@${state.definition.version}`);
  return definition;
}

/** The definition of a step that has tasks: an approval, a fill, or the engine's 整改 and 回访. */
export function taskStepDefinition(state: ProcessState, stepId: string): TaskStep {
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
export function modeOf(step: TaskStep): NonNullable<Extract<TaskStep, { type: 'approval' }>['mode']> {
  return step.type === 'approval' ? (step.mode ?? 'any') : 'any';
}

/** Whether a JSON Logic `when` holds for the form data and what earlier steps kept (`steps`). */
export function holds(rule: NonNullable<StepDefinition['when']>, state: ProcessState): boolean {
  return jsonLogic.truthy(jsonLogic.apply(rule, { ...state.data, steps: state.stepData ?? {} }));
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

/** Tasks can still be worked on: the request runs, or a bad rating's aftercare does. */
export function isLive(state: ProcessState): boolean {
  return state.status === 'in_progress' || inAftercare(state);
}

/** 整改 or 回访 is running (and, given a step id, it is one of theirs). */
export function inAftercare(state: ProcessState, stepId?: string): boolean {
  const open = state.aftercare === 'rectifying' || state.aftercare === 'following_up';
  return open && (stepId === undefined || AFTERCARE_STEP_IDS.includes(stepId));
}
