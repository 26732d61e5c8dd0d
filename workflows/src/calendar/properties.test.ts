import { createWorkingCalendar } from './working-calendar';

// Every date from November 2024 to March 2028: before, inside and after the shipped data.
const FIRST = Date.UTC(2024, 10, 1);
const LAST = Date.UTC(2028, 2, 1);
const DAY = 86_400_000;
const dates: string[] = [];
for (let ms = FIRST; ms <= LAST; ms += DAY) dates.push(new Date(ms).toISOString().slice(0, 10));

const COUNTS = [0, 1, 2, 3, 5, 7, 10, 15, 20, 30, 60];
const calendar = createWorkingCalendar({
  days: [
    { date: '2027-05-03', kind: 'holiday', name: { zh: '测试' } },
    { date: '2027-05-08', kind: 'workday' },
  ],
});

describe('working-day arithmetic over every date 2024-11 to 2028-03', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for every working day d', () => {
    let checked = 0;
    for (const date of dates) {
      if (!calendar.isWorkingDay(date)) continue;
      for (const n of COUNTS) {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(9_000);
  });

  it('lands on working days and steps one working day at a time, from any date', () => {
    for (const date of dates) {
      const first = calendar.nextWorkingDay(date);
      // n = 0 keeps a working day and rolls a day off forward to the same day as n = 1.
      expect(calendar.addWorkingDays(date, 0)).toBe(calendar.isWorkingDay(date) ? date : first);
      let previous = first;
      expect(calendar.isWorkingDay(previous)).toBe(true);
      for (let n = 1; n <= 12; n++) {
        const next = calendar.addWorkingDays(date, n);
        expect(next).toBe(n === 1 ? first : calendar.nextWorkingDay(previous));
        expect(calendar.workingDaysBetween(date, next)).toBe(n);
        previous = next;
      }
    }
  });

  it('adds up over consecutive ranges and changes sign when reversed', () => {
    for (let i = 0; i + 90 < dates.length; i += 7) {
      const [a, b, c] = [dates[i]!, dates[i + 40]!, dates[i + 90]!];
      expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
        calendar.workingDaysBetween(a, c),
      );
      expect(calendar.workingDaysBetween(c, a)).toBe(-calendar.workingDaysBetween(a, c));
    }
  });

  it('puts every deadline at 16:00 UTC of a working day, reached exactly when N working days have elapsed', () => {
    const times = ['T00:00:00+08:00', 'T09:30:00+08:00', 'T23:59:59.999+08:00'];
    for (let i = 0; i < dates.length; i += 3) {
      for (const time of times) {
        const start = `${dates[i]}${time}`;
        for (const n of [1, 2, 5, 20]) {
          const deadline = calendar.deadlineAfterWorkingDays(start, n);
          expect(deadline).toMatch(/T16:00:00\.000Z$/);
          expect(calendar.isWorkingDay(deadline.slice(0, 10))).toBe(true);
          expect(deadline.slice(0, 10)).toBe(calendar.addWorkingDays(dates[i]!, n));
          expect(calendar.elapsedWorkingDays(start, deadline)).toBe(n);
          expect(calendar.elapsedWorkingDays(start, new Date(Date.parse(deadline) - 1).toISOString())).toBe(n - 1);
        }
      }
    }
  });
});
