import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { requestListQuery } from '../api/requests';
import { useSession } from '../auth/session-context';
import { PageError } from '../components/PageError';
import { ExportButton } from '../components/ExportButton';
import { PageHeader } from '../components/PageHeader';
import { RequestTable } from '../components/RequestTable';

/** 我的办件: the requests of the user's organisation, newest first; a row opens the request. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ability } = useSession();
  const requests = useQuery(requestListQuery);

  if (requests.isError) return <PageError error={requests.error} onRetry={() => void requests.refetch()} />;

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        subtitle={t('requests.subtitle')}
        extra={<ExportButton path="/requests/export.xlsx" fallbackName="requests.xlsx" />}
      />
      <Card styles={{ body: { padding: 0 } }}>
        <RequestTable
          requests={requests.data}
          loading={requests.isPending}
          empty={
            <Empty description={t('requests.empty')}>
              {ability.can('start', 'Process') ? (
                <Button type="primary" onClick={() => void navigate('/catalogue')}>
                  {t('requests.goCatalogue')}
                </Button>
              ) : null}
            </Empty>
          }
        />
      </Card>
    </>
  );
}
