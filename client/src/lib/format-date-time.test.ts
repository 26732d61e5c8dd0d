import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('writes minutes, 24-hour, in local time', () => {
    const local = new Date(2026, 10, 27, 14, 5, 59);
    expect(formatDateTime(local.toISOString())).toBe('2026-11-27 14:05');
  });

  it('shows nothing for a missing or broken date', () => {
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});
