import type { LocalizedText } from '../dsl/process-definition';

/** The festivals of the national holiday regulation (全国年节及纪念日放假办法), as the notices name them. */
export const FESTIVAL_NAMES = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  nationalDayAndMidAutumn: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
} as const satisfies Record<string, LocalizedText>;
