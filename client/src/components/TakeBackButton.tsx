import { UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnTask } from '../api/tasks';
import type { TaskSummary } from '../api/types';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

/**
 * 拿回: takes one's own approval back while nobody has acted since. Only the
 * server knows whether that is still so; its 409 (TAKE_BACK_TOO_LATE) message
 * is shown as it is, and the task is reloaded.
 */
export function TakeBackButton({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const idempotencyKey = useRef(newIdempotencyKey());

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    await queryClient.invalidateQueries({ queryKey: ['requests'] });
  };

  const takeBack = useMutation({
    mutationFn: actOnTask,
    onSuccess: async () => {
      message.success(t('task.takenBack'));
      await refresh();
    },
    onError: async (error) => {
      message.error(error.message);
      await refresh();
    },
  });

  const confirm = () =>
    modal.confirm({
      title: t('task.confirmTakeBackTitle'),
      content: t('task.confirmTakeBackHint'),
      okText: t('task.ok'),
      cancelText: t('task.cancel'),
      onOk: () =>
        takeBack
          .mutateAsync({ taskId: task.id, action: 'take_back', idempotencyKey: idempotencyKey.current })
          .catch(() => undefined),
    });

  return (
    <Button icon={<UndoOutlined />} loading={takeBack.isPending} onClick={() => void confirm()}>
      {t('task.takeBack')}
    </Button>
  );
}
