import type { CalendarOverride } from './calendar-data';
import { CalendarError } from './calendar-error';
import { FESTIVAL_NAMES } from './festival-names';
import { OFFICIAL_CALENDARS } from './official-calendars';
import { validateCalendarOverride } from './validate-calendar-data';
import { createWorkingCalendar } from './working-calendar';

const typhoon = { zh: '台风停工', en: 'Typhoon closure' };

function errorOf(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('day overrides', () => {
  it('add a holiday that moves deadlines', () => {
    const calendar = createWorkingCalendar({ days: [{ date: '2026-03-03', kind: 'holiday', name: typhoon }] });
    expect(calendar.isWorkingDay('2026-03-03')).toBe(false);
    expect(calendar.holidayName('2026-03-03', 'en')).toBe('Typhoon closure');
    expect(calendar.deadlineAfterWorkingDays('2026-03-02T10:00:00+08:00', 1)).toBe('2026-03-04T16:00:00.000Z');
    expect(calendar.coverage(2026).status).toBe('official'); // single days do not change a year's status
  });

  it('add a make-up working day on a weekend', () => {
    const calendar = createWorkingCalendar({ days: [{ date: '2026-03-07', kind: 'workday' }] });
    expect(calendar.describeDay('2026-03-07')).toEqual({
      date: '2026-03-07',
      working: true,
      kind: 'makeUpWorkday',
      name: null,
    });
  });

  it('cancel an official holiday or make-up day', () => {
    const calendar = createWorkingCalendar({
      days: [
        { date: '2026-02-23', kind: 'workday' },
        { date: '2026-02-28', kind: 'holiday', name: FESTIVAL_NAMES.springFestival },
      ],
    });
    expect(calendar.describeDay('2026-02-23')).toMatchObject({ working: true, kind: 'workday' });
    expect(calendar.holidayName('2026-02-28')).toBe('春节');
    expect(calendar.nextWorkingDay('2026-02-14')).toBe('2026-02-23');
  });

  it('let later entries win, within an override and across overrides', () => {
    const closed = { date: '2026-03-03', kind: 'holiday', name: typhoon } as const;
    const reopened = { date: '2026-03-03', kind: 'workday' } as const;
    expect(createWorkingCalendar({ days: [closed, reopened] }).isWorkingDay('2026-03-03')).toBe(true);
    expect(createWorkingCalendar({ days: [reopened, closed] }).isWorkingDay('2026-03-03')).toBe(false);
    expect(createWorkingCalendar([{ days: [closed] }, { days: [reopened] }]).isWorkingDay('2026-03-03')).toBe(true);
    expect(createWorkingCalendar([{ days: [reopened] }, { days: [closed] }]).isWorkingDay('2026-03-03')).toBe(false);
  });
});

describe('year overrides', () => {
  it('add a year the shipped data lacks, late-December New Year included', () => {
    const override: CalendarOverride = {
      years: [
        {
          year: 2027,
          source: 'test data, not the 2027 notice',
          festivals: [
            { name: FESTIVAL_NAMES.newYear, from: '2026-12-31', to: '2027-01-02', makeUpWorkdays: ['2027-01-03'] },
          ],
        },
      ],
    };
    const calendar = createWorkingCalendar(override);
    expect(calendar.coverage(2027)).toEqual({
      year: 2027,
      status: 'override',
      source: 'test data, not the 2027 notice',
    });
    expect(calendar.coveredYears()).toEqual([2025, 2026, 2027]);
    expect(calendar.holidayName('2026-12-31')).toBe('元旦');
    expect(calendar.nextWorkingDay('2026-12-30')).toBe('2027-01-03');
  });

  it('replace an official year whole', () => {
    const calendar = createWorkingCalendar({ years: [{ year: 2026, festivals: [] }] });
    expect(calendar.coverage(2026)).toEqual({ year: 2026, status: 'override', source: null });
    expect(calendar.isWorkingDay('2026-02-17')).toBe(true); // no Spring Festival any more
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false); // nor its make-up Saturday
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false); // other years keep the official data
  });

  it('let a later override’s year replace an earlier one’s, while day overrides still apply on top', () => {
    const first: CalendarOverride = {
      years: [{ year: 2026, festivals: [{ name: typhoon, from: '2026-03-03', to: '2026-03-03' }] }],
      days: [{ date: '2026-03-05', kind: 'holiday', name: typhoon }],
    };
    const second: CalendarOverride = { years: [{ year: 2026, source: 'second', festivals: [] }] };
    const calendar = createWorkingCalendar([first, second]);
    expect(calendar.coverage(2026).source).toBe('second');
    expect(calendar.isWorkingDay('2026-03-03')).toBe(true);
    expect(calendar.isWorkingDay('2026-03-05')).toBe(false);
  });

  it('travel as JSON and leave the shipped data untouched', () => {
    const json = JSON.stringify({
      years: [{ year: 2026, festivals: [] }],
      days: [{ date: '2025-10-08', kind: 'workday' }],
    });
    const calendar = createWorkingCalendar(JSON.parse(json) as CalendarOverride);
    expect(calendar.isWorkingDay('2025-10-08')).toBe(true);
    expect(createWorkingCalendar().isWorkingDay('2025-10-08')).toBe(false);
    expect(OFFICIAL_CALENDARS[1]!.festivals).toHaveLength(7);
  });
});

