import { CheckOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Popconfirm,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  actOnTasksInBatch,
  deleteView,
  savedTaskViewsQuery,
  saveView,
  taskListQuery,
  taskPageQuery,
  type BatchResult,
  type InboxFilters,
  type InboxSort,
  type InboxView,
} from '../api/tasks';
import type { TaskSummary } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';
import { showTotalOf } from '../lib/list-total';
import { DeadlineTag } from './DeadlineTag';
import { ExportButton } from './ExportButton';
import { usePaging } from './PagedTable';
import { PageError } from './PageError';
import { TaskStatusTag } from './TaskStatusTag';

const EMPTY: Record<InboxView, string> = { open: 'inbox.emptyOpen', done: 'inbox.emptyDone', cc: 'inbox.emptyCc' };

/**
 * One tab of the inbox: 待办 (open), 已办 (done) or 抄送我 (cc), narrowed by
 * process and search text, which can be kept as a saved view. A row, or its
 * 办理/查看 link, opens the task; in 待办, ticked rows can be approved at once.
 */
export function TaskTable({ view }: { view: InboxView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [processKey, setProcessKey] = useState<string>();
  const q = useDeferredValue(text.trim());
  const filters: InboxFilters = { ...(processKey ? { processKey } : {}), ...(q ? { q } : {}) };
  const paging = usePaging();
  const [sort, setSort] = useState<InboxSort>('received');
  // The server pages, sorts and counts: 共 N 条 is its total, whatever page is shown.
  const tasks = useQuery({
    ...taskPageQuery(view, filters, paging, sort),
    refetchInterval: view === 'open' ? 30_000 : false,
  });
  // The process choices come from the unfiltered list, so narrowing does not empty them.
  const unfiltered = useQuery(taskListQuery(view));
  const processes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const task of unfiltered.data ?? []) seen.set(task.processKey, task.processName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [unfiltered.data]);
  const views = useQuery(savedTaskViewsQuery);
  const [selected, setSelected] = useState<string[]>([]);
  const [batchOutcome, setBatchOutcome] = useState<BatchResult>();

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    await queryClient.invalidateQueries({ queryKey: ['requests'] });
  };
  const batch = useMutation({
    mutationFn: actOnTasksInBatch,
    onSuccess: async (result) => {
      setSelected([]);
      setBatchOutcome(result);
      await refresh();
    },
    onError: (error) => message.error(error.message),
  });
  const keepView = useMutation({
    mutationFn: saveView,
    onSuccess: async () => {
      message.success(t('inbox.viewSaved'));
      await queryClient.invalidateQueries({ queryKey: ['me', 'views'] });
    },
    onError: (error) => message.error(error.message),
  });
  const dropView = useMutation({
    mutationFn: deleteView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'views'] }),
    onError: (error) => message.error(error.message),
  });
  const tabViews = (views.data ?? []).filter((saved) => (saved.filters.status ?? 'open') === view);

  const askViewName = () => {
    let name = '';
    void modal.confirm({
      title: t('inbox.saveView'),
      content: (
        <Input
          aria-label={t('inbox.viewName')}
          placeholder={t('inbox.viewName')}
          maxLength={40}
          onChange={(event) => (name = event.target.value)}
        />
      ),
      okText: t('task.ok'),
      cancelText: t('task.cancel'),
      onOk: () => {
        if (!name.trim()) return Promise.reject(new Error('empty'));
        return keepView.mutateAsync({ name: name.trim(), list: 'tasks', filters: { status: view, ...filters } });
      },
    });
  };
  const taskPath = (task: TaskSummary) => `/tasks/${encodeURIComponent(task.id)}`;

  const columns: TableColumnsType<TaskSummary> = [
    { key: 'process', title: t('inbox.process'), dataIndex: 'processName' },
    { key: 'step', title: t('inbox.step'), dataIndex: 'stepName', responsive: ['sm'] },
    { key: 'org', title: t('inbox.applicantOrg'), dataIndex: 'applicantOrgName', responsive: ['md'] },
    // The number the search box finds, shown so a handler can tell one firm's requests apart.
    {
      key: 'request',
      title: t('detail.requestNo'),
      render: (_, task) => task.requestNumber ?? task.requestId,
      responsive: ['lg'],
    },
    view === 'open'
      ? { key: 'received', title: t('inbox.receivedAt'), render: (_, task) => formatDateTime(task.createdAt) }
      : { key: 'decided', title: t('inbox.decidedAt'), render: (_, task) => formatDateTime(task.decidedAt) },
    ...(view === 'open'
      ? [
          {
            key: 'due',
            title: t('inbox.dueAt'),
            render: (_: unknown, task: TaskSummary) =>
              task.deadline ? (
                <Flex gap={4} wrap align="center">
                  <span>{formatDateTime(task.deadline.dueAt)}</span>
                  <DeadlineTag deadline={task.deadline} step />
                </Flex>
              ) : null,
          },
        ]
      : []),
    ...(view !== 'open'
      ? [
          {
            key: 'status',
            title: t('inbox.status'),
            render: (_: unknown, task: TaskSummary) => <TaskStatusTag status={task.status} />,
          },
        ]
      : []),
    {
      key: 'actions',
      title: t('inbox.actions'),
      render: (_, task) => (
        <Link to={taskPath(task)} onClick={(event) => event.stopPropagation()}>
          {view === 'open' ? t('inbox.handle') : t('common.view')}
        </Link>
      ),
    },
  ];

  // On a phone (below antd's `sm`, 576px) cards, so the deadline is not cut off; batch approve stays on a desk.
  const phone = screens.sm === false;
  const pagination = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: tasks.data?.total ?? 0,
    showTotal: showTotalOf(t),
    onChange: paging.turn,
  };

  if (tasks.isError) return <PageError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const failures = batchOutcome?.results.filter((result) => !result.ok) ?? [];
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('inbox.search')}
          placeholder={t('inbox.searchPlaceholder')}
          allowClear
          style={{ maxWidth: 240 }}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            paging.restart();
          }}
        />
        <Select
          aria-label={t('inbox.process')}
          allowClear
          placeholder={t('dashboard.allProcesses')}
          style={{ minWidth: 160 }}
          value={processKey}
          options={processes}
          onChange={(value?: string) => {
            setProcessKey(value);
            paging.restart();
          }}
        />
        {view === 'open' ? (
          <Select<InboxSort>
            aria-label={t('inbox.sortByDue')}
            style={{ minWidth: 150 }}
            value={sort}
            options={[
              { value: 'received', label: t('inbox.sortByReceived') },
              { value: 'due', label: t('inbox.sortByDue') },
            ]}
            onChange={(value) => {
              setSort(value);
              paging.restart();
            }}
          />
        ) : null}
        <Select
          aria-label={t('inbox.views')}
          placeholder={t('inbox.views')}
          style={{ minWidth: 140 }}
          value={null}
          loading={views.isPending}
          options={tabViews.map((saved) => ({
            value: saved.id,
            label: (
              <Flex justify="space-between" align="center" gap={8}>
                <span>{saved.name}</span>
                <Popconfirm
                  title={t('inbox.deleteView')}
                  onConfirm={() => dropView.mutate(saved.id)}
                  okText={t('task.ok')}
                  cancelText={t('task.cancel')}
                >
                  <DeleteOutlined
                    aria-label={t('inbox.deleteViewNamed', { name: saved.name })}
                    onClick={(event) => event.stopPropagation()}
                  />
                </Popconfirm>
              </Flex>
            ),
          }))}
          notFoundContent={t('inbox.noViews')}
          onChange={(id: string) => {
            const saved = tabViews.find((candidate) => candidate.id === id);
            setProcessKey(saved?.filters.processKey ? String(saved.filters.processKey) : undefined);
            setText(saved?.filters.q ? String(saved.filters.q) : '');
          }}
        />
        <Button icon={<SaveOutlined />} disabled={Object.keys(filters).length === 0} onClick={askViewName}>
          {t('inbox.saveView')}
        </Button>
        <ExportButton
          path="/tasks/export.xlsx"
          params={{ status: view, ...filters, ...(sort === 'due' ? { sort } : {}) }}
          fallbackName={`tasks-${view}.xlsx`}
        />
        {view === 'open' && !phone ? (
          <Popconfirm
            title={t('inbox.batchConfirm', { count: selected.length })}
            okText={t('task.ok')}
            cancelText={t('task.cancel')}
            disabled={selected.length === 0}
            onConfirm={() => batch.mutate({ action: 'approve', taskIds: selected, comment: t('inbox.batchOpinion') })}
          >
            <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={batch.isPending}>
              {t('inbox.batchApprove', { count: selected.length })}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
      {batchOutcome ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          closable={{ onClose: () => setBatchOutcome(undefined) }}
          type={failures.length === 0 ? 'success' : 'warning'}
          data-testid="batch-outcome"
          title={t('inbox.batchDone', { ok: batchOutcome.results.length - failures.length, failed: failures.length })}
          description={
            failures.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failures.map((failure) => (
                  <li key={failure.taskId}>{failure.ok ? '' : failure.error.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      {phone ? (
        <List<TaskSummary>
          data-testid="task-cards"
          loading={tasks.isPending}
          dataSource={tasks.data?.items ? [...tasks.data.items] : []}
          locale={{ emptyText: <Empty description={t(EMPTY[view])} /> }}
          pagination={{ ...pagination, size: 'small', align: 'center' }}
          renderItem={(task) => (
            <List.Item style={{ padding: '4px 0', borderBlockEnd: 'none' }}>
              <TaskCard task={task} view={view} path={taskPath(task)} />
            </List.Item>
          )}
        />
      ) : (
        <Table<TaskSummary>
          rowKey="id"
          columns={columns}
          dataSource={tasks.data?.items}
          loading={tasks.isPending}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          onRow={(task) => ({ onClick: () => void navigate(taskPath(task)), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t(EMPTY[view])} /> }}
          {...(view === 'open'
            ? {
                rowSelection: {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                },
              }
            : {})}
        />
      )}
    </>
  );
}

/**
 * One task as a phone shows it: the process and its deadline (or what became of it) on top,
 * then the 办件编号, the step and the applicant, and when it came or was decided. The card
 * opens the task.
 */
function TaskCard({ task, view, path }: { task: TaskSummary; view: InboxView; path: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      style={{ width: '100%', cursor: 'pointer' }}
      onClick={() => void navigate(path)}
      data-testid="task-card"
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Link to={path} onClick={(event) => event.stopPropagation()}>
            {task.processName}
          </Link>
          {view === 'open' ? <DeadlineTag deadline={task.deadline} step /> : <TaskStatusTag status={task.status} />}
        </Flex>
        <Typography.Text type="secondary">{task.requestNumber ?? task.requestId}</Typography.Text>
        <span>
          {task.stepName}
          {task.applicantOrgName ? ` · ${task.applicantOrgName}` : ''}
        </span>
        <Typography.Text type="secondary">
          {view === 'open'
            ? task.deadline
              ? `${t('inbox.dueAt')}：${formatDateTime(task.deadline.dueAt)}`
              : `${t('inbox.receivedAt')}：${formatDateTime(task.createdAt)}`
            : `${t('inbox.decidedAt')}：${formatDateTime(task.decidedAt)}`}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
