import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnRequest } from '../api/requests';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

/** 撤回: the applicant's organisation withdraws a request that is not closed, with an optional reason. */
export function WithdrawButton({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment?: string }>();
  const idempotencyKey = useRef(newIdempotencyKey());

  const withdraw = useMutation({
    mutationFn: actOnRequest,
    onSuccess: async () => {
      setOpen(false);
      message.success(t('request.withdrawn'));
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: async (error) => {
      message.error(error.message);
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });

  const send = () => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim();
    withdraw.mutate({
      requestId,
      action: 'withdraw',
      ...(comment ? { comment } : {}),
      idempotencyKey: idempotencyKey.current,
    });
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('request.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('request.confirmWithdrawTitle')}
        okText={t('task.ok')}
        cancelText={t('task.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={withdraw.isPending}
        onOk={send}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('request.confirmWithdrawHint')}</p>
        <Form form={form} name="withdraw" layout="vertical" preserve={false}>
          <Form.Item name="comment" label={t('request.withdrawReason')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
