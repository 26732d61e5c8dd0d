import type { AssigneeRule, ProcessDefinition, StepDefinition } from '../dsl/process-definition';
import type { EngineEvent } from './events';
import { applyEvent, startProcess } from './process-engine';
import type { Party, ProcessState, StepClock, TaskStatus } from './state';

export interface RoutePreviewStep {
  stepId: string;
  name: ProcessState['steps'][number]['name'];
  /** Who would handle it (or be copied or notified); the caller resolves the rule to people. None for a webhook. */
  assignees?: AssigneeRule;
  type: StepDefinition['type'];
  /** The `parallel` step this one runs inside, if any (steps sharing it run at the same time). */
  parallelStepId?: string;
  /** Deadline if everyone decided at once, for steps with an SLA. */
  dueAt?: string;
}

/**
 * 流程预测: the approval steps a request with this data would go through, in
 * order, computed by running the real engine with every step approved at once.
 * Conditions (`when`, branches) are evaluated on `data`, so what is skipped
 * here is skipped for real.
 */
export function previewRoute(
  definition: ProcessDefinition,
  data: Record<string, unknown>,
  at: string,
): RoutePreviewStep[] {
  const stand: Party = { userId: '__preview__', displayName: '', orgId: '__preview__', orgName: '' };
  const route: RoutePreviewStep[] = [];
  let transition = startProcess({ requestId: 'preview', definition, applicant: stand, data, at });
  // Bounded: each round finishes at least one step.
  for (let round = 0; round <= transition.state.steps.length && transition.state.status === 'in_progress'; round++) {
    let state = transition.state;
    for (const effect of transition.effects) {
      if (!route.some((step) => step.stepId === effect.stepId)) {
        const step = state.steps.find((candidate) => candidate.id === effect.stepId)!;
        const parent = step.parentId ? state.steps.find((candidate) => candidate.id === step.parentId) : undefined;
        route.push({
          stepId: step.id,
          name: step.name,
          type: step.type,
          ...(effect.type !== 'callWebhook' ? { assignees: effect.rule } : {}),
          ...(parent?.type === 'parallel' ? { parallelStepId: parent.id } : {}),
          ...(step.clock ? { dueAt: step.clock.dueAt } : {}),
        });
      }
      if (effect.type === 'notify') continue;
      state = applyEvent(
        state,
        effect.type === 'callWebhook'
          ? { type: 'webhookResult', stepId: effect.stepId, ok: true, at }
          : { type: 'assigneesResolved', stepId: effect.stepId, assignees: [stand], fallback: effect.fallback, at },
      ).state;
    }
    const effects = [];
    for (const task of state.tasks.filter((candidate) => candidate.status === 'open')) {
      if (
        state.status !== 'in_progress' ||
        !state.tasks.some((candidate) => candidate.id === task.id && candidate.status === 'open')
      )
        continue;
      // Fill steps need their form data; empty data stands in for it here.
      const next = applyEvent(state, {
        type: 'taskAction',
        taskId: task.id,
        action: 'approve',
        actor: stand,
        data: {},
        at,
      });
      state = next.state;
      effects.push(...next.effects);
    }
    transition = { state, effects, notices: [] };
  }
  return route;
}

export interface WhatIfChange {
  tasks: { taskId: string; stepId: string; assignee: Party; from: TaskStatus | null; to: TaskStatus }[];
  steps: { stepId: string; from: string; to: string }[];
  clocks: { stepId: string; from: StepClock | null; to: StepClock | null }[];
  status: { from: ProcessState['status']; to: ProcessState['status'] } | null;
}

/**
 * What an action would change on a live request — tasks opened or closed,
 * steps reset, deadlines moved — without doing it: the engine applied to a copy.
 * Throws the engine's refusal when the action is not allowed now.
 */
export function whatIf(state: ProcessState, event: EngineEvent): WhatIfChange {
  const after = applyEvent(state, event).state;
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
