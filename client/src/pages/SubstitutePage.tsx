import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Popconfirm } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { clearMySubstitute, mySubstituteQuery, setMySubstitute, userQuery } from '../api/directory';
import { useSession } from '../auth/session-context';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { PageLoading } from '../components/PageLoading';

interface SubstituteFields {
  userId: string;
  period: [Dayjs, Dayjs];
}

/** 外出代理: while away, one's new tasks go to a colleague, between two dates (China time, inclusive). */
export default function SubstitutePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const current = useQuery(mySubstituteQuery);
  const who = useQuery({ ...userQuery(current.data?.userId ?? ''), enabled: !!current.data?.userId });
  const [form] = Form.useForm<SubstituteFields>();

  const done = async (text: string) => {
    message.success(text);
    await queryClient.invalidateQueries({ queryKey: ['me', 'substitute'] });
  };
  const save = useMutation({
    mutationFn: (fields: SubstituteFields) =>
      setMySubstitute({
        userId: fields.userId,
        from: fields.period[0].format('YYYY-MM-DD'),
        to: fields.period[1].format('YYYY-MM-DD'),
      }),
    onSuccess: () => done(t('substitute.saved')),
    onError: (error) => message.error(error.message),
  });
  const clear = useMutation({
    mutationFn: clearMySubstitute,
    onSuccess: () => done(t('substitute.cleared')),
    onError: (error) => message.error(error.message),
  });

  return (
    <>
      <PageHeader title={t('substitute.title')} subtitle={t('substitute.subtitle')} />
      {current.isPending ? (
        <PageLoading />
      ) : current.isError ? (
        <PageError error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <Card style={{ maxWidth: 560 }}>
          {current.data ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="current-substitute"
              title={t('substitute.current', {
                name: who.data?.displayName ?? current.data.userId,
                from: current.data.from,
                to: current.data.to,
              })}
              action={
                <Popconfirm
                  title={t('substitute.clearConfirm')}
                  onConfirm={() => clear.mutate()}
                  okText={t('task.ok')}
                  cancelText={t('common.cancel')}
                >
                  <Button size="small" loading={clear.isPending}>
                    {t('substitute.clear')}
                  </Button>
                </Popconfirm>
              }
            />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('substitute.none')} />
          )}
          <Form
            form={form}
            layout="vertical"
            key={JSON.stringify(current.data)}
            initialValues={
              current.data
                ? { userId: current.data.userId, period: [dayjs(current.data.from), dayjs(current.data.to)] }
                : { period: [dayjs(), dayjs().add(4, 'day')] }
            }
            onFinish={(fields) => save.mutate(fields)}
          >
            <Form.Item
              name="userId"
              label={t('substitute.who')}
              rules={[{ required: true, message: t('task.handOverTargetRequired') }]}
            >
              <DirectoryPicker
                kind="user"
                ariaLabel={t('substitute.who')}
                exclude={[user.id]}
                // A substitute stands in within one's own organisation (the server refuses anyone else).
                org={user.orgId}
                onChange={() => undefined}
              />
            </Form.Item>
            <Form.Item name="period" label={t('substitute.period')} rules={[{ required: true }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('substitute.save')}
              </Button>
            </Flex>
          </Form>
        </Card>
      )}
    </>
  );
}
