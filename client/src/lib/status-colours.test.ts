import { stepDisplayStatus, timelineColour } from './status-colours';

describe('stepDisplayStatus', () => {
  it('shows the active step as in process and decided steps as finished or failed', () => {
    expect(stepDisplayStatus('active')).toBe('process');
    expect(stepDisplayStatus('approved')).toBe('finish');
    expect(stepDisplayStatus('rejected')).toBe('error');
    expect(stepDisplayStatus('pending')).toBe('wait');
    expect(stepDisplayStatus('skipped')).toBe('wait');
  });

  it('shows a parallel or branch step that ended (completed) as finished, not as no status at all', () => {
    expect(stepDisplayStatus('completed')).toBe('finish');
  });
});

describe('timelineColour', () => {
  it('colours decisions and leaves unknown actions neutral', () => {
    expect(timelineColour('approve')).toBe('green');
    expect(timelineColour('reject')).toBe('red');
    expect(timelineColour('transfer')).toBe('gray');
    expect(timelineColour('return')).toBe('orange');
    expect(timelineColour('auto_reject')).toBe('red');
    expect(timelineColour('resubmit')).toBe('blue');
    expect(timelineColour('unknown_code')).toBe('gray');
  });
});
