import { growthPointRequestId, previousChinaMonth } from './growth-point-round';

describe('previousChinaMonth', () => {
  it('is the month before the China date, across the year and the UTC day boundary', () => {
    expect(previousChinaMonth(new Date('2026-11-01T00:00:00+08:00'))).toBe('2026-10');
    // 31 December 17:00 UTC is already 1 January in China.
    expect(previousChinaMonth(new Date('2026-12-31T17:00:00Z'))).toBe('2026-12');
    expect(previousChinaMonth(new Date('2027-01-01T08:00:00+08:00'))).toBe('2026-12');
    expect(previousChinaMonth(new Date('2026-03-31T15:59:59Z'))).toBe('2026-02');
  });
});

it('names a report request by month and enterprise, within the API’s id alphabet', () => {
  expect(growthPointRequestId('2026-10', 'org-gp-001')).toBe('req-gp-2026-10-org-gp-001');
  expect(growthPointRequestId('2026-10', 'org-gp-001')).toMatch(/^[A-Za-z0-9._@-]{1,128}$/);
});
