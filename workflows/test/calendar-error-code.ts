import { CalendarError } from '../src/calendar/calendar-error';

/** The CalendarError code `run` throws, or undefined when it does not throw. */
export function calendarErrorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof CalendarError ? error.code : `not a CalendarError: ${String(error)}`;
  }
  return undefined;
}
