import { createWorkingCalendar } from '@tongban/workflows';
import { clockLevelAt, requestDeadlineView, stepDeadlineView, workingDaysLeft } from './deadline-view';

// Explicit instants only: what is left depends on the day it is asked.
describe('workingDaysLeft', () => {
  // Five working days from Friday 13 February 2026 (China time), across the Spring Festival
  // (15–23 February off; Saturday 14 and Saturday 28 February worked instead).
  const dueAt = createWorkingCalendar().deadlineAfterWorkingDays('2026-02-13T02:00:00.000Z', 5);

  it('counts a five-working-day limit as 5 on the day it starts', () => {
    expect(dueAt).toBe('2026-02-27T16:00:00.000Z');
    expect(workingDaysLeft(dueAt, '2026-02-13T02:00:00.000Z')).toBe(5);
  });

  it('skips the Spring Festival holiday and counts its make-up Saturday', () => {
    expect(workingDaysLeft(dueAt, '2026-02-14T03:00:00.000Z')).toBe(4);
    // In the holiday: 24–27 February are left, though 11 calendar days remain.
    expect(workingDaysLeft(dueAt, '2026-02-16T03:00:00.000Z')).toBe(4);
    expect(workingDaysLeft(dueAt, '2026-02-23T15:59:59.000Z')).toBe(4);
    expect(workingDaysLeft(dueAt, '2026-02-24T00:30:00.000Z')).toBe(3);
  });

  it('is 0 on the last day and counts working days overdue after it', () => {
    expect(workingDaysLeft(dueAt, '2026-02-27T15:59:59.999Z')).toBe(0);
    // Saturday 28 February is a make-up workday; Sunday 1 March is not.
    expect(workingDaysLeft(dueAt, '2026-02-28T01:00:00.000Z')).toBe(-1);
    expect(workingDaysLeft(dueAt, '2026-03-01T01:00:00.000Z')).toBe(-1);
    expect(workingDaysLeft(dueAt, '2026-03-02T01:00:00.000Z')).toBe(-2);
  });

  it('reads the day in China time, not the host time zone', () => {
    // 17:00 UTC on Thursday 26 February is already Friday 27 February in Beijing.
    expect(workingDaysLeft(dueAt, '2026-02-26T17:00:00.000Z')).toBe(0);
  });
});

describe('clockLevelAt', () => {
  const clock = {
    remindAt: '2026-02-26T16:00:00.000Z',
    dueAt: '2026-02-27T16:00:00.000Z',
    redAt: '2026-03-03T16:00:00.000Z',
  };

  it('moves from on time to reminded, 黄牌 and 红牌 at the clock moments, as the ticks do', () => {
    expect(clockLevelAt(clock, '2026-02-26T15:59:59.999Z')).toBe('on_time');
    expect(clockLevelAt(clock, '2026-02-26T16:00:00.000Z')).toBe('reminded');
    expect(clockLevelAt(clock, '2026-02-27T16:00:00.000Z')).toBe('yellow');
    expect(clockLevelAt(clock, '2026-03-03T16:00:00.000Z')).toBe('red');
    expect(clockLevelAt({ dueAt: clock.dueAt, redAt: clock.redAt }, '2026-02-27T00:00:00.000Z')).toBe('on_time');
  });

  it('gives no deadline for a step without a time limit', () => {
    expect(stepDeadlineView({}, '2026-02-27T00:00:00.000Z')).toBeUndefined();
    expect(stepDeadlineView(clock, '2026-03-02T01:00:00.000Z')).toEqual({
      dueAt: clock.dueAt,
      level: 'yellow',
      workingDaysLeft: -2,
    });
  });
});

describe('requestDeadlineView', () => {
  const deadline = { dueAt: '2026-02-27T16:00:00.000Z', level: 'on_time', paused: false };

  it('adds the working days left while the request runs', () => {
    expect(requestDeadlineView(deadline, true, '2026-02-16T03:00:00.000Z')).toEqual({
      ...deadline,
      workingDaysLeft: 4,
    });
  });

  it('leaves them out once the request is closed or while it is paused for 补正', () => {
    expect(requestDeadlineView(deadline, false, '2026-02-16T03:00:00.000Z')).toEqual(deadline);
    const paused = { ...deadline, paused: true };
    expect(requestDeadlineView(paused, true, '2026-02-16T03:00:00.000Z')).toEqual(paused);
  });
});
