/**
 * Calendar dates (`YYYY-MM-DD`) and instants without the host's time zone.
 *
 * Everything here goes through day numbers (days since 1970-01-01) and UTC
 * fields only, so results are the same in a Temporal workflow sandbox, in
 * Node on any server and in any browser. China time is UTC+8 all year:
 * China has observed no daylight saving time since 1991.
 */
import { CalendarError } from './calendar-error';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

/** China Standard Time (北京时间) as an offset from UTC, in milliseconds. */
export const CHINA_UTC_OFFSET_MS = 8 * MS_PER_HOUR;

/** Years outside this range are refused rather than formatted ambiguously. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const MIN_DAY = Date.UTC(MIN_YEAR, 0, 1) / MS_PER_DAY;
const MAX_DAY = Date.UTC(MAX_YEAR, 11, 31) / MS_PER_DAY;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date.
 * @param label names the argument in the error message.
 * @throws CalendarError `CALENDAR_INVALID_DATE` for anything but a real date in the years 1000–9999.
 */
export function toDayNumber(date: string, label = 'date'): number {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (
    !match ||
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new CalendarError(
      'CALENDAR_INVALID_DATE',
      `${label} must be a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}, got ${JSON.stringify(date)}`,
    );
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The `YYYY-MM-DD` date of a day number.
 * @throws CalendarError `CALENDAR_OUT_OF_RANGE` outside the years 1000–9999.
 */
export function fromDayNumber(dayNumber: number): string {
  if (dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new CalendarError('CALENDAR_OUT_OF_RANGE', `dates are supported from ${MIN_YEAR} to ${MAX_YEAR} only`);
  }
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Whether a day number falls on Saturday or Sunday. */
export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant. The offset is
 * required: a date-time without one means "local time", which differs
 * between machines. Fractions beyond milliseconds are truncated.
 * @param label names the argument in the error message.
 * @throws CalendarError `CALENDAR_INVALID_INSTANT` for anything else.
 */
export function parseInstant(instant: string, label = 'instant'): number {
  const invalid = () =>
    new CalendarError(
      'CALENDAR_INVALID_INSTANT',
      `${label} must be an ISO 8601 instant with an offset, e.g. 2026-02-13T09:30:00+08:00, got ${JSON.stringify(instant)}`,
    );
  const match = typeof instant === 'string' ? INSTANT_PATTERN.exec(instant) : null;
  if (!match) throw invalid();
  const [, date = '', hours, minutes, seconds = '0', fraction = '', utc, sign, offsetHours, offsetMinutes] = match;
  let dayNumber: number;
  try {
    dayNumber = toDayNumber(date);
  } catch {
    throw invalid();
  }
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  const oh = utc ? 0 : Number(offsetHours);
  const om = utc ? 0 : Number(offsetMinutes);
  if (h > 23 || m > 59 || s > 59 || oh > 23 || om > 59) throw invalid();
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offset = (sign === '-' ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  return dayNumber * MS_PER_DAY + h * MS_PER_HOUR + m * MS_PER_MINUTE + s * 1000 + millis - offset;
}

/**
 * An instant as `YYYY-MM-DDTHH:mm:ss.sssZ`.
 * @throws CalendarError `CALENDAR_OUT_OF_RANGE` outside the years 1000–9999.
 */
export function formatInstant(epochMs: number): string {
  fromDayNumber(Math.floor(epochMs / MS_PER_DAY));
  return new Date(epochMs).toISOString();
}

/** The day number of the China-time calendar date an instant falls on. */
export function chinaDayNumberOfInstant(epochMs: number): number {
  return Math.floor((epochMs + CHINA_UTC_OFFSET_MS) / MS_PER_DAY);
}

/** The instant China-time midnight starts the given day number. */
export function chinaMidnightOfDayNumber(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - CHINA_UTC_OFFSET_MS;
}

/**
 * The China-time (UTC+8) calendar date of an ISO instant, e.g.
 * `2026-02-13T17:00:00Z` → `2026-02-14`.
 * @throws CalendarError `CALENDAR_INVALID_INSTANT` for a malformed instant.
 */
export function chinaDateOf(instant: string): string {
  return fromDayNumber(chinaDayNumberOfInstant(parseInstant(instant)));
}
