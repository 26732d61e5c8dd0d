import { CheckOutlined, CloseOutlined, MessageOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Modal, Radio } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { actOnTask } from '../api/tasks';
import type { TaskAction, TaskDecision, TaskSummary } from '../api/types';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { HandOverActions } from './HandOverActions';

interface DecisionFields {
  comment?: string;
}

interface ReturnFields {
  comment?: string;
  to: string;
}

const SUCCESS_MESSAGE: Partial<Record<TaskAction, string>> = {
  approve: 'task.approved',
  reject: 'task.rejected',
  return: 'task.returned',
};

/**
 * 审批: an opinion and the decisions. Rejecting needs an opinion (the
 * applicant must learn why); both ask for confirmation. 退回 opens a dialog
 * with its own, required opinion and where the request goes back to. On a
 * 填报 task (`fill`) the form's 提交 replaces 同意 / 驳回 and only 退回 stays.
 * Afterwards the handler returns to the inbox.
 */
export function DecisionPanel({
  task,
  fill = false,
  returnTargets = [],
}: {
  task: TaskSummary;
  fill?: boolean;
  /** Earlier steps the request may go back to, besides the applicant (from the task's detail). */
  returnTargets?: readonly { stepId: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionFields>();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The same decision with the same opinion sent again (a retry after a lost answer) reuses its key.
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  const [returning, setReturning] = useState(false);
  const [returnPrefill, setReturnPrefill] = useState('');
  const [returnForm] = Form.useForm<ReturnFields>();

  const keyFor = (fingerprint: string) => {
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
    return attempt.current.key;
  };

  const decide = useMutation({
    mutationFn: actOnTask,
    onSuccess: async (_, { action }) => {
      message.success(t(SUCCESS_MESSAGE[action] ?? 'task.done'));
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

  // 评论: an opinion that decides nothing (a question to the applicant or a note for the next handler); the task stays.
  const comment = useMutation({
    mutationFn: actOnTask,
    onSuccess: async () => {
      message.success(t('task.commented'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: (error) => message.error(error.message),
  });

  const sendComment = () => {
    const text = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    if (!text) {
      form.setFields([{ name: 'comment', errors: [t('task.commentRequired')] }]);
      form.focusField('comment');
      return;
    }
    comment.mutate({ taskId: task.id, action: 'comment', comment: text, idempotencyKey: keyFor(`comment\n${text}`) });
  };

  const confirm = async (action: TaskDecision) => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    if (action === 'reject' && !comment) {
      form.setFields([{ name: 'comment', errors: [t('task.opinionRequired')] }]);
      form.focusField('comment');
      return;
    }
    form.setFields([{ name: 'comment', errors: [] }]);
    const idempotencyKey = keyFor(`${action}\n${comment}`);

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

  const openReturn = () => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    setReturnPrefill(comment);
    setReturning(true);
  };

  const sendReturn = async () => {
    const { comment = '', to } = await returnForm.validateFields();
    const trimmed = comment.trim();
    const idempotencyKey = keyFor(`return\n${to}\n${trimmed}`);
    await decide
      .mutateAsync({ taskId: task.id, action: 'return', comment: trimmed, to, idempotencyKey })
      .then(() => setReturning(false))
      .catch(() => undefined);
  };

  const returnButton = (
    <Button icon={<RollbackOutlined />} disabled={decide.isPending} onClick={openReturn}>
      {t('task.return')}
    </Button>
  );

  const returnDialog = (
    <Modal
      open={returning}
      title={t('task.returnTitle')}
      okText={t('task.ok')}
      cancelText={t('task.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={decide.isPending && decide.variables?.action === 'return'}
      onOk={() => void sendReturn().catch(() => undefined)}
      onCancel={() => setReturning(false)}
      destroyOnHidden
    >
      <Form
        form={returnForm}
        name="return"
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{ comment: returnPrefill, to: 'applicant' }}
      >
        <Form.Item name="to" label={t('task.returnTo')}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={[
              { value: 'applicant', label: t('task.returnToApplicant') },
              ...returnTargets.map((target) => ({
                value: target.stepId,
                label: t('task.returnToStep', { name: target.name }),
              })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('task.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('task.returnReasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('task.returnReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );

  if (fill)
    return (
      <Card title={t('task.decision')}>
        <Flex vertical gap={8} align="start">
          <span>{t('task.fillHint')}</span>
          {returnButton}
        </Flex>
        {returnDialog}
      </Card>
    );

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
          {returnButton}
          <Button
            icon={<MessageOutlined />}
            loading={comment.isPending}
            disabled={decide.isPending || comment.isPending}
            onClick={sendComment}
          >
            {t('task.comment')}
          </Button>
          <HandOverActions task={task} disabled={decide.isPending} />
        </Flex>
      </Form>
      {returnDialog}
    </Card>
  );
}
