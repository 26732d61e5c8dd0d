import { createWorkingCalendar, type ProcessState, type WorkingCalendar } from '@tongban/workflows';
import { workingDaysKey } from '../queries/percentiles-by-count';

type CalendarOverrides = NonNullable<ProcessState['calendarOverrides']>;

const officialCalendar = createWorkingCalendar();
/** One calendar per request's pinned changes: a write projects the request and each of its tasks with it. */
const calendars = new WeakMap<CalendarOverrides, WorkingCalendar>();

/**
 * The working days from `from` to `to` as the dashboard's figures store them
 * (`workingDaysKey`): on the official calendar, with the changes a request
 * pinned when it was filed (none for projections read back from storage).
 */
export function workingDaysTaken(from: string, to: string, overrides?: CalendarOverrides): string {
  let calendar = officialCalendar;
  if (overrides?.length) {
    calendar = calendars.get(overrides) ?? createWorkingCalendar(overrides);
    calendars.set(overrides, calendar);
  }
  return workingDaysKey(calendar.elapsedWorkingDays(from, to));
}
