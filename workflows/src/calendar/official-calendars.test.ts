import { FESTIVAL_NAMES } from './festival-names';
import { OFFICIAL_CALENDARS } from './official-calendars';
import { validateYearArrangement } from './validate-calendar-data';
import { createWorkingCalendar } from './working-calendar';

/**
 * The notices transcribed a second time, weekday and day count as printed
 * (e.g. "1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天"),
 * so a slip in the data files shows up as a mismatch here.
 */
const NOTICES = {
  2025: [
    ['元旦', '2025-01-01', '周三', '2025-01-01', '周三', 1, []],
    [
      '春节',
      '2025-01-28',
      '周二',
      '2025-02-04',
      '周二',
      8,
      [
        ['2025-01-26', '周日'],
        ['2025-02-08', '周六'],
      ],
    ],
    ['清明节', '2025-04-04', '周五', '2025-04-06', '周日', 3, []],
    ['劳动节', '2025-05-01', '周四', '2025-05-05', '周一', 5, [['2025-04-27', '周日']]],
    ['端午节', '2025-05-31', '周六', '2025-06-02', '周一', 3, []],
    [
      '国庆节、中秋节',
      '2025-10-01',
      '周三',
      '2025-10-08',
      '周三',
      8,
      [
        ['2025-09-28', '周日'],
        ['2025-10-11', '周六'],
      ],
    ],
  ],
  2026: [
    ['元旦', '2026-01-01', '周四', '2026-01-03', '周六', 3, [['2026-01-04', '周日']]],
    [
      '春节',
      '2026-02-15',
      '周日',
      '2026-02-23',
      '周一',
      9,
      [
        ['2026-02-14', '周六'],
        ['2026-02-28', '周六'],
      ],
    ],
    ['清明节', '2026-04-04', '周六', '2026-04-06', '周一', 3, []],
    ['劳动节', '2026-05-01', '周五', '2026-05-05', '周二', 5, [['2026-05-09', '周六']]],
    ['端午节', '2026-06-19', '周五', '2026-06-21', '周日', 3, []],
    ['中秋节', '2026-09-25', '周五', '2026-09-27', '周日', 3, []],
    [
      '国庆节',
      '2026-10-01',
      '周四',
      '2026-10-07',
      '周三',
      7,
      [
        ['2026-09-20', '周日'],
        ['2026-10-10', '周六'],
      ],
    ],
  ],
} as const;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
const daysInclusive = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

describe('official calendars', () => {
  it('ship 2025 and 2026 and pass their own validation', () => {
    expect(OFFICIAL_CALENDARS.map((year) => year.year)).toEqual([2025, 2026]);
    for (const year of OFFICIAL_CALENDARS) expect(() => validateYearArrangement(year)).not.toThrow();
  });

  describe.each(Object.entries(NOTICES))('%s', (year, notice) => {
    const arrangement = OFFICIAL_CALENDARS.find((candidate) => candidate.year === Number(year))!;

    it('matches the notice festival by festival', () => {
      expect(
        arrangement.festivals.map((festival) => [
          festival.name.zh,
          festival.from,
          weekday(festival.from),
          festival.to,
          weekday(festival.to),
          daysInclusive(festival.from, festival.to),
          (festival.makeUpWorkdays ?? []).map((date) => [date, weekday(date)]),
        ]),
      ).toEqual(notice);
    });

    it('names every festival in English too', () => {
      for (const festival of arrangement.festivals) expect(festival.name.en).toMatch(/\w/);
    });
  });

  // 261 weekdays each year, minus the weekday holidays (18 in 2025, 19 in 2026), plus the make-up days (5, 6).
  it('count 248 working days in 2025 and 248 in 2026', () => {
    const calendar = createWorkingCalendar();
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('merge Mid-Autumn into National Day in 2025 but not in 2026', () => {
    const names = (year: number) =>
      OFFICIAL_CALENDARS.find((candidate) => candidate.year === year)!.festivals.map((festival) => festival.name);
    expect(names(2025)).toContain(FESTIVAL_NAMES.nationalDayAndMidAutumn);
    expect(names(2026)).toEqual(expect.arrayContaining([FESTIVAL_NAMES.midAutumn, FESTIVAL_NAMES.nationalDay]));
  });
});
