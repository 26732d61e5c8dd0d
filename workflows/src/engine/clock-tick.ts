// Time passes: reminders, 黄牌 and 红牌, the step's timeout policy, escalation to leaders, the end of
// waits and of the rating window. When they are due is deadlines.ts.
import type { AssigneeRule } from '../dsl/process-definition';
import { advance, advanceAfter } from './advance';
import { record } from './bookkeeping';
import type { EngineEffect, ResolveAssigneesEffect } from './events';
import type { ProcessState, StepClock, StepState } from './state';
import { isLive, taskStepDefinition } from './steps';
import { endStep, rejectRequest, resolveEffect } from './task-lifecycle';

/**
 * Fires every clock whose moment has come: a reminder, 黄牌 at the deadline
 * (and the step's timeout policy), 红牌 when overdue by the set days; the
 * whole request's clock likewise; and the end of the rating window.
 */
export function tick(state: ProcessState, at: string, effects: EngineEffect[]): void {
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
