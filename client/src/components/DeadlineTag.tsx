import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RequestDeadline } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';

/**
 * The request's 办结时限 as a badge: 红牌 / 黄牌 when late, the days left
 * otherwise, 暂停 while it is with the applicant for correction.
 */
export function DeadlineTag({ deadline }: { deadline: RequestDeadline | undefined }) {
  const { t } = useTranslation();
  if (!deadline) return null;
  const due = formatDateTime(deadline.dueAt);
  if (deadline.paused) return <Tag>{t('deadline.paused')}</Tag>;
  const tag =
    deadline.level === 'red' ? (
      <Tag color="red">{t('deadline.red')}</Tag>
    ) : deadline.level === 'yellow' ? (
      <Tag color="gold">{t('deadline.yellow')}</Tag>
    ) : (
      <Tag color={deadline.level === 'reminded' ? 'orange' : 'blue'}>
        {t('deadline.daysLeft', { days: Math.max(0, dayjs(deadline.dueAt).diff(dayjs(), 'day')) })}
      </Tag>
    );
  return <Tooltip title={t('deadline.due', { at: due })}>{tag}</Tooltip>;
}
