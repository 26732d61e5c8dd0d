import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RequestDeadline } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';

/**
 * The request's 办结时限 as a badge: 红牌 / 黄牌 when late, the days left
 * otherwise (and 时限预警 beside them when `atRisk`), 暂停 while it is with the
 * applicant for correction.
 */
export function DeadlineTag({ deadline, atRisk = false }: { deadline: RequestDeadline | undefined; atRisk?: boolean }) {
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
  const dueTag = <Tooltip title={t('deadline.due', { at: due })}>{tag}</Tooltip>;
  // Not late yet, but the days left cannot hold the steps to come: say so beside the days left.
  if (!atRisk || deadline.level === 'red' || deadline.level === 'yellow') return dueTag;
  return (
    <>
      {dueTag}
      <Tooltip title={t('deadline.atRiskHint')}>
        <Tag color="gold" data-testid="deadline-at-risk">
          {t('deadline.atRisk')}
        </Tag>
      </Tooltip>
    </>
  );
}
