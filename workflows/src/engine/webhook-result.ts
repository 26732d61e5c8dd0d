// A webhook step's call has come back.
import { advance } from './advance';
import { record } from './bookkeeping';
import type { EngineEffect, EngineEvent } from './events';
import type { ProcessState } from './state';
import { stepDefinition, stepState } from './steps';
import { endStep, rejectRequest } from './task-lifecycle';

/** A webhook step's call is over: its answer is kept, or the failure goes on record (and may reject). */
export function webhookDone(
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
