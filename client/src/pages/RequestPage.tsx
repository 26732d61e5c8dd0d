import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { requestQuery } from '../api/requests';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { RequestDetailView } from '../components/RequestDetailView';
import { RequestStatusTag } from '../components/RequestStatusTag';

/** One request, as its applicant or a participant sees it. */
export default function RequestPage() {
  const { requestId = '' } = useParams<{ requestId: string }>();
  const request = useQuery({
    ...requestQuery(requestId),
    // While others are working on it, keep the page current without a reload.
    refetchInterval: (query) => (query.state.data?.status === 'in_progress' ? 15_000 : false),
  });

  if (request.isPending) return <PageLoading />;
  if (request.isError) return <PageError error={request.error} onRetry={() => void request.refetch()} />;
  return (
    <>
      <PageHeader title={request.data.processName} tags={<RequestStatusTag status={request.data.status} />} />
      <RequestDetailView request={request.data} />
    </>
  );
}
