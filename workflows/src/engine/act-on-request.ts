// The applicant's organisation, or a supervisor, acts on the whole request: 催办, 督办, 好差评, 撤回, 补正.
import { stepsToUrge } from './action-checks';
import { rate } from './aftercare';
import { record } from './bookkeeping';
import type { EngineEffect, RequestActionInput } from './events';
import { resubmit } from './returns';
import type { ProcessState } from './state';
import { withdraw } from './withdraw-and-take-back';

/** Applies an action on the whole request, already checked by checkRequestAction. */
export function actOnRequest(
  state: ProcessState,
  input: RequestActionInput & { at: string },
  effects: EngineEffect[],
): void {
  const comment = input.comment?.trim() || undefined;
  const entry = { at: input.at, actor: input.actor, comment };
  switch (input.action) {
    case 'urge':
      // The handlers see it in the timeline and in their notifications.
      for (const stepId of stepsToUrge(state, input.at)) {
        record(state, {
          ...entry,
          action: 'urge',
          stepId,
          ...(input.capacity === 'supervisor' ? { detail: { capacity: 'supervisor' } } : {}),
        });
      }
      return;
    case 'flag':
      state.flagged = true;
      record(state, { ...entry, action: 'flag' });
      return;
    case 'rate':
      rate(state, input, effects);
      return;
    case 'withdraw':
      withdraw(state, entry);
      return;
    case 'resubmit':
      resubmit(state, input.data!, entry, effects);
      return;
  }
}
