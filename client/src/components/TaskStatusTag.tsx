import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../api/types';
import { TASK_STATUS_COLOURS } from '../lib/status-colours';

/** 待办 / 已同意 / 已驳回 / 已取消 / 已委派 / 已转交 / 等待中, coloured. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_STATUS_COLOURS[status] ?? 'default'} data-testid="task-status">
      {t(`taskStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
