/** Stable codes for calendar refusals; callers map them like the engine's codes. */
export type CalendarErrorCode =
  /** A date is not a real `YYYY-MM-DD` calendar date between the years 1000 and 9999. */
  | 'CALENDAR_INVALID_DATE'
  /** An instant is not an ISO 8601 date-time with an explicit offset (`Z` or `±HH:MM`). */
  | 'CALENDAR_INVALID_INSTANT'
  /** A day count is not a non-negative integer. */
  | 'CALENDAR_INVALID_COUNT'
  /** Calendar data (official or an administrator's override) is malformed; the message names the field. */
  | 'CALENDAR_INVALID_DATA'
  /** A computation left the supported years 1000–9999. */
  | 'CALENDAR_OUT_OF_RANGE';

/** Invalid input to the working-day calendar. Nothing is guessed: bad input throws this. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
