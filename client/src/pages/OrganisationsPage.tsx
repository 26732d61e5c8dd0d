import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CHINESE_FORMATS } from '@tongban/forms/formats';
import { App, Button, Card, Divider, Flex, Form, Input, Modal, Popconfirm, Select, Tag, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createOrganisation,
  deleteOrganisation,
  organisationListQuery,
  updateOrganisation,
  type Organisation,
  type OrganisationKind,
} from '../api/directory';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { PagedTable, usePaging } from '../components/PagedTable';
import { PageHeader } from '../components/PageHeader';

const KINDS = ['department', 'bank', 'enterprise'] as const;
const KIND_COLOURS = { department: 'blue', bank: 'gold', enterprise: 'green' } as const;
/** As the server checks it: one word of 1–16 characters, no spaces, control characters or `|`. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NUMBER_PREFIX = /^[^\s|\u0000-\u001f\u007f-\u009f]{1,16}$/;

interface OrganisationFields {
  id?: string;
  name: string;
  nameEn?: string;
  kind: Organisation['kind'];
  parentId?: string;
  numberPrefix?: string;
  creditCode?: string;
  address?: string;
  legalRepresentative?: string;
  contactPhone?: string;
}

const PROFILE_FIELDS = ['creditCode', 'address', 'legalRepresentative', 'contactPhone'] as const;

/** As the server checks them: a credit code with its check character, a mobile or a landline number. */
const isCreditCode = (value: string) => CHINESE_FORMATS['cn-credit-code'].check(value.trim().toUpperCase());
const isPhone = (value: string) =>
  CHINESE_FORMATS['cn-mobile'].check(value.trim()) || CHINESE_FORMATS['cn-landline'].check(value.trim());

