import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { definitionListQuery, newestVersion, type DefinitionKind } from '../api/definitions';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { STATUS_COLOURS } from '../designer/shared/DefinitionToolbar';
import { formatDateTime } from '../lib/format-date-time';

/** 表单管理 / 流程管理: every definition with its versions; opening one goes to its designer. */
export function DefinitionListPage({ kind }: { kind: DefinitionKind }) {
  const { t } = useTranslation();
  const list = useQuery(definitionListQuery(kind));
  const root = kind === 'forms' ? '/admin/forms' : '/admin/processes';

  return (
    <>
      <PageHeader
        title={t(`definitions.${kind}.title`)}
        subtitle={t(`definitions.${kind}.subtitle`)}
        extra={
          <Link to={`${root}/new`}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t(`definitions.${kind}.create`)}
            </Button>
          </Link>
        }
      />
      {list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="key"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: <Empty description={t(`definitions.${kind}.empty`)} /> }}
          columns={[
            {
              title: t('definitions.name'),
              dataIndex: 'name',
              render: (name: string, row) => (
                <Link to={`${root}/${encodeURIComponent(row.key)}/versions/${newestVersion(row) ?? 1}`}>{name}</Link>
              ),
            },
            { title: t('definitions.key'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
            {
              title: t('definitions.versions'),
              key: 'versions',
              render: (_, row) => (
                <Flex gap={4} wrap>
                  {[...row.versions]
                    .sort((a, b) => b.version - a.version)
                    .map((version) => (
                      <Link
                        key={version.version}
                        to={`${root}/${encodeURIComponent(row.key)}/versions/${version.version}`}
                      >
                        <Tag color={STATUS_COLOURS[version.status]}>
                          {t('definitions.versionStatus', {
                            version: version.version,
                            status: t(`definitions.status.${version.status}`),
                          })}
                        </Tag>
                      </Link>
                    ))}
                </Flex>
              ),
            },
            {
              title: t('definitions.updatedAt'),
              key: 'updatedAt',
              render: (_, row) => {
                const latest = row.versions
                  .map((version) => version.updatedAt ?? '')
                  .sort()
                  .at(-1);
                return latest ? formatDateTime(latest) : '—';
              },
            },
          ]}
        />
      )}
    </>
  );
}

export function FormListPage() {
  return <DefinitionListPage kind="forms" />;
}

export function ProcessListPage() {
  return <DefinitionListPage kind="processes" />;
}
