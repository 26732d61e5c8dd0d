// Working days by the official Chinese holiday calendar. Pure: no clock, no I/O, no host time zone.
export * from './calendar-data';
export * from './calendar-error';
export { FESTIVAL_NAMES } from './festival-names';
export { OFFICIAL_CALENDARS } from './official-calendars';
export { CHINA_UTC_OFFSET_MS, chinaDateOf } from './iso-date';
export { MAX_FESTIVAL_DAYS, validateCalendarOverride, validateYearArrangement } from './validate-calendar-data';
export { createWorkingCalendar } from './working-calendar';
export type { CoverageStatus, DayDescription, DayKind, WorkingCalendar, YearCoverage } from './working-calendar';