/** 单位管理: departments, banks and enterprises; search, add, rename, move under a parent, delete an unused one. */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrganisationKind>();
  const paging = usePaging();
  const deferredQ = useDeferredValue(q);
  const list = useQuery(
    organisationListQuery({ q: deferredQ.trim() || undefined, kind, page: paging.page, pageSize: paging.pageSize }),
  );
  const [editing, setEditing] = useState<Organisation | 'new'>();
  const [form] = Form.useForm<OrganisationFields>();
  const openEditor = (target: Organisation | 'new') => {
    form.resetFields();
    form.setFieldsValue(
      target === 'new'
        ? { kind: 'department' }
        : {
            name: target.name,
            nameEn: target.nameEn,
            kind: target.kind,
            parentId: target.parentId,
            numberPrefix: target.numberPrefix,
            creditCode: target.creditCode,
            address: target.address,
            legalRepresentative: target.legalRepresentative,
            contactPhone: target.contactPhone,
          },
    );
    setEditing(target);
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organisations'] });
  const save = useMutation({
    mutationFn: async (fields: OrganisationFields) => {
      if (editing === 'new') {
        return createOrganisation({
          ...(fields.id ? { id: fields.id } : {}),
          name: fields.name,
          kind: fields.kind,
          ...(fields.nameEn ? { nameEn: fields.nameEn } : {}),
          ...(fields.parentId ? { parentId: fields.parentId } : {}),
          ...(fields.numberPrefix ? { numberPrefix: fields.numberPrefix } : {}),
          ...Object.fromEntries(PROFILE_FIELDS.filter((field) => fields[field]?.trim()).map((f) => [f, fields[f]])),
        });
      }
      return updateOrganisation(editing?.id ?? '', {
        name: fields.name,
        kind: fields.kind,
        nameEn: fields.nameEn || null,
        parentId: fields.parentId || null,
        numberPrefix: fields.numberPrefix || null,
        ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, fields[field]?.trim() || null])),
      });
    },
    onSuccess: async () => {
      message.success(t('admin.saved'));
      setEditing(undefined);
      await refresh();
    },
    onError: (error) => message.error(error.message),
  });
  const remove = useMutation({
    mutationFn: deleteOrganisation,
    onSuccess: async () => {
      message.success(t('admin.deleted'));
      await refresh();
    },
    onError: (error) => message.error(error.message),
  });

  return (
    <>
      <PageHeader
        title={t('admin.organisations.title')}
        subtitle={t('admin.organisations.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')}>
            {t('admin.organisations.create')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search
            aria-label={t('admin.search')}
            placeholder={t('admin.organisations.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 280 }}
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              paging.restart();
            }}
          />
          <Select
            aria-label={t('admin.organisations.kind')}
            allowClear
            placeholder={t('admin.organisations.allKinds')}
            style={{ minWidth: 140 }}
            value={kind}
            options={KINDS.map((value) => ({ value, label: t(`admin.organisations.kinds.${value}`) }))}
            onChange={(value?: OrganisationKind) => {
              setKind(value);
              paging.restart();
            }}
          />
        </Flex>
      </Card>
      <PagedTable<Organisation>
        list={list}
        paging={paging}
        columns={[
          { key: 'name', title: t('admin.organisations.name'), dataIndex: 'name' },
          {
            key: 'kind',
            title: t('admin.organisations.kind'),
            render: (_, org) => <Tag color={KIND_COLOURS[org.kind]}>{t(`admin.organisations.kinds.${org.kind}`)}</Tag>,
          },
          {
            key: 'id',
            title: t('admin.organisations.id'),
            render: (_, org) => <code>{org.id}</code>,
            responsive: ['md'],
          },
          {
            key: 'parent',
            title: t('admin.organisations.parent'),
            render: (_, org) => org.parentId ?? '—',
            responsive: ['lg'],
          },
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_, org) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="link"
                  onClick={() => openEditor(org)}
                  aria-label={t('admin.editNamed', { name: org.name })}
                >
                  {t('admin.edit')}
                </Button>
                <Popconfirm
                  title={t('admin.organisations.deleteConfirm', { name: org.name })}
                  okText={t('admin.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(org.id)}
                >
                  <Button size="small" type="link" danger aria-label={t('admin.deleteNamed', { name: org.name })}>
                    {t('admin.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? t('admin.organisations.create') : t('admin.organisations.edit')}
        okText={t('admin.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() =>
          void form
            .validateFields()
            .then((fields) => save.mutate(fields))
            .catch(() => undefined)
        }
        onCancel={() => setEditing(undefined)}
        // The form stays mounted, so opening the dialog can load a row's values before it shows.
        forceRender
      >
        <Form form={form} layout="vertical">
          {editing === 'new' ? (
            <Form.Item
              name="id"
              label={t('admin.organisations.idOptional')}
              rules={[{ pattern: /^org-[a-z0-9][a-z0-9-]{0,62}$/, message: t('admin.organisations.idInvalid') }]}
            >
              <Input placeholder="org-yunmeng-tax-bureau" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="name"
            label={t('admin.organisations.name')}
            rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('admin.organisations.nameEn')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.organisations.kind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((value) => ({ value, label: t(`admin.organisations.kinds.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="numberPrefix"
            label={t('admin.organisations.numberPrefix')}
            extra={t('admin.organisations.numberPrefixHelp')}
            rules={[{ pattern: NUMBER_PREFIX, message: t('admin.organisations.numberPrefixInvalid') }]}
          >
            <Input maxLength={16} placeholder="云梦招商" />
          </Form.Item>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t('admin.organisations.profile')}
          </Divider>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('admin.organisations.profileHelp')}
          </Typography.Paragraph>
          <Form.Item
            name="creditCode"
            label={t('admin.organisations.creditCode')}
            rules={[
              {
                validator: (_, value?: string) =>
                  !value?.trim() || isCreditCode(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('admin.organisations.creditCodeInvalid'))),
              },
            ]}
          >
            <Input maxLength={18} placeholder="91420923MA4F5XK27X" />
          </Form.Item>
          <Form.Item name="address" label={t('admin.organisations.address')}>
            <Input maxLength={200} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="legalRepresentative"
              label={t('admin.organisations.legalRepresentative')}
              style={{ flex: '1 1 160px' }}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="contactPhone"
              label={t('admin.organisations.contactPhone')}
              style={{ flex: '1 1 160px' }}
              rules={[
                {
                  validator: (_, value?: string) =>
                    !value?.trim() || isPhone(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('admin.organisations.contactPhoneInvalid'))),
                },
              ]}
            >
              <Input maxLength={20} placeholder="0712-1234567" />
            </Form.Item>
          </Flex>
          <Form.Item name="parentId" label={t('admin.organisations.parent')}>
            <DirectoryPicker
              kind="organisation"
              ariaLabel={t('admin.organisations.parent')}
              onChange={() => undefined}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
