import { useQuery } from '@tanstack/react-query';
import { diffFormModels, parseFormSchema, type FormModel } from '@tongban/forms/designer';
import { Alert, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionListQuery, definitionVersionQuery } from '../../api/definitions';

const CHANGE_COLOURS = { added: 'green', removed: 'red', changed: 'blue', moved: 'purple' } as const;

/** 版本对比: the form being edited against another version of the same key, field by field. */
export function VersionDiff({ formKey, version, model }: { formKey: string; version: number; model: FormModel }) {
  const { t } = useTranslation();
  const list = useQuery(definitionListQuery('forms'));
  const others = (list.data?.find((entry) => entry.key === formKey)?.versions ?? []).filter(
    (entry) => entry.version !== version,
  );
  const [other, setOther] = useState<number>();
  const chosen = other ?? others.filter((entry) => entry.version < version).at(-1)?.version ?? others[0]?.version;
  const loaded = useQuery({
    ...definitionVersionQuery<{ schema: unknown; uiSchema: unknown }>('forms', formKey, chosen ?? 0),
    enabled: chosen !== undefined,
  });
  const changes = useMemo(() => {
    if (!loaded.data) return undefined;
    const otherModel = parseFormSchema(loaded.data.definition.schema, loaded.data.definition.uiSchema);
    return chosen !== undefined && chosen < version
      ? diffFormModels(otherModel, model)
      : diffFormModels(model, otherModel);
  }, [loaded.data, model, chosen, version]);

  if (others.length === 0) return <Empty description={t('designer.diff.onlyVersion')} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('designer.diff.compareWith')}</Typography.Text>
        <Select
          aria-label={t('designer.diff.compareWith')}
          style={{ minWidth: 160 }}
          value={chosen}
          options={others.map((entry) => ({
            value: entry.version,
            label: t('definitions.versionStatus', {
              version: entry.version,
              status: t(`definitions.status.${entry.status}`),
            }),
          }))}
          onChange={(value: number) => setOther(value)}
        />
        {chosen !== undefined ? (
          <Typography.Text type="secondary">
            {chosen < version
              ? t('designer.diff.direction', { from: chosen, to: version })
              : t('designer.diff.direction', { from: version, to: chosen })}
          </Typography.Text>
        ) : null}
      </Flex>
      {loaded.isError ? <Alert type="error" title={loaded.error.message} /> : null}
      {changes === undefined ? null : changes.length === 0 ? (
        <Alert type="success" showIcon title={t('designer.diff.same')} />
      ) : (
        <List
          size="small"
          bordered
          data-testid="version-diff"
          dataSource={changes}
          renderItem={(change) => (
            <List.Item>
              <Flex gap={8} align="center" wrap>
                <Tag color={CHANGE_COLOURS[change.change]}>{t(`designer.diff.${change.change}`)}</Tag>
                <Typography.Text strong>
                  {change.path === '' ? t('designer.diff.wholeForm') : change.title || change.path}
                </Typography.Text>
                {change.path ? <Typography.Text code>{change.path}</Typography.Text> : null}
                {change.properties ? (
                  <Typography.Text type="secondary">
                    {change.properties
                      .map((name) => t(`designer.diff.properties.${name}`, { defaultValue: name }))
                      .join('、')}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
