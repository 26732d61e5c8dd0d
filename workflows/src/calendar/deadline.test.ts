import { calendarErrorCode } from '../../test/calendar-error-code';
import { createWorkingCalendar } from './working-calendar';

const calendar = createWorkingCalendar();

describe('deadlineAfterWorkingDays', () => {
  it('ends at 24:00 China time (16:00 UTC) of the Nth working day, the start date not counted', () => {
    // Friday 13 February 2026, 09:30 in Beijing.
    const start = '2026-02-13T09:30:00+08:00';
    expect(calendar.deadlineAfterWorkingDays(start, 1)).toBe('2026-02-14T16:00:00.000Z'); // make-up Saturday
    expect(calendar.deadlineAfterWorkingDays(start, 2)).toBe('2026-02-24T16:00:00.000Z'); // after Spring Festival
    expect(calendar.deadlineAfterWorkingDays(start, 5)).toBe('2026-02-27T16:00:00.000Z');
  });

  it('takes the start date in China time, not UTC', () => {
    // 23:59:59.999 on Friday the 13th in Beijing: the 13th is the start date.
    expect(calendar.deadlineAfterWorkingDays('2026-02-13T15:59:59.999Z', 1)).toBe('2026-02-14T16:00:00.000Z');
    // 00:30 on Saturday the 14th in Beijing, though still the 13th in UTC.
    expect(calendar.deadlineAfterWorkingDays('2026-02-13T16:30:00Z', 1)).toBe('2026-02-24T16:00:00.000Z');
    // The same instant written with another offset gives the same deadline.
    expect(calendar.deadlineAfterWorkingDays('2026-02-13T11:30:00-05:00', 1)).toBe('2026-02-24T16:00:00.000Z');
  });

  it('crosses National Day and the year boundary', () => {
    expect(calendar.deadlineAfterWorkingDays('2026-09-30T10:00:00+08:00', 1)).toBe('2026-10-08T16:00:00.000Z');
    expect(calendar.deadlineAfterWorkingDays('2025-12-31T10:00:00+08:00', 1)).toBe('2026-01-04T16:00:00.000Z');
    expect(calendar.deadlineAfterWorkingDays('2025-12-31T10:00:00+08:00', 3)).toBe('2026-01-06T16:00:00.000Z');
  });

  it('with 0 days ends the same working day, or the next one when started on a day off (即办)', () => {
    expect(calendar.deadlineAfterWorkingDays('2026-03-02T10:00:00+08:00', 0)).toBe('2026-03-02T16:00:00.000Z');
    expect(calendar.deadlineAfterWorkingDays('2026-02-17T10:00:00+08:00', 0)).toBe('2026-02-24T16:00:00.000Z');
  });

  it('counts Monday to Friday in a year without data', () => {
    expect(calendar.coverage(2027).status).toBe('fallback');
    expect(calendar.deadlineAfterWorkingDays('2027-01-01T10:00:00+08:00', 0)).toBe('2027-01-01T16:00:00.000Z');
    expect(calendar.deadlineAfterWorkingDays('2027-01-01T10:00:00+08:00', 1)).toBe('2027-01-04T16:00:00.000Z');
  });

  it('refuses instants without an offset and bad day counts', () => {
    expect(calendarErrorCode(() => calendar.deadlineAfterWorkingDays('2026-02-13T09:30:00', 1))).toBe(
      'CALENDAR_INVALID_INSTANT',
    );
    expect(calendarErrorCode(() => calendar.deadlineAfterWorkingDays('2026-02-13', 1))).toBe(
      'CALENDAR_INVALID_INSTANT',
    );
    expect(calendarErrorCode(() => calendar.deadlineAfterWorkingDays('2026-02-13T09:30:00Z', -1))).toBe(
      'CALENDAR_INVALID_COUNT',
    );
    expect(calendarErrorCode(() => calendar.deadlineAfterWorkingDays('2026-02-13T09:30:00Z', 0.5))).toBe(
      'CALENDAR_INVALID_COUNT',
    );
    expect(() => calendar.deadlineAfterWorkingDays('2026-02-13T09:30:00', 1)).toThrow(/^startInstant must be/);
  });
});

describe('elapsedWorkingDays', () => {
  const start = '2026-02-13T09:30:00+08:00';

  it('counts working days that have ended, after the start date', () => {
    expect(calendar.elapsedWorkingDays(start, '2026-02-13T23:00:00+08:00')).toBe(0);
    expect(calendar.elapsedWorkingDays(start, '2026-02-14T23:59:59+08:00')).toBe(0); // the 14th is still running
    expect(calendar.elapsedWorkingDays(start, '2026-02-15T00:00:00+08:00')).toBe(1);
    expect(calendar.elapsedWorkingDays(start, '2026-02-24T12:00:00+08:00')).toBe(1); // holidays do not count
    expect(calendar.elapsedWorkingDays(start, '2026-02-25T00:00:00+08:00')).toBe(2);
  });

  it('reaches N exactly at the deadline', () => {
    for (const days of [1, 2, 3, 10]) {
      const deadline = calendar.deadlineAfterWorkingDays(start, days);
      const justBefore = new Date(Date.parse(deadline) - 1).toISOString();
      expect(calendar.elapsedWorkingDays(start, deadline)).toBe(days);
      expect(calendar.elapsedWorkingDays(start, justBefore)).toBe(days - 1);
    }
  });

  it('is zero when the end is not after the start', () => {
    expect(calendar.elapsedWorkingDays(start, start)).toBe(0);
    expect(calendar.elapsedWorkingDays(start, '2026-01-05T09:00:00+08:00')).toBe(0);
  });

  it('refuses malformed instants and names them', () => {
    expect(calendarErrorCode(() => calendar.elapsedWorkingDays(start, 'now'))).toBe('CALENDAR_INVALID_INSTANT');
    expect(() => calendar.elapsedWorkingDays('then', start)).toThrow(/^fromInstant must be/);
  });
});
