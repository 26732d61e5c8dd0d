import type { EngineEffect, ResolveAssigneesEffect } from '../src/engine/events';
import { applyEvent } from '../src/engine/process-engine';
import type { Party, ProcessState } from '../src/engine/state';

/**
 * Answers every effect of a transition (and those the answers cause) the way
 * the workflow would, with the people `assign` names, and returns the settled state.
 */
export function settleEffects(
  transition: { state: ProcessState; effects: EngineEffect[] },
  assign: (effect: ResolveAssigneesEffect) => Party[],
  at: () => string,
): ProcessState {
  let { state } = transition;
  const queue = [...transition.effects];
  while (queue.length > 0) {
    const effect = queue.shift()!;
    // Notifications change nothing in the state; a webhook answers at once, successfully.
    if (effect.type === 'notify') continue;
    const next = applyEvent(
      state,
      effect.type === 'callWebhook'
        ? { type: 'webhookResult', stepId: effect.stepId, ok: true, response: { accepted: true }, at: at() }
        : {
            type: 'assigneesResolved',
            stepId: effect.stepId,
            assignees: assign(effect),
            fallback: effect.fallback,
            ...(effect.escalation ? { escalation: true } : {}),
            ...(effect.extensionId ? { extensionId: effect.extensionId } : {}),
            at: at(),
          },
    );
    state = next.state;
    queue.push(...next.effects);
  }
  return state;
}
