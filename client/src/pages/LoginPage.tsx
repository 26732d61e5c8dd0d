import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { identityProvidersQuery, login, sessionQuery } from '../api/auth';
import { providerErrorKey } from '../auth/provider-error';
import { safeNextPath } from '../auth/safe-next-path';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

/** Sign-in. A wrong password shows the server's own (localized) message above the form. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery);
  const next = safeNextPath(params.get('next'));
  const identity = useQuery(identityProvidersQuery);
  const passwordLogin = identity.data?.passwordLogin ?? true;
  const providerError = params.get('error');

  const signIn = useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: async (body) => {
      // Another user may have used this tab: nothing cached for them may show.
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, body);
      await navigate(next, { replace: true });
    },
  });

  if (session.data && !signIn.isPending) return <Navigate to={next} replace />;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)`,
      }}
    >
      <Flex justify="flex-end" style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </Flex>
      <title>{`${t('login.submit')} - ${t('app.name')}`}</title>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 28, color: token.colorPrimary }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {signIn.error ? (
          <Alert type="error" showIcon title={signIn.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        {providerError ? (
          <Alert
            type="error"
            showIcon
            data-testid="provider-error"
            title={t(providerErrorKey(providerError))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        {identity.data?.providers.length ? (
          <Flex vertical gap={8} style={{ marginBottom: passwordLogin ? 16 : 0 }}>
            {identity.data.providers.map((provider) => (
              // A navigation, not a fetch: the provider's own page signs the person in.
              <Button
                key={provider.id}
                size="large"
                block
                href={`${provider.startUrl}${provider.startUrl.includes('?') ? '&' : '?'}returnTo=${encodeURIComponent(next)}`}
              >
                {t('login.withProvider', { name: provider.label })}
              </Button>
            ))}
          </Flex>
        ) : null}
        {passwordLogin ? (
          <Form<Credentials>
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => signIn.mutate(values)}
            size="large"
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        ) : null}
      </Card>
    </Flex>
  );
}
