import type { ComponentProps } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { statsQuery } from '../api/stats';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { ExportButton } from '../components/ExportButton';
import { PageHeader } from '../components/PageHeader';
import { RequestList } from '../components/RequestTable';
import {
  DEADLINE_FILTERS,
  filtersFromSearch,
  paramsOfFilters,
  REQUEST_STATUSES,
  searchOfFilters,
  type DeadlineFilter,
  type RequestFilters,
} from '../lib/request-filters';

/**
 * 办件查询: the city's requests for supervisors, auditors and administrators,
 * filtered by process, status, accepting office (受理单位), applicant, the
 * department handling them now (办理部门), the days submitted and how late they are, and searched by 办件编号, enterprise
 * name or 统一社会信用代码. The filters live in the address: a dashboard figure
 * links here with the filters that reproduce it, and 共 N 条 is that figure.
 * The export takes the same filters.
 */
/** One organisation filter of the list (受理单位, 申请单位, 办理部门): a directory search, cleared to show all. */
function OrganisationFilter({
  label,
  orgKind,
  value,
  onChange,
}: {
  label: string;
  orgKind?: ComponentProps<typeof DirectoryPicker>['orgKind'];
  value?: string;
  onChange: (orgId?: string) => void;
}) {
  return (
    <div style={{ minWidth: 220 }}>
      <DirectoryPicker
        kind="organisation"
        orgKind={orgKind}
        ariaLabel={label}
        placeholder={label}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

export default function RequestSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  // The processes the city has requests of (as the dashboard lists them).
  const processes = useQuery(statsQuery({})).data?.processes ?? [];
  const change = (next: Partial<RequestFilters>) =>
    setParams(searchOfFilters({ ...filters, ...next }), { replace: true });
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to).subtract(1, 'day')] : null;

  return (
    <>
      <PageHeader
        title={t('requestSearch.title')}
        subtitle={t('requestSearch.subtitle')}
        extra={
          <ExportButton path="/requests/export.xlsx" params={paramsOfFilters(filters)} fallbackName="requests.xlsx" />
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap data-testid="request-search-filters">
          <Input.Search
            aria-label={t('requestSearch.search')}
            placeholder={t('requestSearch.searchPlaceholder')}
            allowClear
            key={filters.q ?? ''}
            defaultValue={filters.q}
            style={{ width: 320, maxWidth: '100%' }}
            onSearch={(value) => change({ q: value.trim() || undefined })}
          />
          <Select
            aria-label={t('requestSearch.process')}
            allowClear
            placeholder={t('requestSearch.allProcesses')}
            style={{ minWidth: 180 }}
            value={filters.processKey}
            options={processes.map((process) => ({ value: process.processKey, label: process.processName }))}
            onChange={(processKey?: string) => change({ processKey })}
          />
          <Select
            aria-label={t('requestSearch.status')}
            allowClear
            placeholder={t('requestSearch.allStatuses')}
            style={{ minWidth: 130 }}
            value={filters.status}
            options={REQUEST_STATUSES.map((value) => ({ value, label: t(`requestStatus.${value}`) }))}
            onChange={(status?: string) => change({ status })}
          />
          <Select
            aria-label={t('requestSearch.deadline')}
            allowClear
            placeholder={t('requestSearch.allDeadlines')}
            style={{ minWidth: 150 }}
            value={filters.deadline}
            options={DEADLINE_FILTERS.map((value) => ({ value, label: t(`deadlineFilter.${value}`) }))}
            onChange={(deadline?: DeadlineFilter) => change({ deadline })}
          />
          <OrganisationFilter
            label={t('requestSearch.acceptingOrg')}
            value={filters.orgId}
            onChange={(orgId) => change({ orgId })}
          />
          <OrganisationFilter
            label={t('requestSearch.applicantOrg')}
            orgKind="enterprise"
            value={filters.applicantOrgId}
            onChange={(applicantOrgId) => change({ applicantOrgId })}
          />
          <OrganisationFilter
            label={t('requestSearch.handlingOrg')}
            value={filters.handlingOrgId}
            onChange={(handlingOrgId) => change({ handlingOrgId })}
          />
          <DatePicker.RangePicker
            aria-label={t('requestSearch.period')}
            value={range}
            onChange={(days) =>
              change({
                from: days?.[0]?.startOf('day').toISOString(),
                to: days?.[1]?.add(1, 'day').startOf('day').toISOString(),
              })
            }
          />
          <Button onClick={() => setParams({}, { replace: true })}>{t('requestSearch.reset')}</Button>
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        <RequestList filters={filters} showApplicant empty={<Empty description={t('requestSearch.empty')} />} />
      </Card>
    </>
  );
}
