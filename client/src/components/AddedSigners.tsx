import { UserDeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { actOnTask } from '../api/tasks';
import type { TaskDetail } from '../api/types';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { TaskStatusTag } from './TaskStatusTag';

/**
 * 减签: the people this task's handler added who have not decided yet, each
 * removable after a confirmation. Shown whatever the handler's own task is
 * doing: after 加签 "before" it waits, after "after" it is already approved,
 * and either way the handler may still take someone off.
 */
export function AddedSigners({ taskId, signers }: { taskId: string; signers: TaskDetail['addedSigners'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (userId: string) =>
      actOnTask({ taskId, action: 'remove_signer', targetUserId: userId, idempotencyKey: newIdempotencyKey() }),
    onSuccess: async () => {
      message.success(t('task.handOverDone.remove_signer'));
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: (error) => message.error(error.message),
  });
  if (!signers || signers.length === 0) return null;
  return (
    <Card size="small" title={t('task.addedSigners')} data-testid="added-signers">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('task.addedSignersHelp')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={signers}
        rowKey="userId"
        renderItem={(signer) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('task.removeSignerConfirm', { name: signer.displayName })}
                okText={t('task.removeSigner')}
                cancelText={t('task.cancel')}
                onConfirm={() => remove.mutateAsync(signer.userId).catch(() => undefined)}
              >
                <Button
                  size="small"
                  danger
                  icon={<UserDeleteOutlined />}
                  loading={remove.isPending && remove.variables === signer.userId}
                  aria-label={`${t('task.removeSigner')} ${signer.displayName}`}
                >
                  {t('task.removeSigner')}
                </Button>
              </Popconfirm>,
            ]}
          >
            {signer.displayName} <TaskStatusTag status={signer.status} />
          </List.Item>
        )}
      />
    </Card>
  );
}
