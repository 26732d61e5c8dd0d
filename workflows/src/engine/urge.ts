// 催办: the applicant's side, or a supervisor (督办), reminds the handlers of the running steps.
import { chinaDateOf } from '../calendar/iso-date';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { record } from './bookkeeping';
import { EngineError } from './engine-error';
import type { EngineRules, RequestActionInput } from './events';
import type { ProcessState, TimelineEntry } from './state';

/**
 * Who urges: the applicant's organisation and supervisors each have their own
 * allowance, so a supervisor's urge never uses up the enterprise's.
 */
type Urger = 'applicant' | 'supervisor';

const urgerOf = (capacity: RequestActionInput['capacity']): Urger =>
  capacity === 'supervisor' ? 'supervisor' : 'applicant';

const urgerOfEntry = (entry: TimelineEntry): Urger =>
  entry.detail?.capacity === 'supervisor' ? 'supervisor' : 'applicant';

/** A request is urged while its steps run; `at` (when given) checks the allowance. */
export function checkUrge(
  state: ProcessState,
  input: RequestActionInput,
  at: string | undefined,
  rules: EngineRules,
): EngineError | null {
  if (state.status === 'returned') {
    return new EngineError('URGE_NOT_WHILE_RETURNED', 'a request back with the applicant has no handler to urge');
  }
  if (at !== undefined && stepsToUrge(state, input.capacity, at, rules).length === 0) {
    return new EngineError('URGE_TOO_SOON', 'every running step was already urged in this working day');
  }
  return null;
}

/**
 * The running task steps this urger may urge at `at`: those they have not
 * urged in the same allowance window. With the default rule the window runs
 * from the start (00:00 China time) of a working day of the official calendar
 * to the start of the next one, so an urge on a Saturday after Friday's, or
 * on any day of a holiday after the last working day's, is refused, while a
 * make-up working day (调休上班) opens a new window. A step that started after
 * the last urge can be urged at once: it has a new handler.
 */
export function stepsToUrge(
  state: ProcessState,
  capacity: RequestActionInput['capacity'],
  at: string,
  rules: EngineRules,
): string[] {
  const urger = urgerOf(capacity);
  const sameWindow = urgeWindowOf(state, rules);
  const urged = new Set(
    state.timeline
      .filter((entry) => entry.action === 'urge' && entry.stepId && urgerOfEntry(entry) === urger)
      .filter((entry) => sameWindow(entry.at, at))
      .map((entry) => entry.stepId),
  );
  return state.steps
    .filter((step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'))
    .filter((step) => !urged.has(step.id))
    .map((step) => step.id);
}

/** Whether an urge at `earlier` still counts against one at `later`. */
function urgeWindowOf(state: ProcessState, rules: EngineRules): (earlier: string, later: string) => boolean {
  if (rules.urgeWindow === 'china_day') return (earlier, later) => chinaDateOf(earlier) === chinaDateOf(later);
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  // No working day has begun in between: (earlier's date, later's date] holds none.
  return (earlier, later) => calendar.workingDaysBetween(chinaDateOf(earlier), chinaDateOf(later)) <= 0;
}

/** 催办: one timeline entry per step urged; the handlers see it there and in their notifications. */
export function urge(
  state: ProcessState,
  input: RequestActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  rules: EngineRules,
): void {
  for (const stepId of stepsToUrge(state, input.capacity, input.at, rules)) {
    record(state, {
      ...entry,
      action: 'urge',
      stepId,
      ...(input.capacity === 'supervisor' ? { detail: { capacity: 'supervisor' } } : {}),
    });
  }
}