describe('override validation', () => {
  it.each<[string, unknown, string]>([
    ['not an object', null, 'override: must be an object'],
    ['an unknown field', { holidays: [] }, 'override: unknown field holidays'],
    ['days not a list', { days: {} }, 'override.days: must be an array'],
    ['a bad day date', { days: [{ date: '2026-02-30', kind: 'workday' }] }, 'override.days[0].date: must be a date'],
    [
      'a bad kind',
      { days: [{ date: '2026-03-03', kind: 'off' }] },
      'override.days[0].kind: must be "holiday" or "workday"',
    ],
    ['a nameless holiday', { days: [{ date: '2026-03-03', kind: 'holiday' }] }, 'override.days[0].name: is required'],
    [
      'an empty name',
      { days: [{ date: '2026-03-03', kind: 'holiday', name: { zh: ' ' } }] },
      'override.days[0].name.zh',
    ],
    ['a bad year', { years: [{ year: '2027', festivals: [] }] }, 'override.years[0].year: must be an integer year'],
    [
      'a span ending before it starts',
      { years: [{ year: 2027, festivals: [{ name: typhoon, from: '2027-02-10', to: '2027-02-09' }] }] },
      'override.years[0].festivals[0].to: must not be before from',
    ],
    [
      'a span longer than a month (a mistyped month)',
      { years: [{ year: 2026, festivals: [{ name: typhoon, from: '2026-02-15', to: '2026-12-23' }] }] },
      'override.years[0].festivals[0].to: a festival spans at most 31 days',
    ],
    [
      'a date in another year',
      { years: [{ year: 2027, festivals: [{ name: typhoon, from: '2072-02-10', to: '2072-02-11' }] }] },
      'override.years[0].festivals[0].from: 2072-02-10 is not in 2026 or 2027',
    ],
    [
      'a make-up day that is also a day off',
      {
        years: [
          {
            year: 2027,
            festivals: [{ name: typhoon, from: '2027-02-10', to: '2027-02-12', makeUpWorkdays: ['2027-02-11'] }],
          },
        ],
      },
      'override.years[0].festivals[0].makeUpWorkdays[0]: 2027-02-11 appears twice in 2027',
    ],
    [
      'the same year twice',
      {
        years: [
          { year: 2027, festivals: [] },
          { year: 2027, festivals: [] },
        ],
      },
      'override.years[1].year: 2027 appears twice',
    ],
  ])('refuses %s', (_case, override, message) => {
    const error = errorOf(() => createWorkingCalendar(override as CalendarOverride));
    expect(error.code).toBe('CALENDAR_INVALID_DATA');
    expect(error.message).toContain(message);
  });

  it('names the override in a list', () => {
    const error = errorOf(() => createWorkingCalendar([{}, { days: [{ date: 'x', kind: 'workday' }] }]));
    expect(error.message).toContain('overrides[1].days[0].date');
  });

  it('returns a clean copy for saving', () => {
    expect(validateCalendarOverride({ days: [{ date: '2026-03-03', kind: 'holiday', name: { zh: '停工' } }] })).toEqual(
      {
        days: [{ date: '2026-03-03', kind: 'holiday', name: { zh: '停工' } }],
      },
    );
  });
});
