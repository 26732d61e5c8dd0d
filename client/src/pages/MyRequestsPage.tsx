import { Button, Card, Empty, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session-context';
import { ExportButton } from '../components/ExportButton';
import { PageHeader } from '../components/PageHeader';
import { RequestList } from '../components/RequestTable';
import { filtersFromSearch, paramsOfFilters, REQUEST_STATUSES, searchOfFilters } from '../lib/request-filters';

/**
 * 我的办件: the requests of the user's organisation, newest first, searched by
 * 编号 or text and filtered by status, paged by the server; a row (a card on a
 * phone) opens the request. With `filed`, 我代办的: what a window clerk filed
 * at the window for enterprises. Search and status live in the address.
 */
export default function MyRequestsPage({ filed = false }: { filed?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ability } = useSession();
  const [params, setParams] = useSearchParams();
  const { q, status } = filtersFromSearch(params);
  const filters = { q, status, ...(filed ? { filedBy: 'me' as const } : {}) };
  const change = (next: { q?: string; status?: string }) =>
    setParams(searchOfFilters({ q, status, ...next }), { replace: true });

  const list = (
    <>
      <Flex gap={8} wrap style={{ padding: 12 }}>
        <Input.Search
          aria-label={t('requests.search')}
          placeholder={t('requests.searchPlaceholder')}
          allowClear
          defaultValue={q}
          key={q ?? ''}
          style={{ width: 280, maxWidth: '100%' }}
          onSearch={(value) => change({ q: value.trim() || undefined })}
        />
        <Select
          aria-label={t('requests.statusFilter')}
          allowClear
          placeholder={t('requests.allStatuses')}
          style={{ width: 160 }}
          value={status}
          options={REQUEST_STATUSES.map((value) => ({ value, label: t(`requestStatus.${value}`) }))}
          onChange={(value?: string) => change({ status: value })}
        />
      </Flex>
      <RequestList
        filters={filters}
        empty={
          <Empty description={t(filed ? 'requests.emptyFiled' : 'requests.empty')}>
            {ability.can('start', 'Process') ? (
              <Button type="primary" onClick={() => void navigate('/catalogue')}>
                {t('requests.goCatalogue')}
              </Button>
            ) : null}
          </Empty>
        }
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={t(filed ? 'requests.filedTitle' : 'requests.title')}
        subtitle={t(filed ? 'requests.filedSubtitle' : 'requests.subtitle')}
        extra={
          <ExportButton path="/requests/export.xlsx" params={paramsOfFilters(filters)} fallbackName="requests.xlsx" />
        }
      />
      <Card styles={{ body: { padding: 0 } }}>{list}</Card>
    </>
  );
}
