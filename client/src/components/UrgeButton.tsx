import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { actOnRequest } from '../api/requests';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

/** 催办: reminds everyone on the running steps; the server allows it once per step per working day and says so otherwise. */
export function UrgeButton({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const urge = useMutation({
    mutationFn: () => actOnRequest({ requestId, action: 'urge', idempotencyKey: newIdempotencyKey() }),
    onSuccess: async () => {
      message.success(t('request.urged'));
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: (error) => message.error(error.message),
  });
  return (
    <Button icon={<BellOutlined />} loading={urge.isPending} onClick={() => urge.mutate()}>
      {t('request.urge')}
    </Button>
  );
}
