import { useQuery } from '@tanstack/react-query';
import { dictionaryOptions, type ChoiceOption, type DictionaryReference } from '@tongban/forms/designer';
import { Alert, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dictionaryListQuery, type DictionarySummary } from '../../api/dictionaries';

interface DictionaryPickerProps {
  /** The field's dictionary, if its options come from one. */
  value: DictionaryReference | undefined;
  /** A dictionary chosen: its reference and its newest published entries as the field's options; none: the options stay, now the field's own. */
  onChange(change: { dictionary: DictionaryReference | undefined; options?: ChoiceOption[] }): void;
}

/**
 * 选项来源: a choice field's options typed in the designer, or taken from a
 * dictionary (数据字典). The options shown are the dictionary's newest
 * published entries; publishing the form pins whatever version is newest then.
 */
export function DictionaryPicker({ value, onChange }: DictionaryPickerProps) {
  const { t } = useTranslation();
  const list = useQuery(dictionaryListQuery);
  const published = (list.data ?? []).filter(
    (
      summary,
    ): summary is DictionarySummary & {
      published: NonNullable<DictionarySummary['published']>;
    } => Boolean(summary.published),
  );
  const chosen = value ? published.find((summary) => summary.key === value.key) : undefined;
  const newer = chosen && value?.version !== undefined && chosen.published.version > value.version;

  return (
    <Flex vertical gap={4}>
      <Select
        id="prop-dictionary"
        allowClear
        loading={list.isLoading}
        placeholder={t('designer.prop.dictionaryNone')}
        value={value?.key}
        options={published.map((summary) => ({
          value: summary.key,
          label: `${summary.name}（${summary.key}）`,
        }))}
        onChange={(key?: string) => {
          const summary = published.find((candidate) => candidate.key === key);
          if (!summary) {
            onChange({ dictionary: undefined });
            return;
          }
          onChange({
            dictionary: { key: summary.key, version: summary.published.version },
            options: dictionaryOptions({
              key: summary.key,
              version: summary.published.version,
              entries: summary.published.entries,
            }),
          });
        }}
      />
      {value && !chosen && !list.isLoading ? (
        <Alert type="warning" showIcon message={t('designer.prop.dictionaryMissing', { key: value.key })} />
      ) : null}
      {newer ? (
        <Typography.Text type="secondary">
          {t('designer.prop.dictionaryNewer', { version: chosen.published.version })}
        </Typography.Text>
      ) : null}
      {value ? (
        <Typography.Text type="secondary">
          {t('designer.prop.dictionaryHint', { version: value.version ?? '—' })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
