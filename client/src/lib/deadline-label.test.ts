import { deadlineLabel } from './deadline-label';

describe('deadlineLabel', () => {
  it('shows the working days the server counted, not calendar days', () => {
    // A five-working-day promise across the Spring Festival: the server says 4 are left.
    expect(deadlineLabel({ level: 'on_time', workingDaysLeft: 4 })).toEqual({
      key: 'daysLeft',
      days: 4,
      color: 'blue',
    });
    expect(deadlineLabel({ level: 'reminded', workingDaysLeft: 1 })).toEqual({
      key: 'daysLeft',
      days: 1,
      color: 'orange',
    });
    expect(deadlineLabel({ level: 'reminded', workingDaysLeft: 0 })).toEqual({ key: 'dueToday', color: 'orange' });
  });

  it('shows 黄牌 and 红牌 once late, and the pause during 补正', () => {
    expect(deadlineLabel({ level: 'yellow', workingDaysLeft: -1 })?.key).toBe('yellow');
    expect(deadlineLabel({ level: 'red', workingDaysLeft: -4 })).toEqual({ key: 'red', color: 'red' });
    expect(deadlineLabel({ level: 'on_time', paused: true, workingDaysLeft: 3 })?.key).toBe('paused');
  });

  it('says nothing of days it was not given (a closed request)', () => {
    expect(deadlineLabel({ level: 'on_time' })).toBeUndefined();
  });
});
