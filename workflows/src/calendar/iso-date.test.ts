import { calendarErrorCode } from '../../test/calendar-error-code';
import {
  chinaDateOf,
  formatInstant,
  fromDayNumber,
  parseInstant,
  toDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './iso-date';

describe('dates', () => {
  it('round-trips day numbers across leap days, year ends and the supported range', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2025-12-31', '2026-01-01', '1000-01-01', '9999-12-31']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-03-01') - toDayNumber('2026-02-28')).toBe(1);
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
    expect(yearOfDayNumber(toDayNumber('2025-12-31'))).toBe(2025);
  });

  it('knows the weekday without the host time zone', () => {
    expect(weekdayOfDayNumber(toDayNumber('2026-02-14'))).toBe(6); // Saturday
    expect(weekdayOfDayNumber(toDayNumber('2026-02-15'))).toBe(0); // Sunday
    expect(weekdayOfDayNumber(toDayNumber('1969-12-31'))).toBe(3); // Wednesday, before day 0
  });

  it.each([
    ['2026-02-30'],
    ['2025-02-29'],
    ['2026-13-01'],
    ['2026-00-10'],
    ['2026-1-5'],
    ['20260105'],
    [' 2026-01-05'],
    ['2026-01-05T00:00:00Z'],
    [''],
    ['0999-12-31'],
  ])('refuses %j as a date', (date) => {
    expect(calendarErrorCode(() => toDayNumber(date))).toBe('CALENDAR_INVALID_DATE');
  });

  it('refuses non-strings and names the argument', () => {
    expect(calendarErrorCode(() => toDayNumber(20260105 as unknown as string))).toBe('CALENDAR_INVALID_DATE');
    expect(() => toDayNumber('2026-02-30', 'from')).toThrow(/^from must be a calendar date YYYY-MM-DD/);
  });

  it('refuses to format a day beyond 9999', () => {
    expect(calendarErrorCode(() => fromDayNumber(toDayNumber('9999-12-31') + 1))).toBe('CALENDAR_OUT_OF_RANGE');
  });
});

describe('instants', () => {
  it('reads Z and numeric offsets', () => {
    const utc = Date.UTC(2026, 1, 13, 1, 30);
    expect(parseInstant('2026-02-13T01:30:00Z')).toBe(utc);
    expect(parseInstant('2026-02-13T09:30:00+08:00')).toBe(utc);
    expect(parseInstant('2026-02-12T20:30-05:00')).toBe(utc);
    expect(parseInstant('2026-02-13T01:30:00.123456Z')).toBe(utc + 123);
    expect(formatInstant(utc)).toBe('2026-02-13T01:30:00.000Z');
  });

  it('gives the China-time date of an instant (UTC+8, no DST)', () => {
    expect(chinaDateOf('2026-02-13T15:59:59.999Z')).toBe('2026-02-13');
    expect(chinaDateOf('2026-02-13T16:00:00Z')).toBe('2026-02-14');
    expect(chinaDateOf('2026-07-01T00:00:00+08:00')).toBe('2026-07-01');
    expect(chinaDateOf('2025-12-31T16:00:00Z')).toBe('2026-01-01');
  });

  it.each([
    ['2026-02-13T09:30:00'], // no offset: local time differs between machines
    ['2026-02-13'],
    ['2026-02-30T09:30:00Z'],
    ['2026-02-13T24:00:00Z'],
    ['2026-02-13T09:60:00Z'],
    ['2026-02-13T09:30:00+0800'],
    ['2026-02-13 09:30:00Z'],
    ['yesterday'],
  ])('refuses %j as an instant', (instant) => {
    expect(calendarErrorCode(() => parseInstant(instant))).toBe('CALENDAR_INVALID_INSTANT');
  });
});
