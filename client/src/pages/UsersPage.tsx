import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Switch, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, updateUser, userListQuery, type DirectoryUser } from '../api/directory';
import type { Role } from '../api/types';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { PagedTable, usePaging } from '../components/PagedTable';
import { PageHeader } from '../components/PageHeader';
import { ROLES } from '../designer/process/AssigneeEditor';

interface UserFields {
  username: string;
  displayName: string;
  orgId: string;
  roles: Role[];
  password?: string;
  active: boolean;
}

/** 人员管理: accounts with their organisation and roles; add, edit, reset a password, deactivate (never delete). */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [org, setOrg] = useState<string>();
  const [role, setRole] = useState<Role>();
  const paging = usePaging();
  const deferredQ = useDeferredValue(q);
  const list = useQuery(
    userListQuery({ q: deferredQ.trim() || undefined, org, role, page: paging.page, pageSize: paging.pageSize }),
  );
  const [editing, setEditing] = useState<DirectoryUser | 'new'>();
  const [form] = Form.useForm<UserFields>();
  const openEditor = (target: DirectoryUser | 'new') => {
    form.resetFields();
    form.setFieldsValue(
      target === 'new'
        ? { roles: [], active: true }
        : {
            username: target.username,
            displayName: target.displayName,
            orgId: target.orgId,
            roles: target.roles,
            active: target.active !== false,
          },
    );
    setEditing(target);
  };

  const save = useMutation({
    mutationFn: (fields: UserFields) =>
      editing === 'new'
        ? createUser({ ...fields, password: fields.password ?? '' })
        : updateUser(editing?.id ?? '', {
            displayName: fields.displayName,
            orgId: fields.orgId,
            roles: fields.roles,
            active: fields.active,
            ...(fields.password ? { password: fields.password } : {}),
          }),
    onSuccess: async () => {
      message.success(t('admin.saved'));
      setEditing(undefined);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => message.error(error.message),
  });

  const isNew = editing === 'new';
  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        subtitle={t('admin.users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor('new')}>
            {t('admin.users.create')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search
            aria-label={t('admin.search')}
            placeholder={t('admin.users.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 240 }}
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              paging.restart();
            }}
          />
          <div style={{ minWidth: 220 }}>
            <DirectoryPicker
              kind="organisation"
              ariaLabel={t('admin.users.org')}
              placeholder={t('admin.users.anyOrg')}
              value={org}
              onChange={(value) => {
                setOrg(value);
                paging.restart();
              }}
            />
          </div>
          <Select
            aria-label={t('admin.users.role')}
            allowClear
            placeholder={t('process.assignee.anyRole')}
            style={{ minWidth: 140 }}
            value={role}
            options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            onChange={(value?: Role) => {
              setRole(value);
              paging.restart();
            }}
          />
        </Flex>
      </Card>
      <PagedTable<DirectoryUser>
        list={list}
        paging={paging}
        columns={[
          { key: 'name', title: t('admin.users.displayName'), dataIndex: 'displayName' },
          {
            key: 'username',
            title: t('admin.users.username'),
            render: (_, user) => <code>{user.username ?? user.id}</code>,
          },
          { key: 'org', title: t('admin.users.org'), dataIndex: 'orgName', responsive: ['md'] },
          {
            key: 'roles',
            title: t('admin.users.roles'),
            render: (_, user) =>
              user.roles.map((value) => <Tag key={value}>{t(`roles.${value}`, { defaultValue: value })}</Tag>),
          },
          {
            key: 'active',
            title: t('admin.users.status'),
            render: (_, user) =>
              user.active === false ? (
                <Tag>{t('admin.users.inactive')}</Tag>
              ) : (
                <Tag color="green">{t('admin.users.active')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_, user) => (
              <Button
                size="small"
                type="link"
                onClick={() => openEditor(user)}
                aria-label={t('admin.editNamed', { name: user.displayName })}
              >
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={isNew ? t('admin.users.create') : t('admin.users.edit')}
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
          <Form.Item
            name="username"
            label={t('admin.users.username')}
            rules={[
              { required: true, pattern: /^[a-z0-9][a-z0-9_.-]{1,31}$/, message: t('admin.users.usernameInvalid') },
            ]}
          >
            <Input disabled={!isNew} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('admin.users.displayName')}
            rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="orgId"
            label={t('admin.users.org')}
            rules={[{ required: true, message: t('admin.required') }]}
          >
            <DirectoryPicker kind="organisation" ariaLabel={t('admin.users.org')} onChange={() => undefined} />
          </Form.Item>
          <Form.Item name="roles" label={t('admin.users.roles')}>
            <Select mode="multiple" options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="password"
            label={isNew ? t('admin.users.password') : t('admin.users.newPassword')}
            rules={[{ required: isNew, min: 8, message: t('admin.users.passwordRule') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {!isNew ? (
            <Form.Item name="active" label={t('admin.users.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
