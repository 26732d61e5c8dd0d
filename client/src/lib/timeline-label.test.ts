import type { TimelineEntry } from '../api/types';
import { lastReturnComment, timelineLabel } from './timeline-label';

const entry = (fields: Partial<TimelineEntry>): TimelineEntry => ({
  seq: 1,
  at: '2026-01-01T00:00:00Z',
  actor: null,
  action: 'approve',
  ...fields,
});

describe('timelineLabel', () => {
  it('uses the plain key of an action, unknown codes included', () => {
    expect(timelineLabel(entry({ action: 'yellow_card' }))).toEqual({ key: 'timelineAction.yellow_card', values: {} });
    expect(timelineLabel(entry({ action: 'mystery' })).key).toBe('timelineAction.mystery');
  });

  it('says where a return went: the applicant or an earlier step by name', () => {
    expect(timelineLabel(entry({ action: 'return', to: 'applicant' })).key).toBe('timelineAction.return_applicant');
    expect(
      timelineLabel(entry({ action: 'return', to: 's1' }), [{ id: 's1', name: '初审', status: 'approved' }]),
    ).toEqual({ key: 'timelineAction.return_step', values: { step: '初审' } });
    expect(timelineLabel(entry({ action: 'return', to: 'gone' })).values).toEqual({ step: 'gone' });
    expect(timelineLabel(entry({ action: 'return' })).key).toBe('timelineAction.return');
  });

  it('says to whom a transfer or delegation went', () => {
    const target = { userId: 'u1', displayName: '刘洋', orgName: '银行' };
    expect(timelineLabel(entry({ action: 'transfer', target }))).toEqual({
      key: 'timelineAction.transfer_to',
      values: { name: '刘洋' },
    });
    expect(timelineLabel(entry({ action: 'delegate', target })).key).toBe('timelineAction.delegate_to');
    expect(timelineLabel(entry({ action: 'delegate' })).key).toBe('timelineAction.delegate');
  });
});

describe('lastReturnComment', () => {
  it('finds the latest return reason', () => {
    const timeline = [
      entry({ action: 'return', comment: '旧' }),
      entry({ action: 'resubmit' }),
      entry({ action: 'return', comment: '缺少合同' }),
      entry({ action: 'comment', comment: '其他' }),
    ];
    expect(lastReturnComment(timeline)).toBe('缺少合同');
    expect(lastReturnComment([entry({})])).toBeUndefined();
  });
});
