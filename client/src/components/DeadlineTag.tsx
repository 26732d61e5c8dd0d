import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestDeadline, StepDeadline } from '../api/types';
import { deadlineLabel } from '../lib/deadline-label';
import { formatDateTime } from '../lib/format-date-time';

/**
 * A deadline as a badge: the request's 办结时限, or a step's time limit
 * (`step`). 红牌 / 黄牌 when late, else the working days left as the server
 * counts them by the official calendar (and 时限预警 beside them when
 * `atRisk`), 暂停 while the request is with the applicant for correction.
 */
export function DeadlineTag({
  deadline,
  atRisk = false,
  step = false,
}: {
  deadline: RequestDeadline | StepDeadline | undefined;
  atRisk?: boolean;
  step?: boolean;
}) {
  const { t } = useTranslation();
  if (!deadline) return null;
  const label = deadlineLabel(deadline);
  if (!label) return null;
  if (label.key === 'paused') return <Tag>{t('deadline.paused')}</Tag>;
  const tag = <Tag color={label.color}>{t(`deadline.${label.key}`, { days: label.days })}</Tag>;
  const due = formatDateTime(deadline.dueAt);
  const dueTag = <Tooltip title={t(step ? 'deadline.stepDue' : 'deadline.due', { at: due })}>{tag}</Tooltip>;
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
