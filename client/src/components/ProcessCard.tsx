import { FileDoneOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueProcess } from '../api/types';

/**
 * A process in the catalogue. The whole card is one link, named by the
 * process, so it is a single large target on phones and for assistive tech.
 */
export function ProcessCard({ process }: { process: CatalogueProcess }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Link
      to={`/apply/${encodeURIComponent(process.key)}`}
      aria-label={process.name}
      style={{ display: 'block', height: '100%' }}
    >
      <Card hoverable style={{ height: '100%' }} styles={{ body: { height: '100%' } }}>
        <Flex vertical gap={12} style={{ height: '100%' }}>
          <Flex align="center" gap={12}>
            <Flex
              align="center"
              justify="center"
              style={{
                width: 40,
                height: 40,
                flex: 'none',
                borderRadius: 8,
                background: token.colorPrimaryBg,
                color: token.colorPrimary,
                fontSize: 20,
              }}
            >
              <FileDoneOutlined aria-hidden />
            </Flex>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {process.name}
            </Typography.Title>
          </Flex>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0, flex: 1 }}>
            {process.description}
          </Typography.Paragraph>
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('catalogue.version', { version: process.version })}
            </Typography.Text>
            <Typography.Text style={{ color: token.colorPrimary }}>
              {t('catalogue.apply')} <RightOutlined aria-hidden />
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}
