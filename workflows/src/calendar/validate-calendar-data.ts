/**
 * Checks calendar data that arrives as JSON (an administrator's override) or
 * ships as code, so a typo fails loudly at load time instead of silently
 * moving a deadline.
 */
import type { LocalizedText } from '../dsl/process-definition';
import type { CalendarOverride, DayOverride, FestivalArrangement, YearArrangement } from './calendar-data';
import { CalendarError } from './calendar-error';
import { fromDayNumber, MAX_YEAR, MIN_YEAR, toDayNumber, yearOfDayNumber } from './iso-date';

/** Longest festival span accepted; the longest official one so far is 9 days. Longer closures are single `days`. */
export const MAX_FESTIVAL_DAYS = 31;

function invalid(path: string, problem: string): CalendarError {
  return new CalendarError('CALENDAR_INVALID_DATA', `${path}: ${problem}`);
}

function record(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'must be an object');
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw invalid(path, `unknown field ${unknown.join(', ')} (allowed: ${allowed.join(', ')})`);
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(path, 'must be an array');
  return value;
}

function date(value: unknown, path: string): number {
  try {
    return toDayNumber(value as string);
  } catch {
    throw invalid(path, `must be a date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}, got ${JSON.stringify(value)}`);
  }
}

function localizedText(value: unknown, path: string): LocalizedText {
  const text = record(value, path, ['zh', 'en']);
  if (typeof text.zh !== 'string' || text.zh.trim() === '') throw invalid(`${path}.zh`, 'must be a non-empty string');
  if (text.en !== undefined && typeof text.en !== 'string') throw invalid(`${path}.en`, 'must be a string');
  return text.en === undefined ? { zh: text.zh } : { zh: text.zh, en: text.en };
}

function yearArrangement(value: unknown, path: string): YearArrangement {
  const input = record(value, path, ['year', 'source', 'festivals']);
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalid(`${path}.year`, `must be an integer year between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (input.source !== undefined && typeof input.source !== 'string')
    throw invalid(`${path}.source`, 'must be a string');
  const seen = new Set<number>();
  const inYear = (day: number, at: string) => {
    const dayYear = yearOfDayNumber(day);
    // A New Year holiday may start in late December of the year before.
    if (dayYear !== year && dayYear !== year - 1)
      throw invalid(at, `${fromDayNumber(day)} is not in ${year - 1} or ${year}`);
    if (seen.has(day)) throw invalid(at, `${fromDayNumber(day)} appears twice in ${year}`);
    seen.add(day);
  };
  const festivals = list(input.festivals, `${path}.festivals`).map((item, index): FestivalArrangement => {
    const at = `${path}.festivals[${index}]`;
    const festival = record(item, at, ['name', 'from', 'to', 'makeUpWorkdays']);
    const from = date(festival.from, `${at}.from`);
    const to = date(festival.to, `${at}.to`);
    if (to < from) throw invalid(`${at}.to`, 'must not be before from');
    if (to - from + 1 > MAX_FESTIVAL_DAYS)
      throw invalid(`${at}.to`, `a festival spans at most ${MAX_FESTIVAL_DAYS} days`);
    for (let day = from; day <= to; day++) inYear(day, `${at}.from`);
    const makeUpWorkdays = list(festival.makeUpWorkdays ?? [], `${at}.makeUpWorkdays`).map((workday, i) => {
      const dayNumber = date(workday, `${at}.makeUpWorkdays[${i}]`);
      inYear(dayNumber, `${at}.makeUpWorkdays[${i}]`);
      return fromDayNumber(dayNumber);
    });
    return {
      name: localizedText(festival.name, `${at}.name`),
      from: fromDayNumber(from),
      to: fromDayNumber(to),
      makeUpWorkdays,
    };
  });
  return input.source === undefined ? { year, festivals } : { year, source: input.source, festivals };
}

function dayOverride(value: unknown, path: string): DayOverride {
  const input = record(value, path, ['date', 'kind', 'name']);
  const day = fromDayNumber(date(input.date, `${path}.date`));
  if (input.kind !== 'holiday' && input.kind !== 'workday')
    throw invalid(`${path}.kind`, 'must be "holiday" or "workday"');
  if (input.kind === 'holiday' && input.name === undefined) throw invalid(`${path}.name`, 'is required for a holiday');
  return input.name === undefined
    ? { date: day, kind: input.kind }
    : { date: day, kind: input.kind, name: localizedText(input.name, `${path}.name`) };
}

/**
 * Checks one year's arrangement (the shipped data runs through this too).
 * @param path names the value in error messages. Default `year`.
 * @throws CalendarError `CALENDAR_INVALID_DATA` naming the first bad field.
 */
export function validateYearArrangement(value: unknown, path = 'year'): YearArrangement {
  return yearArrangement(value, path);
}

/**
 * Checks an administrator's override, e.g. before saving it, and returns a
 * clean copy. Unknown fields are refused so a misspelt key is not ignored.
 * @param path names the value in error messages. Default `override`.
 * @throws CalendarError `CALENDAR_INVALID_DATA` naming the first bad field.
 */
export function validateCalendarOverride(value: unknown, path = 'override'): CalendarOverride {
  const input = record(value, path, ['years', 'days']);
  const result: CalendarOverride = {};
  if (input.years !== undefined) {
    const years = new Set<number>();
    result.years = list(input.years, `${path}.years`).map((item, index) => {
      const arrangement = yearArrangement(item, `${path}.years[${index}]`);
      if (years.has(arrangement.year))
        throw invalid(`${path}.years[${index}].year`, `${arrangement.year} appears twice`);
      years.add(arrangement.year);
      return arrangement;
    });
  }
  if (input.days !== undefined) {
    result.days = list(input.days, `${path}.days`).map((item, index) => dayOverride(item, `${path}.days[${index}]`));
  }
  return result;
}
