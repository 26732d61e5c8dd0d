import type { YearArrangement } from './calendar-data';
import { FESTIVAL_NAMES as F } from './festival-names';

/** 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, published by Xinhua the same day). */
export const holidays2026: YearArrangement = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  festivals: [
    { name: F.newYear, from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
    // Nine days this year: from 腊月二十八 to 正月初七.
    { name: F.springFestival, from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
    { name: F.qingming, from: '2026-04-04', to: '2026-04-06' },
    { name: F.labourDay, from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
    { name: F.dragonBoat, from: '2026-06-19', to: '2026-06-21' },
    { name: F.midAutumn, from: '2026-09-25', to: '2026-09-27' },
    { name: F.nationalDay, from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
  ],
};
