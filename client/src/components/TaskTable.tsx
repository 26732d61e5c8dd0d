import { useQuery } from '@tanstack/react-query';
import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { taskListQuery, type InboxView } from '../api/tasks';
import type { TaskSummary } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';
import { PageError } from './PageError';
import { TaskStatusTag } from './TaskStatusTag';

const EMPTY: Record<InboxView, string> = { open: 'inbox.emptyOpen', done: 'inbox.emptyDone', cc: 'inbox.emptyCc' };

/** One tab of the inbox: 待办 (open), 已办 (done) or 抄送我 (cc). A row, or its 办理/查看 link, opens the task. */
export function TaskTable({ view }: { view: InboxView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tasks = useQuery({ ...taskListQuery(view), refetchInterval: view === 'open' ? 30_000 : false });
  const taskPath = (task: TaskSummary) => `/tasks/${encodeURIComponent(task.id)}`;

  const columns: TableColumnsType<TaskSummary> = [
    { key: 'process', title: t('inbox.process'), dataIndex: 'processName' },
    { key: 'step', title: t('inbox.step'), dataIndex: 'stepName', responsive: ['sm'] },
    { key: 'org', title: t('inbox.applicantOrg'), dataIndex: 'applicantOrgName', responsive: ['md'] },
    view === 'open'
      ? { key: 'received', title: t('inbox.receivedAt'), render: (_, task) => formatDateTime(task.createdAt) }
      : { key: 'decided', title: t('inbox.decidedAt'), render: (_, task) => formatDateTime(task.decidedAt) },
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

  if (tasks.isError) return <PageError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <Table<TaskSummary>
      rowKey="id"
      columns={columns}
      dataSource={tasks.data}
      loading={tasks.isPending}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      onRow={(task) => ({ onClick: () => void navigate(taskPath(task)), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <Empty description={t(EMPTY[view])} /> }}
    />
  );
}
