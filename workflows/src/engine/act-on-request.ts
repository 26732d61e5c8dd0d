// The applicant's organisation, or a supervisor, acts on the whole request: 催办, 督办, 好差评, 撤回, 补正.
import { rate } from './aftercare';
import { record } from './bookkeeping';
import type { EngineEffect, EngineRules, RequestActionInput } from './events';
import { resubmit } from './returns';
import type { ProcessState } from './state';
import { urge } from './urge';
import { withdraw } from './withdraw-and-take-back';

/** Applies an action on the whole request, already checked by checkRequestAction. */
export function actOnRequest(
  state: ProcessState,
  input: RequestActionInput & { at: string },
  effects: EngineEffect[],
  rules: EngineRules = {},
): void {
  const comment = input.comment?.trim() || undefined;
  const entry = { at: input.at, actor: input.actor, comment };
  switch (input.action) {
    case 'urge':
      urge(state, input, entry, rules);
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
