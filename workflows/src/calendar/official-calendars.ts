import type { YearArrangement } from './calendar-data';
import { holidays2025 } from './holidays-2025';
import { holidays2026 } from './holidays-2026';

/**
 * The State Council's holiday arrangements Tongban ships, one per year.
 * Each November the next year's notice is published; add it here as
 * `holidays-YYYY.ts` (administrators can supply it as an override meanwhile).
 */
export const OFFICIAL_CALENDARS: readonly YearArrangement[] = [holidays2025, holidays2026];
