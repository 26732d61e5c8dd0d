import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Tags next to the title, such as a status. */
  tags?: ReactNode;
  /** Buttons on the right (below the title on narrow screens). */
  extra?: ReactNode;
}

/** Every page's single h1, sized like an admin console's page title rather than a document heading. */
export function PageHeader({ title, subtitle, tags, extra }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      {/* React hoists <title> into <head>: the tab and the history list name the page. */}
      {typeof title === 'string' ? <title>{`${title} - ${t('app.name')}`}</title> : null}
      <div style={{ minWidth: 0 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ fontSize: 20, lineHeight: '28px', margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {subtitle ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        ) : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
