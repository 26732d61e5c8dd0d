import type { YearArrangement } from './calendar-data';
import { FESTIVAL_NAMES as F } from './festival-names';

/**
 * 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号,
 * 2024-11-12). The first year under the 2024 revision of the holiday
 * regulation: New Year's Eve (除夕) and 2 May became statutory days off.
 */
export const holidays2025: YearArrangement = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
  festivals: [
    // 1 Jan is a Wednesday, so a single day off and nothing to make up.
    { name: F.newYear, from: '2025-01-01', to: '2025-01-01' },
    { name: F.springFestival, from: '2025-01-28', to: '2025-02-04', makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
    { name: F.qingming, from: '2025-04-04', to: '2025-04-06' },
    { name: F.labourDay, from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
    { name: F.dragonBoat, from: '2025-05-31', to: '2025-06-02' },
    // Mid-Autumn (6 Oct) falls inside the National Day week; the notice merges them into 8 days.
    {
      name: F.nationalDayAndMidAutumn,
      from: '2025-10-01',
      to: '2025-10-08',
      makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    },
  ],
};
