import { Steps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../api/types';
import { progressCurrent } from '../lib/progress-current';
import { stepDisplayStatus } from '../lib/status-colours';

/**
 * 办理进度: the process steps between "submitted" and "completed", the way
 * approval apps draw them, so an applicant sees where the request is now.
 */
export function RequestProgress({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const closed = request.status !== 'in_progress' && request.status !== 'returned';
  const items = [
    {
      key: '__submit',
      title: t('detail.stepSubmit'),
      // A returned request is back with the applicant: their step is the current one again.
      status: request.status === 'returned' ? ('process' as const) : ('finish' as const),
      content: request.status === 'returned' ? t('requestStatus.returned') : request.applicant.orgName,
    },
    ...request.steps.map((step) => ({
      key: step.id,
      title: step.lead ? (
        <>
          {step.name}{' '}
          <Tag color="blue" bordered={false} data-testid="lead-step">
            {t('detail.leadStep')}
          </Tag>
        </>
      ) : (
        step.name
      ),
      status: stepDisplayStatus(step.status),
      ...(step.status === 'skipped' ? { content: t('detail.stepSkipped') } : {}),
    })),
    {
      key: '__done',
      title: request.status === 'completed' || !closed ? t('detail.stepDone') : t(`requestStatus.${request.status}`),
      status: request.status === 'completed' ? ('finish' as const) : closed ? ('error' as const) : ('wait' as const),
    },
  ];
  const current = progressCurrent(
    request.status,
    items.map((item) => item.status),
  );
  return <Steps size="small" current={current} items={items} aria-label={t('detail.progress')} />;
}
