import {
  AppstoreOutlined,
  BorderOuterOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CodeOutlined,
  ContainerOutlined,
  DollarOutlined,
  DownSquareOutlined,
  FieldNumberOutlined,
  FileTextOutlined,
  FontSizeOutlined,
  InfoCircleOutlined,
  PaperClipOutlined,
  SwapOutlined,
  TableOutlined,
  TeamOutlined,
  UserOutlined,
  EnvironmentOutlined,
  CheckCircleOutlined,
} from '@ant-design/icons';
import type { FieldKind } from '@tongban/forms/designer';
import type { ReactNode } from 'react';

/** One icon per field kind, in the palette and on the canvas. */
export const FIELD_KIND_ICONS: Record<FieldKind, ReactNode> = {
  text: <FontSizeOutlined />,
  textarea: <FileTextOutlined />,
  number: <FieldNumberOutlined />,
  amount: <DollarOutlined />,
  date: <CalendarOutlined />,
  dateRange: <SwapOutlined />,
  select: <DownSquareOutlined />,
  radio: <CheckCircleOutlined />,
  checkbox: <CheckSquareOutlined />,
  boolean: <BorderOuterOutlined />,
  orgPicker: <TeamOutlined />,
  userPicker: <UserOutlined />,
  region: <EnvironmentOutlined />,
  attachment: <PaperClipOutlined />,
  table: <TableOutlined />,
  section: <ContainerOutlined />,
  staticText: <InfoCircleOutlined />,
  raw: <CodeOutlined />,
};

export const GROUP_ICON = <AppstoreOutlined />;
