import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { requestListQuery } from '../api/requests';
import type { RequestSummary } from '../api/types';
import { useSession } from '../auth/session-context';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { RequestStatusTag } from '../components/RequestStatusTag';
import { formatDateTime } from '../lib/format-date-time';

/** 我的办件: the requests of the user's organisation, newest first; a row opens the request. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ability } = useSession();
  const requests = useQuery(requestListQuery);

  const columns: TableColumnsType<RequestSummary> = [
    {
      key: 'process',
      title: t('requests.process'),
      render: (_, request) => <Link to={`/requests/${encodeURIComponent(request.id)}`}>{request.processName}</Link>,
    },
    {
      key: 'status',
      title: t('requests.status'),
      render: (_, request) => <RequestStatusTag status={request.status} />,
    },
    {
      key: 'step',
      title: t('requests.currentStep'),
      render: (_, request) => request.currentStepNames.join('、') || '—',
      responsive: ['sm'],
    },
    {
      key: 'created',
      title: t('requests.submittedAt'),
      render: (_, request) => formatDateTime(request.createdAt),
      responsive: ['md'],
    },
    { key: 'updated', title: t('requests.updatedAt'), render: (_, request) => formatDateTime(request.updatedAt) },
  ];

  if (requests.isError) return <PageError error={requests.error} onRetry={() => void requests.refetch()} />;

  return (
    <>
      <PageHeader title={t('requests.title')} subtitle={t('requests.subtitle')} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<RequestSummary>
          rowKey="id"
          columns={columns}
          dataSource={requests.data}
          loading={requests.isPending}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          onRow={(request) => ({
            onClick: () => void navigate(`/requests/${encodeURIComponent(request.id)}`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: (
              <Empty description={t('requests.empty')}>
                {ability.can('start', 'Process') ? (
                  <Button type="primary" onClick={() => void navigate('/catalogue')}>
                    {t('requests.goCatalogue')}
                  </Button>
                ) : null}
              </Empty>
            ),
          }}
        />
      </Card>
    </>
  );
}
