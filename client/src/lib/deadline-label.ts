/** What a deadline badge says and its colour, from the server's level and working days left. */
export interface DeadlineLabel {
  /** An i18n key under `deadline.` */
  key: 'red' | 'yellow' | 'daysLeft' | 'dueToday' | 'overdue' | 'paused';
  days?: number;
  color: string | undefined;
}

/**
 * 红牌 / 黄牌 once late (the clock's level, as the server counts it), else the
 * working days left by the official calendar (the server counts them: weekends,
 * holidays and make-up workdays), 今日到期 on the last day. A deadline the server
 * gives no working days for (a paused or closed request) shows its level only.
 */
export function deadlineLabel(deadline: {
  level: string;
  paused?: boolean;
  workingDaysLeft?: number;
}): DeadlineLabel | undefined {
  if (deadline.paused) return { key: 'paused', color: undefined };
  if (deadline.level === 'red') return { key: 'red', color: 'red' };
  if (deadline.level === 'yellow') return { key: 'yellow', color: 'gold' };
  const days = deadline.workingDaysLeft;
  if (days === undefined) return undefined;
  const color = deadline.level === 'reminded' ? 'orange' : 'blue';
  if (days > 0) return { key: 'daysLeft', days, color };
  if (days === 0) return { key: 'dueToday', color: 'orange' };
  return { key: 'overdue', days: -days, color: 'gold' };
}
