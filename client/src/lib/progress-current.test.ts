import { progressCurrent } from './progress-current';

describe('progressCurrent', () => {
  it('points at the running step, the failure, or the end', () => {
    expect(progressCurrent('in_progress', ['finish', 'process', 'wait', 'wait'])).toBe(1);
    expect(progressCurrent('rejected', ['finish', 'error', 'wait', 'error'])).toBe(1);
    expect(progressCurrent('completed', ['finish', 'finish', 'finish'])).toBe(2);
  });

  it('points at the applicant while a returned request waits for their correction, not at 办结', () => {
    expect(progressCurrent('returned', ['finish', 'wait', 'wait', 'wait'])).toBe(0);
  });
});
