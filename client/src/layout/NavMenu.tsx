import {
  AppstoreOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  FileTextOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FormOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Flex, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_PATHS, sectionOf, visibleSections, type NavKey } from '../auth/navigation';
import { taskCountsQuery } from '../api/tasks';
import { useSession } from '../auth/session-context';

const ICONS: Record<NavKey, ReactNode> = {
  catalogue: <AppstoreOutlined />,
  myRequests: <FileTextOutlined />,
  filedRequests: <FileDoneOutlined />,
  inbox: <AuditOutlined />,
  dashboard: <BarChartOutlined />,
  requestSearch: <FileSearchOutlined />,
  audit: <SafetyCertificateOutlined />,
  forms: <FormOutlined />,
  processes: <PartitionOutlined />,
  dictionaries: <BookOutlined />,
  organisations: <ApartmentOutlined />,
  users: <TeamOutlined />,
};

/** The sections this user may use, as links, with the current one selected. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const { pathname } = useLocation();
  const current = sectionOf(pathname);
  const sections = visibleSections(ability);
  // The 待办 badge: the server's count, refreshed when an inbox event arrives (use-live-updates).
  const openTasks = useQuery({ ...taskCountsQuery, enabled: sections.includes('inbox') }).data?.open;

  return (
    <Menu
      mode="inline"
      aria-label={t('nav.navigation')}
      selectedKeys={current ? [current] : []}
      style={{ borderInlineEnd: 'none' }}
      onClick={onNavigate}
      items={sections.map((key) => ({
        key,
        icon: ICONS[key],
        label:
          key === 'inbox' && openTasks ? (
            <Flex justify="space-between" align="center">
              <Link to={NAV_PATHS[key]}>{t(`nav.${key}`)}</Link>
              <Badge count={openTasks} overflowCount={99} data-testid="inbox-badge" />
            </Flex>
          ) : (
            <Link to={NAV_PATHS[key]}>{t(`nav.${key}`)}</Link>
          ),
      }))}
    />
  );
}
