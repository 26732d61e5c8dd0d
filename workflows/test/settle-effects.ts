import type { EngineEffect } from '../src/engine/events';
import { applyEvent } from '../src/engine/process-engine';
import type { Party, ProcessState } from '../src/engine/state';

/**
 * Answers every effect of a transition (and those the answers cause) the way
 * the workflow would, with the people `assign` names, and returns the settled state.
 */
export function settleEffects(
  transition: { state: ProcessState; effects: EngineEffect[] },
  assign: (effect: EngineEffect) => Party[],
  at: () => string,
): ProcessState {
  let { state } = transition;
  const queue = [...transition.effects];
  while (queue.length > 0) {
    const effect = queue.shift()!;
    const next = applyEvent(state, {
      type: 'assigneesResolved',
      stepId: effect.stepId,
      assignees: assign(effect),
      fallback: effect.fallback,
      ...(effect.escalation ? { escalation: true } : {}),
      at: at(),
    });
    state = next.state;
    queue.push(...next.effects);
  }
  return state;
}
