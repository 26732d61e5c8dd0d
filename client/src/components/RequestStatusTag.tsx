import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../api/types';
import { REQUEST_STATUS_COLOURS } from '../lib/status-colours';

/** 办理中 / 退回补正 / 办结 / 未通过 / 已撤回, coloured; an unknown status shows as sent. */
export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REQUEST_STATUS_COLOURS[status] ?? 'default'} data-testid="request-status">
      {t(`requestStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
