/**
 * The shape of working-day calendar data: what ships for the official
 * notices and what administrators pass as overrides. Plain JSON, so an
 * override can live in the database, travel in a workflow input and be
 * edited in the admin UI unchanged.
 */
import type { LocalizedText } from '../dsl/process-definition';

/**
 * One festival of a year's notice: its days off and the weekend days worked
 * to make up for them (调休上班), e.g. Spring Festival 2026: 2026-02-15 to
 * 2026-02-23 off, 2026-02-14 and 2026-02-28 worked.
 */
export interface FestivalArrangement {
  name: LocalizedText;
  /** First day off, `YYYY-MM-DD`. */
  from: string;
  /** Last day off, inclusive; equal to `from` for a single day. */
  to: string;
  /** Weekend days that are working days because of this festival. Default: none. */
  makeUpWorkdays?: string[];
}

/**
 * A year's arrangement as the State Council publishes it (国务院办公厅关于
 * YYYY年部分节假日安排的通知). Its dates lie in `year` or, for a New Year
 * holiday that starts in late December, in the year before.
 */
export interface YearArrangement {
  year: number;
  /** Where the data comes from: the notice's title, number and date, or who overrode it and why. */
  source?: string;
  festivals: FestivalArrangement[];
}

/** One day ruled by an administrator, whatever the weekday and the yearly data say. */
export interface DayOverride {
  /** `YYYY-MM-DD`, China time. */
  date: string;
  /** `holiday`: a day off (e.g. a local closure); `workday`: a working day (e.g. cancelling a day off). */
  kind: 'holiday' | 'workday';
  /** What `holidayName` shows. Required for a holiday, optional for a workday. */
  name?: LocalizedText;
}

/**
 * An administrator's changes to the shipped calendar.
 *
 * - `years` replace the shipped arrangement of the same year whole, or add a
 *   year the shipped data lacks (e.g. next year's notice, published every
 *   November, before Tongban ships it). A later override's year replaces an
 *   earlier one's.
 * - `days` rule single days. They apply after all years, in order, so a day
 *   override always beats yearly data and a later day override beats an
 *   earlier one.
 */
export interface CalendarOverride {
  years?: YearArrangement[];
  days?: DayOverride[];
}
