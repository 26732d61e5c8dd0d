// Clocks and deadlines by the official working calendar: a step's time limit, the whole request's
// (办结时限, paused during 补正, warned when it cannot be met), a wait step's end, and the next moment
// any of them fires. Firing them is clock-tick.ts.
import { chinaDateOf, fromDayNumber, toDayNumber } from '../calendar/iso-date';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { RequestSla, StepDefinition, StepSla, WaitStep } from '../dsl/process-definition';
import { record } from './bookkeeping';
import type { ClockLevel, ProcessState, StepClock } from './state';
import { holds, isLive, stepState } from './steps';

/** A step's clock from its SLA: 黄牌 at the deadline, a reminder before it, 红牌 some working days after. */
export function startClock(
  state: ProcessState,
  sla: Pick<StepSla, 'workingDays' | 'remindBeforeWorkingDays' | 'redCardAfterWorkingDays'>,
  at: string,
): StepClock {
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const remindBefore = sla.remindBeforeWorkingDays ?? 1;
  const level: ClockLevel = 'on_time';
  return {
    dueAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays),
    ...(remindBefore > 0 && sla.workingDays - remindBefore >= 0
      ? { remindAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays - remindBefore) }
      : {}),
    redAt: calendar.deadlineAfterWorkingDays(at, sla.workingDays + (sla.redCardAfterWorkingDays ?? 2)),
    level,
  };
}

/**
 * The whole request's clock: `workingDays` from submission and/or the date in
 * `untilField` (24:00 China time that day), the earlier winning. None when the
 * form has no usable date and no working days are given.
 */
export function startRequestClock(state: ProcessState, sla: RequestSla, at: string): StepClock | undefined {
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const deadlines: string[] = [];
  if (sla.workingDays !== undefined) deadlines.push(calendar.deadlineAfterWorkingDays(at, sla.workingDays));
  const date = sla.untilField ? state.data[sla.untilField] : undefined;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) deadlines.push(`${date}T16:00:00.000Z`);
  if (deadlines.length === 0) return undefined;
  const dueAt = deadlines.reduce((earliest, deadline) => (deadline < earliest ? deadline : earliest));
  const remindBefore = sla.remindBeforeWorkingDays ?? 1;
  const remindAt =
    remindBefore > 0 ? `${workingDayBefore(calendar, deadlineDay(dueAt), remindBefore)}T16:00:00.000Z` : undefined;
  return {
    dueAt,
    ...(remindAt && remindAt > at ? { remindAt } : {}),
    redAt: shiftDeadline(calendar, dueAt, sla.redCardAfterWorkingDays ?? 2),
    level: 'on_time',
  };
}

/** The working day `n` working days before `day`. */
function workingDayBefore(calendar: ReturnType<typeof createWorkingCalendar>, day: string, n: number): string {
  let dayNumber = toDayNumber(day);
  for (let found = 0; found < n;) {
    dayNumber -= 1;
    if (calendar.isWorkingDay(fromDayNumber(dayNumber))) found += 1;
  }
  return fromDayNumber(dayNumber);
}

/** The China date a deadline (24:00 China time) ends. */
function deadlineDay(deadline: string): string {
  return chinaDateOf(new Date(Date.parse(deadline) - 1).toISOString());
}

/** A deadline (24:00 China time of a working day) moved by `workingDays` working days. */
export function shiftDeadline(
  calendar: ReturnType<typeof createWorkingCalendar>,
  deadline: string,
  workingDays: number,
): string {
  // 24:00 of day D is 00:00 of D+1: one millisecond earlier is still day D.
  const day = chinaDateOf(new Date(Date.parse(deadline) - 1).toISOString());
  return `${calendar.addWorkingDays(day, workingDays)}T16:00:00.000Z`;
}

/** When a wait step ends: working days, calendar days, or 00:00 China time of a date in the form. */
export function waitEnd(state: ProcessState, step: WaitStep, at: string): string {
  if (step.workingDays !== undefined) {
    // 24:00 China time of the Nth working day: N whole working days, as a public notice period (公示) counts them.
    return createWorkingCalendar(state.calendarOverrides ?? []).deadlineAfterWorkingDays(at, step.workingDays);
  }
  if (step.days !== undefined) return new Date(Date.parse(at) + step.days * 86_400_000).toISOString();
  const value = step.untilField ? state.data[step.untilField] : undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(Date.parse(`${value}T00:00:00+08:00`)).toISOString();
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
  // Nothing to wait for: the step ends at once.
  return at;
}

/** 补正 stops the whole request's clock; resubmitting moves its deadlines by the working days it was stopped. */
export function pauseRequestClock(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (!clock || clock.pausedAt) return;
  clock.pausedAt = at;
  record(state, { at, actor: null, action: 'clock_paused', detail: { scope: 'request' } });
}

