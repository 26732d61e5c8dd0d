import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organisationQuery,
  organisationSearchQuery,
  userQuery,
  userSearchQuery,
  type OrganisationKind,
} from '../api/directory';
import type { Role } from '../api/types';

interface DirectoryPickerProps {
  kind: 'organisation' | 'user';
  id?: string;
  value?: string;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  placeholder?: string;
  /** Users to leave out, e.g. the caller when transferring their own task. */
  exclude?: readonly string[];
  /** Only users with this role, e.g. enterprise applicants at the service window. */
  role?: Role;
  /** Only users of this organisation, e.g. colleagues for 外出代理. */
  org?: string;
  /** Only organisations of this kind, e.g. banks for 贷款银行. */
  orgKind?: OrganisationKind;
  ariaLabel?: string;
}

/**
 * Picks an organisation or a person from the server's directory, searching as
 * one types. The chosen id is what is stored; its name is looked up to show it.
 */
export function DirectoryPicker({
  kind,
  id,
  value,
  onChange,
  disabled,
  placeholder,
  exclude,
  role,
  org,
  orgKind,
  ariaLabel,
}: DirectoryPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDeferredValue(text);
  const users = useQuery({ ...userSearchQuery(q, 20, role, org), enabled: kind === 'user' && !disabled });
  const orgs = useQuery({ ...organisationSearchQuery(q, 20, orgKind), enabled: kind === 'organisation' && !disabled });
  const chosenUser = useQuery({ ...userQuery(value ?? ''), enabled: kind === 'user' && !!value });
  const chosenOrg = useQuery({ ...organisationQuery(value ?? ''), enabled: kind === 'organisation' && !!value });

  const found = kind === 'user' ? users : orgs;
  const options =
    kind === 'user'
      ? (users.data?.items ?? [])
          .filter((user) => !exclude?.includes(user.id))
          .map((user) => ({ value: user.id, label: `${user.displayName}（${user.orgName}）` }))
      : (orgs.data?.items ?? []).map((org) => ({ value: org.id, label: organisationLabel(org) }));
  const chosenLabel =
    kind === 'user'
      ? chosenUser.data && `${chosenUser.data.displayName}（${chosenUser.data.orgName}）`
      : chosenOrg.data && organisationLabel(chosenOrg.data);
  if (value && !options.some((option) => option.value === value))
    options.unshift({ value, label: chosenLabel ?? value });

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value || undefined}
      disabled={disabled}
      placeholder={placeholder ?? t(kind === 'user' ? 'picker.searchUser' : 'picker.searchOrg')}
      loading={found.isFetching}
      notFoundContent={found.isError ? found.error.message : t('picker.noMatch')}
      options={options}
      onChange={(next: string | undefined) => onChange(next ?? undefined)}
      style={{ width: '100%' }}
    />
  );
}

/** An enterprise with its 统一社会信用代码, which tells apart two of the same name. */
function organisationLabel(org: { name: string; kind: string; creditCode?: string }): string {
  return org.kind === 'enterprise' && org.creditCode ? `${org.name}（${org.creditCode}）` : org.name;
}
