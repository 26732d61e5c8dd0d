import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { statsQuery, type Stats } from '../api/stats';
import { useSession } from '../auth/session-context';
import { EChart } from '../components/EChart';
import { ExportButton } from '../components/ExportButton';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { formatDateTime } from '../lib/format-date-time';
import { searchPathOfFigure, type DashboardFigure, type DashboardScope } from '../lib/request-filters';

const STATUS_ORDER = ['in_progress', 'returned', 'completed', 'rejected', 'withdrawn'];
const days = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/**
 * 统计看板: requests by status, working days per process and department
 * (median and 95th percentile), the requests each department handles now and
 * the overdue ones of them, and the ratings; over what the caller may read,
 * optionally one process and a period. Every count of requests opens 办件查询
 * with the filters that reproduce it.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const [processKey, setProcessKey] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filter = {
    processKey,
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.add(1, 'day').startOf('day').toISOString(),
  };
  const stats = useQuery(statsQuery(filter));
  // The process list comes from the unfiltered figures, so choosing one does not empty the list.
  const all = useQuery(statsQuery({}));

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          stats.data
            ? t('dashboard.generatedAt', { at: formatDateTime(stats.data.generatedAt) })
            : t('dashboard.subtitle')
        }
        extra={
          <Flex gap={8} wrap>
            <Select
              aria-label={t('dashboard.process')}
              allowClear
              placeholder={t('dashboard.allProcesses')}
              style={{ minWidth: 180 }}
              value={processKey}
              options={(all.data?.processes ?? []).map((process) => ({
                value: process.processKey,
                label: process.processName,
              }))}
              onChange={(value?: string) => setProcessKey(value)}
            />
            <DatePicker.RangePicker
              aria-label={t('dashboard.period')}
              value={range}
              onChange={(value) => setRange(value)}
            />
          </Flex>
        }
      />
      {stats.isPending ? (
        <PageLoading />
      ) : stats.isError ? (
        <PageError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.requests.total === 0 && stats.data.departments.length === 0 ? (
        <Empty description={t('dashboard.empty')} />
      ) : (
        <Figures stats={stats.data} scope={filter} />
      )}
    </>
  );
}

const DEADLINE_ORDER = ['on_time', 'reminded', 'yellow', 'red'] as const;

/**
 * A count that opens the 办件查询 list it counts (the same filters, within the
 * dashboard's process and period), so the list's 共 N 条 is this number.
 */
function FigureLink({
  figure,
  scope,
  value,
  testId,
}: {
  figure: DashboardFigure;
  scope: DashboardScope;
  value: number;
  testId?: string;
}) {
  return (
    <Link to={searchPathOfFigure(figure, scope)} data-testid={testId}>
      {value}
    </Link>
  );
}

