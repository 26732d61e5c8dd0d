import { LogoutOutlined, UserOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth';
import { useSession } from '../auth/session-context';

/** The signed-in user (name and organisation) with 退出登录. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();

  const signOut = useMutation({
    mutationFn: logout,
    // Signed out locally even if the server is unreachable: the cookie expires on its own.
    onSettled: async (result) => {
      queryClient.clear();
      // Signed in through an identity provider: sign out there too (it comes back to the login page).
      if (result?.endSessionUrl) {
        window.location.assign(result.endSessionUrl);
        return;
      }
      await navigate('/login', { replace: true });
      message.success(t('user.loggedOut'));
    },
  });

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'org', label: `${user.displayName} · ${user.orgName}`, disabled: true },
          { type: 'divider' },
          // Out of office (代理人) is for people who hold tasks.
          ...(user.roles.some((role) => role !== 'applicant')
            ? [
                {
                  key: 'substitute',
                  icon: <UserSwitchOutlined />,
                  label: t('user.substitute'),
                  onClick: () => void navigate('/settings/substitute'),
                },
              ]
            : []),
          { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: () => signOut.mutate() },
        ],
      }}
    >
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={`${t('user.menu')}：${user.displayName}`}
        style={{ paddingInline: 4 }}
      >
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
        {screens.sm ? user.displayName : null}
      </Button>
    </Dropdown>
  );
}
