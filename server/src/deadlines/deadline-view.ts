import { chinaDateOf, createWorkingCalendar, type ClockLevel, type StepClock } from '@tongban/workflows';

/** Tongban counts time limits by the official calendar (the engine's clocks do too). */
const officialCalendar = createWorkingCalendar();

/**
 * The level a clock has reached at `at`, by the rule the engine's ticks follow
 * (workflows/src/engine/clock-tick.ts): reminded from `remindAt`, 黄牌 from
 * `dueAt`, 红牌 from `redAt`. Read from the moments rather than from a stored
 * level, so a task projection need not be rewritten at every tick.
 */
export function clockLevelAt(clock: Pick<StepClock, 'dueAt' | 'remindAt' | 'redAt'>, at: string): ClockLevel {
  if (at >= clock.redAt) return 'red';
  if (at >= clock.dueAt) return 'yellow';
  if (clock.remindAt && at >= clock.remindAt) return 'reminded';
  return 'on_time';
}

/**
 * Working days left before a deadline (24:00 China time of its last day), as a
 * handler counts them at `at`: the working days after today up to and including
 * the last one. So a five-working-day limit started today has 5 left, the last
 * day itself 0 (due today), and a late one a negative count (working days overdue).
 * Weekends, holidays and make-up workdays follow the official calendar.
 */
export function workingDaysLeft(dueAt: string, at: string): number {
  // 24:00 of day D is 00:00 of D+1: one millisecond earlier is still day D.
  const lastDay = chinaDateOf(new Date(Date.parse(dueAt) - 1).toISOString());
  return officialCalendar.workingDaysBetween(chinaDateOf(at), lastDay);
}

/** A step's deadline as the inbox and the task page show it. */
export interface StepDeadlineView {
  dueAt: string;
  level: ClockLevel;
  workingDaysLeft: number;
}

/** The deadline of a task's step at `at`, or undefined when the step has no time limit. */
export function stepDeadlineView(
  clock: { dueAt?: string; remindAt?: string; redAt?: string },
  at: string,
): StepDeadlineView | undefined {
  if (!clock.dueAt || !clock.redAt) return undefined;
  const moments = { dueAt: clock.dueAt, redAt: clock.redAt, ...(clock.remindAt ? { remindAt: clock.remindAt } : {}) };
  return { dueAt: clock.dueAt, level: clockLevelAt(moments, at), workingDaysLeft: workingDaysLeft(clock.dueAt, at) };
}

/**
 * The request's 办结时限 as its pages show it: the stored clock plus the working days left
 * at `at`, while it runs (not once the request is closed, nor while it is paused for 补正).
 */
export function requestDeadlineView<T extends { dueAt: string; paused: boolean }>(
  deadline: T,
  running: boolean,
  at: string,
): T & { workingDaysLeft?: number } {
  return running && !deadline.paused ? { ...deadline, workingDaysLeft: workingDaysLeft(deadline.dueAt, at) } : deadline;
}