function Figures({ stats, scope }: { stats: Stats; scope: DashboardScope }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ability } = useSession();
  const overdue = (stats.requests.byDeadline.yellow ?? 0) + (stats.requests.byDeadline.red ?? 0);
  const byStatus = STATUS_ORDER.map((status) => ({ status, count: stats.requests.byStatus[status] ?? 0 }));
  const open = (figure: DashboardFigure) => void navigate(searchPathOfFigure(figure, scope));

  const statusOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          data: byStatus
            .filter((item) => item.count > 0)
            .map((item) => ({ name: t(`requestStatus.${item.status}`), value: item.count, status: item.status })),
        },
      ],
    }),
    [byStatus, t],
  );
  const processOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', name: t('dashboard.workingDays') },
      yAxis: { type: 'category', data: stats.processes.map((process) => process.processName) },
      series: [
        { type: 'bar', name: t('dashboard.median'), data: stats.processes.map((process) => process.medianWorkingDays) },
        { type: 'bar', name: t('dashboard.p95'), data: stats.processes.map((process) => process.p95WorkingDays) },
      ],
    }),
    [stats.processes, t],
  );
  const departmentOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: stats.departments.map((department) => department.orgName) },
      // Side by side, not stacked: each bar is a count the list it opens shows as 共 N 条.
      series: [
        {
          type: 'bar',
          name: t('dashboard.handling'),
          data: stats.departments.map((department) => department.inProgress),
        },
        {
          type: 'bar',
          name: t('dashboard.handlingOverdue'),
          itemStyle: { color: '#cf1322' },
          data: stats.departments.map((department) => department.overdue),
        },
      ],
    }),
    [stats.departments, t],
  );
  const projectsOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: stats.projects321.byDay.map((day) => day.date) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['signed', 'started', 'inProduction'] as const).map((stage) => ({
        type: 'bar',
        stack: 'projects',
        name: t(`dashboard.projects321.${stage}`),
        data: stats.projects321.byDay.map((day) => day[stage]),
      })),
    }),
    [stats.projects321, t],
  );
  const ratingOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: ['5', '4', '3', '2', '1'].map((grade) => t(`dashboard.grades.${grade}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: ['5', '4', '3', '2', '1'].map((grade) => stats.ratings.byGrade[grade] ?? 0) }],
    }),
    [stats.ratings, t],
  );

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {(
          [
            { key: 'total', value: stats.requests.total, figure: { kind: 'total' } },
            {
              key: 'inProgress',
              value: stats.requests.byStatus.in_progress ?? 0,
              figure: { kind: 'status', status: 'in_progress' },
            },
            {
              key: 'completed',
              value: stats.requests.byStatus.completed ?? 0,
              figure: { kind: 'status', status: 'completed' },
            },
            { key: 'overdueRequests', value: overdue, figure: { kind: 'deadline', deadline: 'overdue' } },
            { key: 'rating', value: stats.ratings.average ?? '—' },
          ] as { key: string; value: number | string; figure?: DashboardFigure }[]
        ).map(({ key, value, figure }) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic
                title={t(`dashboard.cards.${key}`)}
                value={value}
                formatter={
                  figure && typeof value === 'number'
                    ? () => <FigureLink figure={figure} scope={scope} value={value} testId={`figure-${key}`} />
                    : undefined
                }
                valueStyle={key === 'overdueRequests' && overdue > 0 ? { color: '#cf1322' } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('dashboard.byStatus')}>
            <EChart
              option={statusOption}
              label={t('dashboard.byStatus')}
              onItemClick={(item) => {
                const status = (item.data as { status?: string } | undefined)?.status;
                if (status) open({ kind: 'status', status });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.byProcess')}>
            <EChart
              option={processOption}
              height={Math.max(240, stats.processes.length * 48)}
              label={t('dashboard.byProcess')}
              onItemClick={(item) => {
                const process = stats.processes[item.dataIndex];
                if (process) open({ kind: 'process', processKey: process.processKey });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.byDepartment')}>
            <EChart
              option={departmentOption}
              height={Math.max(240, stats.departments.length * 36)}
              label={t('dashboard.byDepartment')}
              onItemClick={(item) => {
                const department = stats.departments[item.dataIndex];
                if (department) open({ kind: 'handlingOrg', orgId: department.orgId, overdue: item.seriesIndex === 1 });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('dashboard.ratings', { count: stats.ratings.count })}>
            <EChart option={ratingOption} label={t('dashboard.ratings', { count: stats.ratings.count })} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('dashboard.byDeadline')}
            extra={<Typography.Text type="secondary">{t('dashboard.clickThrough')}</Typography.Text>}
          >
            <Flex gap={24} wrap>
              {DEADLINE_ORDER.map((level) => (
                <Statistic
                  key={level}
                  title={t(`deadlineFilter.${level}`)}
                  value={stats.requests.byDeadline[level] ?? 0}
                  formatter={(value) => (
                    <FigureLink
                      figure={{ kind: 'deadline', deadline: level }}
                      scope={scope}
                      value={Number(value)}
                      testId={`figure-deadline-${level}`}
                    />
                  )}
                />
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.byAcceptingOrg')}>
            <Table
              rowKey="orgId"
              size="small"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              locale={{ emptyText: t('common.empty') }}
              dataSource={stats.acceptingOrgs}
              columns={[
                { key: 'org', title: t('dashboard.acceptingOrg'), dataIndex: 'orgName' },
                {
                  key: 'total',
                  title: t('dashboard.requestCount'),
                  render: (_, row) => (
                    <FigureLink figure={{ kind: 'acceptingOrg', orgId: row.orgId }} scope={scope} value={row.total} />
                  ),
                },
                {
                  key: 'inProgress',
                  title: t('dashboard.inProgressCount'),
                  render: (_, row) => (
                    <FigureLink
                      figure={{ kind: 'acceptingOrg', orgId: row.orgId, status: 'in_progress' }}
                      scope={scope}
                      value={row.inProgress}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.projects321.title')}>
            <Flex gap={24} wrap>
              {(['signed', 'started', 'inProduction'] as const).map((stage) => (
                <Statistic
                  key={stage}
                  title={t(`dashboard.projects321.${stage}`)}
                  value={stats.projects321.byStage[stage]}
                />
              ))}
            </Flex>
            {stats.projects321.byDay.length > 0 ? (
              <EChart option={projectsOption} label={t('dashboard.projects321.title')} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('dashboard.growthPoint.title')}>
            <Table
              rowKey="month"
              size="small"
              pagination={false}
              locale={{ emptyText: t('common.empty') }}
              dataSource={stats.growthPointReporting}
              columns={[
                { key: 'month', title: t('dashboard.growthPoint.month'), dataIndex: 'month' },
                { key: 'expected', title: t('dashboard.growthPoint.expected'), dataIndex: 'expected' },
                { key: 'reported', title: t('dashboard.growthPoint.reported'), dataIndex: 'reported' },
                {
                  key: 'rate',
                  title: t('dashboard.growthPoint.rate'),
                  render: (_, row) => (row.rate === null ? '—' : `${Math.round(row.rate * 100)}%`),
                },
                ...(ability.can('supervise', 'Request')
                  ? [
                      {
                        key: 'export',
                        title: '',
                        render: (_: unknown, row: { month: string }) => (
                          <ExportButton
                            path="/stats/growth-point-reports/export.xlsx"
                            params={{ reportMonth: row.month }}
                            fallbackName={`growth-point-${row.month}.xlsx`}
                            size="small"
                            type="link"
                            label={t('dashboard.growthPoint.export')}
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.departmentTable')}>
        <Table
          rowKey="orgId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={stats.departments}
          columns={[
            { key: 'org', title: t('dashboard.department'), dataIndex: 'orgName' },
            { key: 'decided', title: t('dashboard.decided'), dataIndex: 'decided' },
            { key: 'median', title: t('dashboard.median'), render: (_, row) => days(row.medianWorkingDays) },
            { key: 'p95', title: t('dashboard.p95'), render: (_, row) => days(row.p95WorkingDays) },
            {
              key: 'inProgress',
              title: t('dashboard.handling'),
              render: (_, row) => (
                <FigureLink
                  figure={{ kind: 'handlingOrg', orgId: row.orgId }}
                  scope={scope}
                  value={row.inProgress}
                  testId={`figure-handling-${row.orgId}`}
                />
              ),
            },
            {
              key: 'overdue',
              title: t('dashboard.handlingOverdue'),
              render: (_, row) => (
                <FigureLink
                  figure={{ kind: 'handlingOrg', orgId: row.orgId, overdue: true }}
                  scope={scope}
                  value={row.overdue}
                  testId={`figure-handling-overdue-${row.orgId}`}
                />
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
