import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { actOnTask } from '../api/tasks';
import type { TaskDecision, TaskSummary } from '../api/types';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

interface DecisionFields {
  comment?: string;
}

/**
 * 审批: an opinion and the two decisions. Rejecting needs an opinion (the
 * applicant must learn why); both ask for confirmation because a decision
 * cannot be taken back. Afterwards the handler returns to the inbox.
 */
export function DecisionPanel({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionFields>();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The same decision with the same opinion sent again (a retry after a lost answer) reuses its key.
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);

  const decide = useMutation({
    mutationFn: actOnTask,
    onSuccess: async (_, { action }) => {
      message.success(action === 'approve' ? t('task.approved') : t('task.rejected'));
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      await navigate('/inbox');
    },
    onError: async (error) => {
      message.error(error.message);
      // Someone else decided, or the step moved on: show the task as it is now.
      if (error instanceof ApiError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: ['tasks'] });
        await queryClient.invalidateQueries({ queryKey: ['requests'] });
      }
    },
  });

  const confirm = async (action: TaskDecision) => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    if (action === 'reject' && !comment) {
      form.setFields([{ name: 'comment', errors: [t('task.opinionRequired')] }]);
      form.focusField('comment');
      return;
    }
    form.setFields([{ name: 'comment', errors: [] }]);
    const fingerprint = `${action}\n${comment}`;
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
    const idempotencyKey = attempt.current.key;

    await modal.confirm({
      title: action === 'approve' ? t('task.confirmApproveTitle') : t('task.confirmRejectTitle'),
      content: comment ? `${t('task.opinion')}：${comment}` : t('task.confirmHint'),
      okText: t('task.ok'),
      cancelText: t('task.cancel'),
      okButtonProps: action === 'reject' ? { danger: true } : {},
      onOk: () =>
        decide
          .mutateAsync({ taskId: task.id, action, ...(comment ? { comment } : {}), idempotencyKey })
          .catch(() => undefined),
    });
  };

  return (
    <Card title={t('task.decision')}>
      <Form
        form={form}
        name="decision"
        layout="vertical"
        requiredMark={false}
        // The "opinion required" error is set by hand on 驳回; writing one clears it.
        onValuesChange={() => form.setFields([{ name: 'comment', errors: [] }])}
      >
        <Form.Item name="comment" label={t('task.opinion')}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('task.opinionPlaceholder')} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={decide.isPending && decide.variables?.action === 'approve'}
            disabled={decide.isPending}
            onClick={() => void confirm('approve')}
          >
            {t('task.approve')}
          </Button>
          <Button
            danger
            icon={<CloseOutlined />}
            loading={decide.isPending && decide.variables?.action === 'reject'}
            disabled={decide.isPending}
            onClick={() => void confirm('reject')}
          >
            {t('task.reject')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
