/**
 * Working days by the official Chinese holiday calendar, for SLAs counted
 * in working days (工作日). Pure and deterministic: no clock, no I/O, no
 * host time zone, so the same answers come out of the workflow sandbox,
 * the server and the browser.
 */
import type { LocalizedText } from '../dsl/process-definition';
import type { CalendarOverride, YearArrangement } from './calendar-data';
import { CalendarError } from './calendar-error';
import {
  chinaDayNumberOfInstant,
  chinaMidnightOfDayNumber,
  formatInstant,
  fromDayNumber,
  isWeekendDayNumber,
  MAX_YEAR,
  MIN_YEAR,
  parseInstant,
  toDayNumber,
} from './iso-date';
import { OFFICIAL_CALENDARS } from './official-calendars';
import { validateCalendarOverride, validateYearArrangement } from './validate-calendar-data';

/**
 * What kind of day a date is:
 * - `workday` — a working day that is not a weekend day (normally Monday–Friday);
 * - `weekend` — a Saturday or Sunday off;
 * - `holiday` — a day off by the yearly data or an override (放假), weekend days inside a festival included;
 * - `makeUpWorkday` — a Saturday or Sunday worked to make up for a holiday (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** One date as the calendar sees it. */
export interface DayDescription {
  date: string;
  working: boolean;
  kind: DayKind;
  /** The festival (or the override's name) behind a holiday or make-up workday; null for ordinary days. */
  name: LocalizedText | null;
}

/**
 * How much the calendar knows about a year:
 * - `official` — the State Council notice shipped with Tongban;
 * - `override` — an arrangement an administrator supplied for the whole year;
 * - `fallback` — no data: Monday–Friday are working days, holidays are unknown. Callers should warn.
 * Single-day overrides do not change a year's status.
 */
export type CoverageStatus = 'official' | 'override' | 'fallback';

/** The answer of {@link WorkingCalendar.coverage}. */
export interface YearCoverage {
  year: number;
  status: CoverageStatus;
  /** The arrangement's `source`; null for a fallback year or an override without one. */
  source: string | null;
}

/** The working-day calendar. Dates are `YYYY-MM-DD` in China time (UTC+8); instants are ISO 8601 with an offset. */
export interface WorkingCalendar {
  /**
   * Whether `date` is a working day: a make-up workday or a day ruled working,
   * or else a Monday–Friday that is not a holiday.
   * @throws CalendarError `CALENDAR_INVALID_DATE`
   */
  isWorkingDay(date: string): boolean;

  /**
   * The kind of `date`, whether it is worked, and the name of its festival.
   * @throws CalendarError `CALENDAR_INVALID_DATE`
   */
  describeDay(date: string): DayDescription;

  /**
   * The festival name of a holiday (`2026-02-17` → `春节`), or null when
   * `date` is not a holiday. Ordinary weekends and make-up workdays give null.
   * @param lang default `zh`; `en` falls back to Chinese where no English name is given.
   * @throws CalendarError `CALENDAR_INVALID_DATE`
   */
  holidayName(date: string, lang?: 'zh' | 'en'): string | null;

  /**
   * The first working day strictly after `date`.
   * @throws CalendarError `CALENDAR_INVALID_DATE`
   */
  nextWorkingDay(date: string): string;

  /**
   * The `n`th working day after `date`, `date` itself not counted.
   * With `n = 0`: `date` itself if it is a working day, else the next
   * working day (a day off rolls forward, it never rolls back).
   * @throws CalendarError `CALENDAR_INVALID_DATE`, `CALENDAR_INVALID_COUNT` unless `n` is an integer ≥ 0
   */
  addWorkingDays(date: string, n: number): string;

  /**
   * The number of working days in (`from`, `to`]: `from` excluded, `to`
   * included, so `workingDaysBetween(d, addWorkingDays(d, n)) === n` for a
   * working day `d`. Negative when `to` is before `from`
   * (`workingDaysBetween(a, b) === -workingDaysBetween(b, a)`).
   * @throws CalendarError `CALENDAR_INVALID_DATE`
   */
  workingDaysBetween(from: string, to: string): number;

  /**
   * When an SLA of `days` working days that starts at `startInstant` runs
   * out: 24:00 China time at the end of the `days`th working day after the
   * China-time start date (the start date itself not counted), returned as
   * `YYYY-MM-DDT16:00:00.000Z` of that working day. With `days = 0` the SLA
   * ends with the start date if it is a working day, else with the next
   * working day (即办: settle the same working day).
   * @throws CalendarError `CALENDAR_INVALID_INSTANT`, `CALENDAR_INVALID_COUNT`
   */
  deadlineAfterWorkingDays(startInstant: string, days: number): string;

  /**
   * Whole working days that have ended between two instants: working days
   * after `fromInstant`'s China-time date whose 24:00 China time is at or
   * before `toInstant`. So `elapsedWorkingDays(s, t) >= n` exactly when
   * `t >= deadlineAfterWorkingDays(s, n)` (n ≥ 1). Zero when `toInstant`
   * is not later than `fromInstant`.
   * @throws CalendarError `CALENDAR_INVALID_INSTANT`
   */
  elapsedWorkingDays(fromInstant: string, toInstant: string): number;

  /**
   * Whether `year` comes from official data, an administrator's
   * arrangement, or the Monday–Friday fallback.
   * @throws CalendarError `CALENDAR_INVALID_DATE` unless `year` is an integer in 1000–9999
   */
  coverage(year: number): YearCoverage;

