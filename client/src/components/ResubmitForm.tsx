import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnRequest } from '../api/requests';
import type { RequestDetail } from '../api/types';
import { EditableForm } from '../forms/EditableForm';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

/** 修改后重新提交: the returned request's form, prefilled with what was sent, sent again as `resubmit`. */
export function ResubmitForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const idempotencyKey = useRef(newIdempotencyKey());

  const resubmit = useMutation({
    mutationFn: actOnRequest,
    onSuccess: async () => {
      message.success(t('request.resubmitted'));
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });

  return (
    <Card title={t('request.resubmitTitle')}>
      {request.form ? (
        <EditableForm
          form={request.form}
          initialData={request.data}
          submitLabel={t('request.resubmit')}
          pending={resubmit.isPending}
          error={resubmit.error}
          onEdit={() => (idempotencyKey.current = newIdempotencyKey())}
          onSubmit={(data) =>
            resubmit.mutate({ requestId: request.id, action: 'resubmit', data, idempotencyKey: idempotencyKey.current })
          }
        />
      ) : (
        <Alert type="warning" showIcon title={t('detail.noForm')} />
      )}
    </Card>
  );
}
