import type { ClockLevel } from '@tongban/workflows';
import type { Language } from '../http/language';

type Labels = Record<string, { zh: string; en: string }>;

/** A request's status as the lists show it (the client's `requestStatus`). */
export const REQUEST_STATUS_LABELS: Labels = {
  in_progress: { zh: '办理中', en: 'In progress' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  completed: { zh: '办结', en: 'Completed' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** A task's status as the inbox shows it (the client's `taskStatus`). */
export const TASK_STATUS_LABELS: Labels = {
  open: { zh: '待办', en: 'To do' },
  approved: { zh: '已同意', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  delegated: { zh: '已委派', en: 'Delegated' },
  transferred: { zh: '已转交', en: 'Transferred' },
  waiting: { zh: '等待中', en: 'Waiting' },
  informed: { zh: '抄送', en: 'Copied' },
};

/** Where a step stands against its deadline: 黄牌 / 红牌 as the deadline tags say. */
export const CLOCK_LEVEL_LABELS: Record<ClockLevel, { zh: string; en: string }> = {
  on_time: { zh: '正常', en: 'On time' },
  reminded: { zh: '临近时限', en: 'Due soon' },
  yellow: { zh: '黄牌', en: 'Yellow card' },
  red: { zh: '红牌', en: 'Red card' },
};

/** The label of `code` in the caller's language; a code without one is shown as it is. */
export function labelOf(labels: Labels, code: string | undefined, language: Language): string | undefined {
  if (code === undefined) return undefined;
  const found = labels[code];
  return found ? (language === 'en' ? found.en : found.zh) : code;
}
