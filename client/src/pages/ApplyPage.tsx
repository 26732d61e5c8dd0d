import { useQuery } from '@tanstack/react-query';
import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { catalogueQuery } from '../api/processes';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { ApplicationForm } from '../forms/ApplicationForm';
import { formTitle } from '../forms/without-root-title';

/** Fills in and submits the application of one process from the catalogue. */
export default function ApplyPage() {
  const { t } = useTranslation();
  const { processKey } = useParams<{ processKey: string }>();
  const catalogue = useQuery(catalogueQuery);

  if (catalogue.isPending) return <PageLoading />;
  if (catalogue.isError) return <PageError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  const process = catalogue.data.find((candidate) => candidate.key === processKey);
  if (!process) return <Result status="404" title={t('apply.processNotFound')} />;

  return (
    <>
      <PageHeader title={process.name} subtitle={process.description} />
      <Card title={formTitle(process.form.schema)}>
        <ApplicationForm process={process} />
      </Card>
    </>
  );
}
