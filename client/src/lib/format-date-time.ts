import dayjs from 'dayjs';

/**
 * `2026-11-27 14:05` in the viewer's time zone: the 24-hour numeric form
 * Chinese offices write, and unambiguous in English too. Empty for no date.
 */
export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY-MM-DD HH:mm') : '';
}
