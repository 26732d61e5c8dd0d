import { useQuery } from '@tanstack/react-query';
import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogueQuery } from '../api/processes';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { ProcessCard } from '../components/ProcessCard';

/** 办事大厅: one card per process the user may start. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const catalogue = useQuery(catalogueQuery);

  return (
    <>
      <PageHeader title={t('catalogue.title')} subtitle={t('catalogue.subtitle')} />
      {catalogue.isPending ? (
        <PageLoading />
      ) : catalogue.isError ? (
        <PageError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : catalogue.data.length === 0 ? (
        <Empty description={t('catalogue.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {catalogue.data.map((process) => (
            <Col key={process.key} xs={24} md={12} xl={8}>
              <ProcessCard process={process} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
