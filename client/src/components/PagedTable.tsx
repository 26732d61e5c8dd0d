import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showTotalOf } from '../lib/list-total';
import type { Page } from '../api/directory';
import { PageError } from './PageError';

/** Which page of a server-paged list is shown, and how many rows a page has. */
export function usePaging(initialPageSize = 20) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  return {
    page,
    pageSize,
    /** Back to the first page, as a changed filter must. */
    restart: () => setPage(1),
    turn: (next: number, size: number) => {
      setPage(next);
      setPageSize(size);
    },
  };
}

/**
 * A list the server pages (`{ items, total }`), with its loading and error
 * states: the administrators' lists of organisations and users.
 */
export function PagedTable<T extends { id: string }>({
  list,
  paging,
  columns,
}: {
  list: UseQueryResult<Page<T>>;
  paging: ReturnType<typeof usePaging>;
  columns: TableColumnsType<T>;
}) {
  const { t } = useTranslation();
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<T>
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data?.items}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: showTotalOf(t),
        onChange: paging.turn,
      }}
      columns={columns}
    />
  );
}
