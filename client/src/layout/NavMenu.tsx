import {
  AppstoreOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FormOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_PATHS, sectionOf, visibleSections, type NavKey } from '../auth/navigation';
import { useSession } from '../auth/session-context';

const ICONS: Record<NavKey, ReactNode> = {
  catalogue: <AppstoreOutlined />,
  myRequests: <FileTextOutlined />,
  inbox: <AuditOutlined />,
  dashboard: <BarChartOutlined />,
  audit: <SafetyCertificateOutlined />,
  forms: <FormOutlined />,
  processes: <PartitionOutlined />,
  organisations: <ApartmentOutlined />,
  users: <TeamOutlined />,
};

/** The sections this user may use, as links, with the current one selected. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const { pathname } = useLocation();
  const current = sectionOf(pathname);

  return (
    <Menu
      mode="inline"
      aria-label={t('nav.navigation')}
      selectedKeys={current ? [current] : []}
      style={{ borderInlineEnd: 'none' }}
      onClick={onNavigate}
      items={visibleSections(ability).map((key) => ({
        key,
        icon: ICONS[key],
        label: <Link to={NAV_PATHS[key]}>{t(`nav.${key}`)}</Link>,
      }))}
    />
  );
}
