import { DeleteOutlined } from '@ant-design/icons';
import type { AssigneeRule } from '@tongban/workflows';
import { Button, Flex, Form, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DirectoryPicker } from '../../components/DirectoryPicker';

export const ROLES = [
  'applicant',
  'handler',
  'leader',
  'bank_officer',
  'window',
  'supervisor',
  'auditor',
  'admin',
] as const;

interface AssigneeEditorProps {
  idPrefix: string;
  rule: AssigneeRule;
  /** Top-level fields of the process's form, for 单位取自表单字段 and 申请人自选. */
  formFields: readonly { key: string; title: string }[];
  onChange: (rule: AssigneeRule) => void;
}

/** Where the organisation comes from: one fixed organisation, a form field, or the applicant's own. */
type OrgSource = 'any' | 'org' | 'field' | 'applicant';

function orgSource(rule: AssigneeRule): OrgSource {
  if (rule.org !== undefined) return 'org';
  if (rule.orgFromField !== undefined) return 'field';
  if (rule.applicantOrg) return 'applicant';
  return 'any';
}

/**
 * 办理人: an assignee rule edited the way administrators think of it — which
 * organisation (fixed, from the form, or the applicant's), which role in it,
 * and named people — with people and organisations picked from the directory.
 */
export function AssigneeEditor({ idPrefix, rule, formFields, onChange }: AssigneeEditorProps) {
  const { t } = useTranslation();
  const source = orgSource(rule);
  const withoutOrg = ({ org: _o, orgFromField: _f, applicantOrg: _a, ...rest }: AssigneeRule): AssigneeRule => rest;
  const set = (patch: Partial<AssigneeRule>) =>
    onChange(JSON.parse(JSON.stringify({ ...rule, ...patch })) as AssigneeRule);
  const users = rule.users ?? [];
  const fieldOptions = formFields.map((field) => ({ value: field.key, label: `${field.title}（${field.key}）` }));

  return (
    <>
      <Form.Item
        label={t('process.assignee.orgSource')}
        htmlFor={`${idPrefix}-org-source`}
        style={{ marginBottom: 12 }}
      >
        <Select
          id={`${idPrefix}-org-source`}
          value={source}
          options={(['any', 'org', 'field', 'applicant'] as const).map((value) => ({
            value,
            label: t(`process.assignee.sources.${value}`),
          }))}
          onChange={(next: OrgSource) => {
            const base = withoutOrg(rule);
            if (next === 'org') onChange({ ...base, org: '' });
            else if (next === 'field') onChange({ ...base, orgFromField: formFields[0]?.key ?? '' });
            else if (next === 'applicant') onChange({ ...base, applicantOrg: true });
            else onChange(base);
          }}
        />
      </Form.Item>
      {source === 'org' ? (
        <Form.Item label={t('process.assignee.org')} htmlFor={`${idPrefix}-org`} style={{ marginBottom: 12 }}>
          <DirectoryPicker
            kind="organisation"
            id={`${idPrefix}-org`}
            value={rule.org || undefined}
            onChange={(org) => set({ org: org ?? '' })}
          />
        </Form.Item>
      ) : null}
      {source === 'field' ? (
        <Form.Item
          label={t('process.assignee.orgFromField')}
          htmlFor={`${idPrefix}-org-field`}
          style={{ marginBottom: 12 }}
        >
          <Select
            id={`${idPrefix}-org-field`}
            value={rule.orgFromField || undefined}
            options={fieldOptions}
            onChange={(orgFromField: string) => set({ orgFromField })}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('process.assignee.role')} htmlFor={`${idPrefix}-role`} style={{ marginBottom: 12 }}>
        <Select
          id={`${idPrefix}-role`}
          allowClear
          placeholder={t('process.assignee.anyRole')}
          value={rule.role}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          onChange={(role?: string) => set({ role })}
        />
      </Form.Item>
      <fieldset style={{ border: 'none', padding: 0, margin: '0 0 12px' }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('process.assignee.users')}</legend>
        <Flex vertical gap={6}>
          {users.map((userId, index) => (
            <Flex key={`${userId}-${index}`} gap={6}>
              <DirectoryPicker
                kind="user"
                ariaLabel={t('process.assignee.userN', { n: index + 1 })}
                value={userId}
                onChange={(next) =>
                  set({
                    users: next ? users.map((id, i) => (i === index ? next : id)) : users.filter((_, i) => i !== index),
                  })
                }
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('process.assignee.removeUser', { n: index + 1 })}
                onClick={() => {
                  const rest = users.filter((_, i) => i !== index);
                  set({ users: rest.length > 0 ? rest : undefined });
                }}
              />
            </Flex>
          ))}
          <DirectoryPicker
            kind="user"
            ariaLabel={t('process.assignee.addUser')}
            placeholder={t('process.assignee.addUser')}
            exclude={users}
            value={undefined}
            onChange={(next) => {
              if (next) set({ users: [...users, next] });
            }}
          />
        </Flex>
      </fieldset>
      <Flex gap={16} wrap>
        <Form.Item
          label={t('process.assignee.excludeApplicant')}
          htmlFor={`${idPrefix}-exclude`}
          style={{ marginBottom: 12 }}
        >
          <Switch
            id={`${idPrefix}-exclude`}
            checked={rule.excludeApplicant ?? false}
            onChange={(excludeApplicant) => set({ excludeApplicant: excludeApplicant || undefined })}
          />
        </Form.Item>
        <Form.Item
          label={t('process.assignee.pickField')}
          htmlFor={`${idPrefix}-pick`}
          style={{ marginBottom: 12, minWidth: 160 }}
        >
          <Select
            id={`${idPrefix}-pick`}
            allowClear
            placeholder={t('process.assignee.noPick')}
            value={rule.pickField}
            options={fieldOptions}
            onChange={(pickField?: string) => set({ pickField })}
          />
        </Form.Item>
      </Flex>
      {source === 'any' && !rule.role && users.length === 0 ? (
        <Typography.Text type="warning">{t('process.assignee.empty')}</Typography.Text>
      ) : null}
    </>
  );
}
