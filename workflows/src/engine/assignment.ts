// The people a step needs have been resolved: open their tasks, or apply the step's policy when nobody matched.
import type { AssigneeRule } from '../dsl/process-definition';
import { advance } from './advance';
import { record } from './bookkeeping';
import type { EngineEffect, EngineEvent } from './events';
import type { Party, ProcessState } from './state';
import { isLive, modeOf, stepDefinition, stepState, taskStepDefinition } from './steps';
import { addTask, endStep, rejectRequest, resolveEffect } from './task-lifecycle';

/** Administrators take a step whose assignee rule matched nobody, so no request is stranded. */
export const NO_ASSIGNEE_FALLBACK_RULE = { role: 'admin' } as const;

/**
 * Opens tasks for the people resolved for a step (or its escalation, or a 延期),
 * leaving out those who hold it already; with nobody, applies the step's `noAssignee` policy.
 */
export function openTasks(
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

/** Each person once, in the order first named. */
export function uniqueByUser(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((party) => !seen.has(party.userId) && seen.add(party.userId));
}
