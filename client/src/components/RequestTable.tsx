import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Grid, List, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { requestPageQuery } from '../api/requests';
import type { RequestSummary } from '../api/types';
import type { RequestFilters } from '../lib/request-filters';
import { formatDateTime } from '../lib/format-date-time';
import { showTotalOf } from '../lib/list-total';
import { DeadlineTag } from './DeadlineTag';
import { PageError } from './PageError';
import { RequestStatusTag } from './RequestStatusTag';
import { usePaging } from './PagedTable';

/**
 * The requests the caller may read under `filters`, paged by the server; back
 * to the first page whenever the filters change.
 */
export function RequestList({
  filters,
  empty,
  showApplicant,
}: {
  filters: RequestFilters;
  empty: ReactNode;
  showApplicant?: boolean;
}) {
  const paging = usePaging(20);
  // Adjusted while rendering (React's pattern for state derived from props), so a changed filter
  // never asks the server for the old page number first.
  const filterKey = JSON.stringify(filters);
  const [pagedFor, setPagedFor] = useState(filterKey);
  if (pagedFor !== filterKey) {
    setPagedFor(filterKey);
    paging.restart();
  }
  const list = useQuery(requestPageQuery(filters, paging.page, paging.pageSize));
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <RequestTable
      requests={list.data?.items}
      total={list.data?.total}
      paging={paging}
      loading={list.isPending || list.isPlaceholderData}
      empty={empty}
      showApplicant={showApplicant}
    />
  );
}

/**
 * Requests the server pages: a table (编号, process, status, current step,
 * dates; 申请单位 when `showApplicant`), or on a phone (below antd's `sm`,
 * 576px) one card per request, so nothing is cut off. A row or card opens the
 * request; 共 N 条 is the server's count of the whole list.
 */
export function RequestTable({
  requests,
  total,
  paging,
  loading,
  empty,
  showApplicant = false,
}: {
  requests: readonly RequestSummary[] | undefined;
  total: number | undefined;
  paging: ReturnType<typeof usePaging>;
  loading: boolean;
  empty: ReactNode;
  showApplicant?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const open = (request: RequestSummary) => void navigate(`/requests/${encodeURIComponent(request.id)}`);
  const pagination = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: showTotalOf(t),
    onChange: paging.turn,
  };
  const status = (request: RequestSummary) => (
    <Flex gap={4} wrap>
      <RequestStatusTag status={request.status} />
      {request.status === 'in_progress' ? (
        <DeadlineTag deadline={request.deadline} atRisk={request.deadline?.atRisk} />
      ) : null}
    </Flex>
  );

  // On a phone: cards. `sm` is undefined until antd has measured the screen; a table is the default.
  if (screens.sm === false)
    return (
      <List<RequestSummary>
        data-testid="request-cards"
        loading={loading}
        dataSource={requests ? [...requests] : []}
        locale={{ emptyText: empty ?? <Empty /> }}
        pagination={{ ...pagination, size: 'small', showSizeChanger: false, align: 'center' }}
        renderItem={(request) => (
          <List.Item style={{ padding: '4px 0', borderBlockEnd: 'none' }}>
            <Card
              size="small"
              style={{ width: '100%', cursor: 'pointer' }}
              onClick={() => open(request)}
              data-testid="request-card"
            >
              <Flex vertical gap={4}>
                <Flex justify="space-between" align="start" gap={8}>
                  <Link to={`/requests/${encodeURIComponent(request.id)}`} onClick={(event) => event.stopPropagation()}>
                    {request.processName}
                  </Link>
                  {status(request)}
                </Flex>
                <Typography.Text type="secondary" copyable={{ text: request.number ?? request.id }}>
                  {request.number ?? request.id}
                </Typography.Text>
                {showApplicant && request.applicant ? <span>{request.applicant.orgName}</span> : null}
                <span>
                  {t('requests.currentStep')}：{request.currentStepNames.join('、') || '—'}
                </span>
                <Typography.Text type="secondary">
                  {t('requests.updatedAt')}：{formatDateTime(request.updatedAt)}
                </Typography.Text>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );

  const columns: TableColumnsType<RequestSummary> = [
    {
      key: 'number',
      title: t('detail.requestNo'),
      render: (_, request) => request.number ?? request.id,
    },
    {
      key: 'process',
      title: t('requests.process'),
      render: (_, request) => <Link to={`/requests/${encodeURIComponent(request.id)}`}>{request.processName}</Link>,
    },
    ...(showApplicant
      ? [
          {
            key: 'applicant',
            title: t('requests.applicantOrg'),
            render: (_: unknown, request: RequestSummary) => request.applicant?.orgName ?? '—',
          },
        ]
      : []),
    { key: 'status', title: t('requests.status'), render: (_, request) => status(request) },
    {
      key: 'step',
      title: t('requests.currentStep'),
      render: (_, request) => request.currentStepNames.join('、') || '—',
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
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      onRow={(request) => ({ onClick: () => open(request), style: { cursor: 'pointer' } })}
      locale={{ emptyText: empty }}
    />
  );
}