export function resumeRequestClock(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (!clock?.pausedAt) return;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const paused = calendar.workingDaysBetween(chinaDateOf(clock.pausedAt), chinaDateOf(at));
  if (paused > 0) {
    clock.dueAt = shiftDeadline(calendar, clock.dueAt, paused);
    clock.redAt = shiftDeadline(calendar, clock.redAt, paused);
    if (clock.remindAt) clock.remindAt = shiftDeadline(calendar, clock.remindAt, paused);
  }
  delete clock.pausedAt;
  record(state, {
    at,
    actor: null,
    action: 'clock_resumed',
    detail: { scope: 'request', pausedWorkingDays: paused, dueAt: clock.dueAt },
  });
}

/**
 * Warns once, as soon as the working days left before the whole request's
 * deadline are fewer than the steps still to come need by their time limits
 * (parallel lanes count as their longest, a running step what is left of its
 * own limit and at least a day), and otherwise remembers when that will be.
 */
export function watchRequestDeadline(state: ProcessState, at: string): void {
  const clock = state.requestClock;
  if (state.status !== 'in_progress' || !clock || clock.pausedAt || clock.atRisk) return;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const dueDay = deadlineDay(clock.dueAt);
  const today = toDayNumber(chinaDateOf(at));
  const atRiskOn = (day: number) =>
    workingDaysFrom(calendar, day, dueDay) < workingDaysNeeded(state, state.definition.steps, day, calendar);
  if (atRiskOn(today)) {
    clock.atRisk = true;
    delete clock.riskAt;
    record(state, {
      at,
      actor: null,
      action: 'deadline_at_risk',
      detail: {
        scope: 'request',
        workingDaysLeft: workingDaysFrom(calendar, today, dueDay),
        workingDaysNeeded: workingDaysNeeded(state, state.definition.steps, today, calendar),
      },
    });
    return;
  }
  // The first midnight from which too few working days are left, if nothing moves before.
  const last = toDayNumber(dueDay);
  let day = today + 1;
  while (day <= last && !atRiskOn(day)) day += 1;
  if (day <= last) clock.riskAt = new Date(Date.parse(`${fromDayNumber(day)}T00:00:00+08:00`)).toISOString();
  else delete clock.riskAt;
}

/** Working days from `day` (itself included) to `lastDay`. */
function workingDaysFrom(calendar: ReturnType<typeof createWorkingCalendar>, day: number, lastDay: string): number {
  return Math.max(0, calendar.workingDaysBetween(fromDayNumber(day - 1), lastDay));
}

/** Working days the steps not finished yet still need on `day`, by their time limits. */
function workingDaysNeeded(
  state: ProcessState,
  steps: StepDefinition[],
  day: number,
  calendar: ReturnType<typeof createWorkingCalendar>,
): number {
  let total = 0;
  for (const definition of steps) {
    const step = stepState(state, definition.id);
    if (step.status !== 'pending' && step.status !== 'active') continue;
    if (step.status === 'pending' && definition.when !== undefined && !holds(definition.when, state)) continue;
    switch (definition.type) {
      case 'approval':
      case 'fill':
        total +=
          step.status === 'active' && step.clock
            ? Math.max(1, workingDaysFrom(calendar, day, deadlineDay(step.clock.dueAt)))
            : (definition.sla?.workingDays ?? 0);
        break;
      case 'wait':
        total += definition.workingDays ?? 0;
        break;
      case 'parallel':
      case 'branch': {
        const lanes =
          definition.type === 'branch' && step.chosenBranchId
            ? definition.branches.filter((lane) => lane.id === step.chosenBranchId)
            : definition.branches;
        total += Math.max(0, ...lanes.map((lane) => workingDaysNeeded(state, lane.steps, day, calendar)));
        break;
      }
      default:
        break;
    }
  }
  return total;
}

/** The next instant at which a running clock fires, or null when none will. */
export function nextClockAt(state: ProcessState): string | null {
  const moments: string[] = [];
  if (state.ratingOpenUntil && !state.rating) moments.push(state.ratingOpenUntil);
  if (isLive(state)) {
    for (const step of state.steps) {
      if (step.status !== 'active') continue;
      if (step.waitUntil) moments.push(step.waitUntil);
      else if (step.clock) moments.push(...clockMoments(step.clock));
    }
    const requestClock = state.requestClock;
    if (state.status === 'in_progress' && requestClock && !requestClock.pausedAt) {
      moments.push(...clockMoments(requestClock));
      if (requestClock.riskAt && !requestClock.atRisk) moments.push(requestClock.riskAt);
    }
  }
  return moments.length > 0 ? moments.reduce((earliest, moment) => (moment < earliest ? moment : earliest)) : null;
}

function clockMoments(clock: StepClock): string[] {
  if (clock.level === 'on_time') return [clock.remindAt ?? clock.dueAt, clock.dueAt];
  if (clock.level === 'reminded') return [clock.dueAt];
  if (clock.level === 'yellow') return [clock.redAt];
  return [];
}
