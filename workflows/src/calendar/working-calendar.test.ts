import { calendarErrorCode } from '../../test/calendar-error-code';
import { createWorkingCalendar } from './working-calendar';

const calendar = createWorkingCalendar();

describe('Spring Festival 2026', () => {
  it('is off from 15 to 23 February, weekends inside it included', () => {
    for (let day = 15; day <= 23; day++) {
      const date = `2026-02-${day}`;
      expect(calendar.isWorkingDay(date)).toBe(false);
      expect(calendar.describeDay(date)).toMatchObject({ kind: 'holiday', working: false });
      expect(calendar.holidayName(date)).toBe('春节');
      expect(calendar.holidayName(date, 'en')).toBe('Spring Festival');
    }
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('works the make-up Saturdays 14 and 28 February', () => {
    for (const date of ['2026-02-14', '2026-02-28']) {
      expect(calendar.isWorkingDay(date)).toBe(true);
      expect(calendar.describeDay(date)).toEqual({
        date,
        working: true,
        kind: 'makeUpWorkday',
        name: { zh: '春节', en: 'Spring Festival' },
      });
      expect(calendar.holidayName(date)).toBeNull();
    }
    expect(calendar.isWorkingDay('2026-02-21')).toBe(false); // a Saturday inside the festival
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('moves working days over the festival', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(calendar.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-24', 4)).toBe('2026-02-28');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    // 2–6, 9–13, the 14th, 24–27 and the 28th.
    expect(calendar.workingDaysBetween('2026-02-01', '2026-02-28')).toBe(16);
  });
});

describe('National Day', () => {
  it('2025: 1–8 October off with Mid-Autumn, 28 September and 11 October worked', () => {
    expect(calendar.holidayName('2025-10-06', 'en')).toBe('National Day and Mid-Autumn Festival');
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
    expect(calendar.nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-12')).toBe(6); // 28, 29, 30 Sep and 9, 10, 11 Oct
  });

  it('2026: 1–7 October off, Mid-Autumn the week before, 20 September and 10 October worked', () => {
    expect(calendar.holidayName('2026-10-07')).toBe('国庆节');
    expect(calendar.holidayName('2026-09-25')).toBe('中秋节');
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });
});

describe('year boundaries', () => {
  it('carries from 2025 into the 2026 New Year holiday and its make-up Sunday', () => {
    expect(calendar.nextWorkingDay('2025-12-31')).toBe('2026-01-04');
    expect(calendar.addWorkingDays('2025-12-30', 2)).toBe('2026-01-04');
    expect(calendar.workingDaysBetween('2025-12-26', '2026-01-05')).toBe(5); // 29, 30, 31 Dec, 4, 5 Jan
    expect(calendar.holidayName('2026-01-03')).toBe('元旦'); // a Saturday, off as part of the holiday
  });

  it('leaves 2025 New Year a single day', () => {
    expect(calendar.holidayName('2025-01-01')).toBe('元旦');
    expect(calendar.nextWorkingDay('2024-12-31')).toBe('2025-01-02');
  });

  it('carries out of 2026 into a year without data', () => {
    expect(calendar.nextWorkingDay('2026-12-31')).toBe('2027-01-01'); // Friday, weekdays only in 2027
    expect(calendar.coverage(2027)).toEqual({ year: 2027, status: 'fallback', source: null });
  });
});

describe('addWorkingDays with n = 0', () => {
  it('returns a working day itself', () => {
    expect(calendar.addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14'); // make-up Saturday
  });

  it('rolls a day off forward to the next working day', () => {
    expect(calendar.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
  });
});

describe('workingDaysBetween', () => {
  it('excludes from and includes to', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(calendar.workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
  });

  it('is negative when to is before from', () => {
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
  });
});

describe('fallback years', () => {
  it('count Monday to Friday and say so', () => {
    expect(calendar.coverage(2024)).toEqual({ year: 2024, status: 'fallback', source: null });
    expect(calendar.isWorkingDay('2027-02-08')).toBe(true); // a Monday; no Spring Festival data for 2027
    expect(calendar.isWorkingDay('2027-02-06')).toBe(false);
    expect(calendar.holidayName('2027-02-06')).toBeNull();
    expect(calendar.workingDaysBetween('2027-01-01', '2027-12-31')).toBe(260);
  });

  it('report the official years with their source', () => {
    expect(calendar.coveredYears()).toEqual([2025, 2026]);
    expect(calendar.coverage(2026)).toEqual({
      year: 2026,
      status: 'official',
      source: expect.stringContaining('国务院办公厅关于2026年部分节假日安排的通知'),
    });
  });
});

describe('invalid input', () => {
  it.each([
    ['isWorkingDay', () => calendar.isWorkingDay('2026-02-29')],
    ['describeDay', () => calendar.describeDay('26-02-14')],
    ['holidayName', () => calendar.holidayName('2026/02/17')],
    ['nextWorkingDay', () => calendar.nextWorkingDay('')],
    ['addWorkingDays', () => calendar.addWorkingDays('2026-13-01', 1)],
    ['workingDaysBetween', () => calendar.workingDaysBetween('2026-01-01', '2026-01-32')],
  ])('%s refuses a bad date', (_name, run) => {
    expect(calendarErrorCode(run)).toBe('CALENDAR_INVALID_DATE');
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('addWorkingDays refuses n = %p', (n) => {
    expect(calendarErrorCode(() => calendar.addWorkingDays('2026-03-02', n))).toBe('CALENDAR_INVALID_COUNT');
  });

  it('says which argument is wrong', () => {
    expect(() => calendar.workingDaysBetween('2026-01-01', 'soon')).toThrow(/^to must be a calendar date/);
  });

  it('refuses years outside 1000–9999 in coverage', () => {
    expect(calendarErrorCode(() => calendar.coverage(20260))).toBe('CALENDAR_INVALID_DATE');
    expect(calendarErrorCode(() => calendar.coverage(2026.5))).toBe('CALENDAR_INVALID_DATE');
  });
});
