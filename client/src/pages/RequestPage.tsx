import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { requestQuery } from '../api/requests';
import { useSession } from '../auth/session-context';
import { AttachmentsCard } from '../components/AttachmentsCard';
import { DeadlineTag } from '../components/DeadlineTag';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { RequestDetailView } from '../components/RequestDetailView';
import { RequestStatusTag } from '../components/RequestStatusTag';
import { RatingCard } from '../components/RatingCard';
import { ResubmitForm } from '../components/ResubmitForm';
import { UrgeButton } from '../components/UrgeButton';
import { WithdrawButton } from '../components/WithdrawButton';
import { lastReturnComment } from '../lib/timeline-label';

/**
 * One request, as its applicant or a participant sees it. The applicant's
 * organisation may withdraw it while it is open, and correct and resubmit it
 * when it was returned (the server decides; this only offers the buttons).
 */
export default function RequestPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { requestId = '' } = useParams<{ requestId: string }>();
  const request = useQuery({
    ...requestQuery(requestId),
    // While others are working on it, keep the page current without a reload.
    refetchInterval: (query) => (query.state.data?.status === 'in_progress' ? 15_000 : false),
  });

  if (request.isPending) return <PageLoading />;
  if (request.isError) return <PageError error={request.error} onRetry={() => void request.refetch()} />;
  const detail = request.data;
  const ownOrg = detail.applicant.orgId === user.orgId;
  const returned = detail.status === 'returned';
  const mayWithdraw = ownOrg && (detail.status === 'in_progress' || returned);
  const returnReason = returned ? lastReturnComment(detail.timeline) : undefined;

  return (
    <>
      <PageHeader
        title={detail.processName}
        tags={
          <>
            <RequestStatusTag status={detail.status} />
            {detail.status === 'in_progress' ? (
              <DeadlineTag deadline={detail.deadline} atRisk={detail.deadline?.atRisk} />
            ) : null}
          </>
        }
        extra={
          <>
            <Link to={`/requests/${encodeURIComponent(detail.id)}/print`}>
              <Button icon={<PrinterOutlined />}>{t('print.open')}</Button>
            </Link>
            {ownOrg && detail.status === 'in_progress' ? <UrgeButton requestId={detail.id} /> : null}
            {mayWithdraw ? <WithdrawButton requestId={detail.id} /> : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {returned ? (
          <Alert
            type="warning"
            showIcon
            title={t('request.returnedTitle')}
            description={
              <span style={{ whiteSpace: 'pre-wrap' }}>
                {returnReason ? t('request.returnReason', { reason: returnReason }) : t('request.returnedHint')}
              </span>
            }
          />
        ) : null}
        {detail.status === 'completed' ? <RatingCard request={detail} mayRate={ownOrg} /> : null}
        {returned && ownOrg ? <ResubmitForm key={detail.updatedAt} request={detail} /> : null}
        <RequestDetailView request={detail} />
        <AttachmentsCard requestId={detail.id} mayUpload={ownOrg && (detail.status === 'in_progress' || returned)} />
      </Flex>
    </>
  );
}
