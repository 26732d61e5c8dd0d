import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { taskQuery } from '../api/tasks';
import { useSession } from '../auth/session-context';
import { AddedSigners } from '../components/AddedSigners';
import { AttachmentsCard } from '../components/AttachmentsCard';
import { DeadlineTag } from '../components/DeadlineTag';
import { DecisionPanel } from '../components/DecisionPanel';
import { FillTaskForm } from '../components/FillTaskForm';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';
import { RequestDetailView } from '../components/RequestDetailView';
import { RequestStatusTag } from '../components/RequestStatusTag';
import { TakeBackButton } from '../components/TakeBackButton';
import { TaskStatusTag } from '../components/TaskStatusTag';
import { formatDateTime } from '../lib/format-date-time';

/** A task: the request to decide on, then the decision itself while the task is open. */
export default function TaskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ability } = useSession();
  const { taskId = '' } = useParams<{ taskId: string }>();
  const detail = useQuery(taskQuery(taskId));

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  const { task, request, fillForm, returnTargets } = detail.data;
  const open = task.status === 'open';
  const mayAct = ability.can('act', 'Task');

  return (
    <>
      <PageHeader
        title={request.processName}
        tags={
          <>
            <TaskStatusTag status={task.status} />
            <RequestStatusTag status={request.status} />
            <DeadlineTag deadline={task.deadline} step />
          </>
        }
        subtitle={[
          t('task.currentStep', { step: task.stepName }),
          task.applicantOrgName,
          ...(task.deadline ? [t('deadline.stepDue', { at: formatDateTime(task.deadline.dueAt) })] : []),
        ].join(' · ')}
        extra={<Button onClick={() => void navigate('/inbox')}>{t('task.backToInbox')}</Button>}
      />
      <Flex vertical gap={16}>
        {!open ? (
          <Alert
            type="info"
            showIcon
            title={t('task.alreadyDecided', { status: t(`taskStatus.${task.status}`, { defaultValue: task.status }) })}
            action={task.status === 'approved' && mayAct ? <TakeBackButton task={task} /> : undefined}
          />
        ) : null}
        {mayAct ? <AddedSigners taskId={task.id} signers={detail.data.addedSigners} /> : null}
        {open && mayAct && fillForm ? <FillTaskForm key={task.id} task={task} form={fillForm} /> : null}
        <RequestDetailView
          request={request}
          aside={
            open && mayAct ? (
              <DecisionPanel task={task} fill={Boolean(fillForm)} returnTargets={returnTargets} />
            ) : undefined
          }
        />
        <AttachmentsCard requestId={request.id} mayUpload={open && mayAct} />
      </Flex>
    </>
  );
}
