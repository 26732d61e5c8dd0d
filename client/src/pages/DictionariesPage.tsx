import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createDictionaryDraft,
  dictionaryListQuery,
  dictionaryVersionQuery,
  publishDictionary,
  saveDictionaryDraft,
  type DictionaryContent,
  type DictionarySummary,
  type DictionaryVersion,
} from '../api/dictionaries';
import { PageHeader } from '../components/PageHeader';

interface EditorFields {
  key: string;
  name: string;
  nameEn?: string;
  description?: string;
  entries: { value: string; label: string; labelEn?: string }[];
}

/** What the editor works on: a new dictionary, or a stored draft (its key, version and revision). */
type Editing = { kind: 'new' } | { kind: 'draft'; draft: DictionaryVersion };

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

function contentOf(fields: EditorFields): DictionaryContent {
  return {
    name: fields.name,
    ...(fields.nameEn ? { nameEn: fields.nameEn } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    entries: fields.entries.map((entry) => ({
      value: entry.value,
      label: entry.label,
      ...(entry.labelEn ? { labelEn: entry.labelEn } : {}),
    })),
  };
}

/**
 * 数据字典: the lists forms choose from (行业分类, 企业规模 …). A dictionary
 * is edited as a draft and published; a published version never changes, so a
 * change starts the next version from the newest one. Forms pin the newest
 * published version when they are published.
 */
export default function DictionariesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery(dictionaryListQuery);
  const [editing, setEditing] = useState<Editing>();
  const [form] = Form.useForm<EditorFields>();

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['dictionaries'] });
  const openEditor = (target: Editing) => {
    form.resetFields();
    if (target.kind === 'new') form.setFieldsValue({ entries: [{ value: '', label: '' }] });
    else {
      const { key, name, nameEn, description, entries } = target.draft;
      form.setFieldsValue({ key, name, nameEn, description, entries });
    }
    setEditing(target);
  };

  /** Opens the newest draft of a dictionary, or starts one from its newest published version. */
  const edit = useMutation({
    mutationFn: async (summary: DictionarySummary) => {
      const draft = summary.versions.find((version) => version.status === 'draft');
      if (draft) return queryClient.fetchQuery(dictionaryVersionQuery(summary.key, draft.version));
      const from = summary.published;
      if (!from) throw new Error(t('dictionaries.nothingToCopy'));
      return createDictionaryDraft({ key: summary.key, ...contentOf({ ...from, key: summary.key }) });
    },
    onSuccess: async (draft) => {
      openEditor({ kind: 'draft', draft });
      await refresh();
    },
    onError: (error) => message.error(error.message),
  });

  const save = useMutation({
    mutationFn: async ({ fields, publish }: { fields: EditorFields; publish: boolean }) => {
      const current = editing;
      let draft =
        current?.kind === 'draft'
          ? await saveDictionaryDraft(
              current.draft.key,
              current.draft.version,
              current.draft.revision,
              contentOf(fields),
            )
          : await createDictionaryDraft({ key: fields.key, ...contentOf(fields) });
      if (publish) draft = await publishDictionary(draft.key, draft.version, draft.revision);
      return draft;
    },
    onSuccess: async (draft) => {
      message.success(draft.status === 'published' ? t('dictionaries.published') : t('admin.saved'));
      if (draft.status === 'published') setEditing(undefined);
      else setEditing({ kind: 'draft', draft });
      await refresh();
    },
    onError: (error) => message.error(error.message),
  });

  const submit = (publish: boolean) =>
    void form
      .validateFields()
      .then((fields) => save.mutate({ fields, publish }))
      .catch(() => undefined);

  const draftOpen = editing?.kind === 'draft' ? editing.draft : undefined;

  return (
    <>
      <PageHeader
        title={t('dictionaries.title')}
        subtitle={t('dictionaries.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor({ kind: 'new' })}>
            {t('dictionaries.create')}
          </Button>
        }
      />
      <Table<DictionarySummary>
        rowKey="key"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        expandable={{
          rowExpandable: (summary) => Boolean(summary.published),
          expandedRowRender: (summary) => (
            <Flex wrap gap={4}>
              {summary.published?.entries.map((entry) => (
                <Tag key={entry.value}>
                  {entry.label} <Typography.Text type="secondary">{entry.value}</Typography.Text>
                </Tag>
              ))}
            </Flex>
          ),
        }}
        columns={[
          { key: 'name', title: t('dictionaries.name'), dataIndex: 'name' },
          { key: 'key', title: t('dictionaries.key'), render: (_, summary) => <code>{summary.key}</code> },
          {
            key: 'published',
            title: t('dictionaries.publishedVersion'),
            render: (_, summary) =>
              summary.published
                ? t('dictionaries.versionWithEntries', {
                    version: summary.published.version,
                    count: summary.published.entries.length,
                  })
                : '—',
          },
          {
            key: 'draft',
            title: t('dictionaries.status'),
            render: (_, summary) =>
              summary.versions.some((version) => version.status === 'draft') ? (
                <Tag color="orange">{t('dictionaries.hasDraft')}</Tag>
              ) : (
                <Tag color="green">{t('dictionaries.upToDate')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_, summary) => (
              <Button
                size="small"
                type="link"
                loading={edit.isPending && edit.variables?.key === summary.key}
                onClick={() => edit.mutate(summary)}
                aria-label={t('admin.editNamed', { name: summary.name })}
              >
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== undefined}
        width={640}
        title={
          draftOpen
            ? t('dictionaries.editDraft', { name: draftOpen.name, version: draftOpen.version })
            : t('dictionaries.create')
        }
        onClose={() => setEditing(undefined)}
        forceRender
        extra={
          <Space>
            <Button loading={save.isPending} onClick={() => submit(false)}>
              {t('dictionaries.saveDraft')}
            </Button>
            <Button type="primary" loading={save.isPending} onClick={() => submit(true)}>
              {t('dictionaries.publish')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('dictionaries.versionHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="key"
            label={t('dictionaries.key')}
            rules={[{ required: true, pattern: KEY_PATTERN, message: t('dictionaries.keyInvalid') }]}
          >
            <Input disabled={editing?.kind === 'draft'} placeholder="industry" maxLength={63} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('dictionaries.name')}
            rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('dictionaries.nameEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t('dictionaries.description')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Typography.Text strong>{t('dictionaries.entries')}</Typography.Text>
          <Form.List
            name="entries"
            rules={[
              {
                validator: async (_, entries?: EditorFields['entries']) => {
                  if (!entries || entries.length === 0) throw new Error(t('dictionaries.entriesRequired'));
                  const values = entries.map((entry) => entry?.value?.trim());
                  if (new Set(values).size !== values.length) throw new Error(t('dictionaries.valuesUnique'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={4} style={{ marginTop: 8 }}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <Form.Item
                      name={[field.name, 'value']}
                      rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
                      style={{ marginBottom: 0, width: 120 }}
                    >
                      <Input
                        aria-label={t('dictionaries.entryValue', { n: index + 1 })}
                        placeholder={t('dictionaries.value')}
                        maxLength={64}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'label']}
                      rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
                      style={{ marginBottom: 0, flex: 1 }}
                    >
                      <Input
                        aria-label={t('dictionaries.entryLabel', { n: index + 1 })}
                        placeholder={t('dictionaries.label')}
                        maxLength={100}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'labelEn']} style={{ marginBottom: 0, flex: 1 }}>
                      <Input
                        aria-label={t('dictionaries.entryLabelEn', { n: index + 1 })}
                        placeholder={t('dictionaries.labelEn')}
                        maxLength={200}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('dictionaries.removeEntry', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ value: '', label: '' })}>
                  {t('dictionaries.addEntry')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Drawer>
    </>
  );
}
