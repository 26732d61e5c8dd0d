import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RequestSummary } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';
import { DeadlineTag } from './DeadlineTag';
import { RequestStatusTag } from './RequestStatusTag';

/** Requests as a table: process (a link), status, current step, dates; a row opens the request. */
export function RequestTable({
  requests,
  loading,
  empty,
}: {
  requests: readonly RequestSummary[] | undefined;
  loading: boolean;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableColumnsType<RequestSummary> = [
    {
      key: 'process',
      title: t('requests.process'),
      render: (_, request) => <Link to={`/requests/${encodeURIComponent(request.id)}`}>{request.processName}</Link>,
    },
    {
      key: 'number',
      title: t('detail.requestNo'),
      render: (_, request) => request.number ?? request.id,
      responsive: ['lg'],
    },
    {
      key: 'status',
      title: t('requests.status'),
      render: (_, request) => (
        <>
          <RequestStatusTag status={request.status} />
          {request.status === 'in_progress' ? (
            <DeadlineTag deadline={request.deadline} atRisk={request.deadline?.atRisk} />
          ) : null}
        </>
      ),
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
  return (
    <Table<RequestSummary>
      rowKey="id"
      columns={columns}
      dataSource={requests ? [...requests] : undefined}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      onRow={(request) => ({
        onClick: () => void navigate(`/requests/${encodeURIComponent(request.id)}`),
        style: { cursor: 'pointer' },
      })}
      locale={{ emptyText: empty }}
    />
  );
}