  /** The years with an official or overridden arrangement, ascending. */
  coveredYears(): number[];
}

interface Ruling {
  working: boolean;
  name: LocalizedText | null;
}

interface CoveredYear {
  status: Exclude<CoverageStatus, 'fallback'>;
  arrangement: YearArrangement;
}

/**
 * Builds the calendar from the shipped State Council data and the
 * administrators' overrides.
 *
 * Overrides are applied in order, later entries winning: each override's
 * `years` replace whole years (of the shipped data or of earlier
 * overrides); then all `days` of all overrides rule single days, in order,
 * on top of every year. Years without data fall back to Monday–Friday
 * ({@link WorkingCalendar.coverage} says `fallback`).
 *
 * @param overrides one override or a list, as plain JSON; checked here. Default: none.
 * @throws CalendarError `CALENDAR_INVALID_DATA` naming the bad field of an override.
 */
export function createWorkingCalendar(overrides: CalendarOverride | readonly CalendarOverride[] = []): WorkingCalendar {
  const layers = (Array.isArray(overrides) ? overrides : [overrides]).map((override, index) =>
    validateCalendarOverride(override, Array.isArray(overrides) ? `overrides[${index}]` : 'override'),
  );

  const years = new Map<number, CoveredYear>();
  OFFICIAL_CALENDARS.forEach((arrangement, index) => {
    years.set(arrangement.year, {
      status: 'official',
      arrangement: validateYearArrangement(arrangement, `OFFICIAL_CALENDARS[${index}]`),
    });
  });
  for (const layer of layers) {
    for (const arrangement of layer.years ?? []) years.set(arrangement.year, { status: 'override', arrangement });
  }

  const rulings = new Map<number, Ruling>();
  // Ascending years, so a later year's late-December New Year beats the earlier year's data.
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    for (const festival of years.get(year)!.arrangement.festivals) {
      for (let day = toDayNumber(festival.from); day <= toDayNumber(festival.to); day++) {
        rulings.set(day, { working: false, name: festival.name });
      }
      for (const workday of festival.makeUpWorkdays ?? []) {
        rulings.set(toDayNumber(workday), { working: true, name: festival.name });
      }
    }
  }
  for (const layer of layers) {
    for (const day of layer.days ?? []) {
      rulings.set(toDayNumber(day.date), { working: day.kind === 'workday', name: day.name ?? null });
    }
  }

  const isWorking = (day: number) => rulings.get(day)?.working ?? !isWeekendDayNumber(day);

  const count = (n: number, label: string) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      throw new CalendarError('CALENDAR_INVALID_COUNT', `${label} must be an integer ≥ 0, got ${String(n)}`);
    }
    return n;
  };

  /** Day number of the `n`th working day after `start` (see addWorkingDays for n = 0). */
  const addDays = (start: number, n: number) => {
    let day = start;
    if (n === 0) {
      while (!isWorking(day)) day++;
      return day;
    }
    for (let remaining = n; remaining > 0;) {
      day++;
      if (isWorking(day)) remaining--;
    }
    return day;
  };

  /** Working days in (from, to]; 0 when to ≤ from. */
  const countForward = (from: number, to: number) => {
    let total = 0;
    for (let day = from + 1; day <= to; day++) if (isWorking(day)) total++;
    return total;
  };

  const describe = (date: string): DayDescription => {
    const day = toDayNumber(date);
    const ruling = rulings.get(day);
    const weekend = isWeekendDayNumber(day);
    if (!ruling) return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', name: null };
    const kind: DayKind = !ruling.working ? 'holiday' : weekend ? 'makeUpWorkday' : 'workday';
    return { date, working: ruling.working, kind, name: ruling.name };
  };

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),

    describeDay: describe,

    holidayName(date, lang = 'zh') {
      const { kind, name } = describe(date);
      if (kind !== 'holiday' || !name) return null;
      return lang === 'en' ? (name.en ?? name.zh) : name.zh;
    },

    nextWorkingDay: (date) => fromDayNumber(addDays(toDayNumber(date), 1)),

    addWorkingDays: (date, n) => fromDayNumber(addDays(toDayNumber(date), count(n, 'n'))),

    workingDaysBetween(from, to) {
      const start = toDayNumber(from, 'from');
      const end = toDayNumber(to, 'to');
      return end >= start ? countForward(start, end) : -countForward(end, start);
    },

    deadlineAfterWorkingDays(startInstant, days) {
      const start = chinaDayNumberOfInstant(parseInstant(startInstant, 'startInstant'));
      const last = addDays(start, count(days, 'days'));
      // 24:00 China time of the last working day is China midnight starting the next day.
      return formatInstant(chinaMidnightOfDayNumber(last + 1));
    },

    elapsedWorkingDays(fromInstant, toInstant) {
      const from = chinaDayNumberOfInstant(parseInstant(fromInstant, 'fromInstant'));
      const to = chinaDayNumberOfInstant(parseInstant(toInstant, 'toInstant'));
      // Days in (from, to) have ended by toInstant; `to` itself is still running.
      return countForward(from, to - 1);
    },

    coverage(year) {
      if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        throw new CalendarError(
          'CALENDAR_INVALID_DATE',
          `year must be an integer between ${MIN_YEAR} and ${MAX_YEAR}, got ${String(year)}`,
        );
      }
      const covered = years.get(year);
      if (!covered) return { year, status: 'fallback', source: null };
      return { year, status: covered.status, source: covered.arrangement.source ?? null };
    },

    coveredYears: () => [...years.keys()].sort((a, b) => a - b),
  };
}
