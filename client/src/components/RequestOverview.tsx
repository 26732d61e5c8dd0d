import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';

/** The facts of a request at a glance: number, applicant, dates. */
export function RequestOverview({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const items = [
    // 办件编号 as offices write it; requests filed before numbers existed show their internal id.
    { key: 'id', label: t('detail.requestNo'), children: request.number ?? request.id },
    { key: 'org', label: t('detail.applicant'), children: request.applicant.orgName },
    { key: 'user', label: t('detail.applicantUser'), children: request.applicant.displayName },
    // 窗口受理: the clerk who filed it for the enterprise, with their window's department.
    ...(request.filedBy
      ? [
          {
            key: 'filedBy',
            label: t('detail.filedBy'),
            children: (
              <span data-testid="filed-by">{`${request.filedBy.displayName}（${request.filedBy.orgName}）`}</span>
            ),
          },
        ]
      : []),
    { key: 'submitted', label: t('detail.submittedAt'), children: formatDateTime(request.createdAt) },
    ...(request.completedAt
      ? [{ key: 'completed', label: t('detail.completedAt'), children: formatDateTime(request.completedAt) }]
      : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}
