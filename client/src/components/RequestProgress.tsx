import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../api/types';
import { stepDisplayStatus } from '../lib/status-colours';

/**
 * 办理进度: the process steps between "submitted" and "completed", the way
 * approval apps draw them, so an applicant sees where the request is now.
 */
export function RequestProgress({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const closed = request.status !== 'in_progress' && request.status !== 'returned';
  const items = [
    { key: '__submit', title: t('detail.stepSubmit'), status: 'finish' as const, content: request.applicant.orgName },
    ...request.steps.map((step) => ({
      key: step.id,
      title: step.name,
      status: stepDisplayStatus(step.status),
      ...(step.status === 'skipped' ? { content: t('detail.stepSkipped') } : {}),
    })),
    {
      key: '__done',
      title: request.status === 'completed' || !closed ? t('detail.stepDone') : t(`requestStatus.${request.status}`),
      status: request.status === 'completed' ? ('finish' as const) : closed ? ('error' as const) : ('wait' as const),
    },
  ];
  // The highlighted step is where the request is now: the active step, else the first that failed, else the end.
  const active = items.findIndex((item) => item.status === 'process');
  const failed = items.findIndex((item) => item.status === 'error');
  const current = active >= 0 ? active : failed >= 0 ? failed : items.length - 1;
  return <Steps size="small" current={current} items={items} aria-label={t('detail.progress')} />;
}
