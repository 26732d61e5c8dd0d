import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  auditCsvUrl,
  auditListQuery,
  verifyAudit,
  type AuditEntry,
  type AuditFilter,
  type AuditObjectKind,
} from '../api/audit';
import { ADMINISTRATION_ACTIONS, AUDIT_OBJECT_KINDS } from '@tongban/workflows/administration-vocabulary';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { ExportButton } from '../components/ExportButton';
import { PageError } from '../components/PageError';
import { PageHeader } from '../components/PageHeader';
import { auditActionKey, auditChangeLines } from '../lib/audit-entry-text';
import { showTotalOf } from '../lib/list-total';
import { formatDateTime } from '../lib/format-date-time';

const ACTIONS = [
  'submit',
  'approve',
  'reject',
  'return',
  'resubmit',
  'withdraw',
  'transfer',
  'delegate',
  'take_back',
  'comment',
  'add_signer',
  'urge',
  'flag',
  'rate',
  'complete',
];

/** Where the labels of a changed field's codes are. */
const CODE_LABELS: Record<string, string> = {
  roles: 'roles',
  kind: 'admin.organisations.kinds',
  status: 'definitions.status',
};

/**
 * 审计日志: every entry of every request's hash chain and of the
 * administration chain (organisations, accounts, definitions, substitutes,
 * lockouts — what changed, before and after), filtered by kind of entry,
 * request, object, person, action and period; the chain check says whether
 * anything was altered and where, in both; CSV for Excel.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const applied: AuditFilter = {
    ...filter,
    ...(range?.[0] ? { from: range[0].startOf('day').toISOString() } : {}),
    ...(range?.[1] ? { to: range[1].add(1, 'day').startOf('day').toISOString() } : {}),
  };
  const entries = useQuery(auditListQuery(applied, page, pageSize));
  // Without a request, every chain: the requests' and the administration chain.
  const verify = useMutation({
    mutationFn: () => verifyAudit(filter.requestId ? { requestId: filter.requestId } : {}),
  });
  const words = {
    yes: t('audit.yes'),
    no: t('audit.no'),
    listSeparator: t('audit.listSeparator'),
    // Codes a change names by field: an account's roles, an organisation's kind, a version's status.
    code: (field: string, value: string) =>
      field in CODE_LABELS ? t(`${CODE_LABELS[field]}.${value}`, { defaultValue: value }) : value,
  };
  const actions = filter.chain === 'administration' ? [] : ACTIONS;
  const administrationActions = filter.chain === 'request' ? [] : ADMINISTRATION_ACTIONS;
  const administration = verify.data?.administration;
  const set = (patch: Partial<AuditFilter>) => {
    setFilter((old) => ({ ...old, ...patch }));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <>
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t(filter.requestId ? 'audit.verifyOne' : 'audit.verifyAll')}
            </Button>
            <Button icon={<DownloadOutlined />} href={auditCsvUrl(applied)}>
              {t('audit.exportCsv')}
            </Button>
            <ExportButton path="/audit/export.xlsx" params={{ ...applied }} fallbackName="audit.xlsx" />
          </>
        }
      />
      {verify.data ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          data-testid="audit-verification"
          type={verify.data.ok ? 'success' : 'error'}
          title={
            verify.data.ok
              ? t('audit.chainOk', { requests: verify.data.requests, entries: verify.data.entries })
              : verify.data.broken.length > 0
                ? t('audit.chainBroken', { count: verify.data.broken.length })
                : t('audit.chainBrokenAdministration')
          }
          description={
            verify.data.broken.length > 0 || administration ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {verify.data.broken.map((broken) => (
                  <li key={broken.requestId}>
                    {t('audit.brokenAt', {
                      request: broken.requestId,
                      seq: broken.brokenAtSeq,
                      reason: t(`audit.reasons.${broken.reason}`),
                    })}
                  </li>
                ))}
                {administration ? (
                  <li data-testid="audit-verification-administration">
                    {administration.ok
                      ? t('audit.administrationOk', { entries: administration.entries })
                      : t('audit.administrationBroken', {
                          seq: administration.brokenAtSeq,
                          reason: t(`audit.reasons.${administration.reason ?? 'hash_mismatch'}`),
                        })}
                  </li>
                ) : null}
              </ul>
            ) : undefined
          }
        />
      ) : verify.isError ? (
        <Alert style={{ marginBottom: 16 }} type="error" showIcon title={verify.error.message} />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Flex gap={12} wrap>
            <Form.Item label={t('audit.chain')} htmlFor="audit-chain" style={{ marginBottom: 0, minWidth: 140 }}>
              <Select
                id="audit-chain"
                allowClear
                value={filter.chain}
                options={(['request', 'administration'] as const).map((chain) => ({
                  value: chain,
                  label: t(`audit.chains.${chain}`),
                }))}
                onChange={(chain?: AuditFilter['chain']) =>
                  set({
                    chain,
                    action: undefined,
                    ...(chain === 'administration' ? { requestId: undefined, processKey: undefined } : {}),
                    ...(chain === 'request' ? { objectKind: undefined, objectId: undefined } : {}),
                  })
                }
              />
            </Form.Item>
            <Form.Item label={t('audit.requestId')} htmlFor="audit-request" style={{ marginBottom: 0, minWidth: 220 }}>
              <Input
                id="audit-request"
                allowClear
                placeholder="云梦招商-20261202-0001"
                disabled={filter.chain === 'administration'}
                value={filter.requestId}
                onChange={(event) => set({ requestId: event.target.value.trim() || undefined })}
              />
            </Form.Item>
            <Form.Item label={t('audit.actor')} htmlFor="audit-actor" style={{ marginBottom: 0, minWidth: 200 }}>
              <DirectoryPicker
                kind="user"
                id="audit-actor"
                value={filter.actorId}
                onChange={(actorId) => set({ actorId })}
              />
            </Form.Item>
            <Form.Item label={t('audit.action')} htmlFor="audit-action" style={{ marginBottom: 0, minWidth: 160 }}>
              <Select
                id="audit-action"
                allowClear
                value={filter.action}
                popupMatchSelectWidth={false}
                options={[...actions, ...administrationActions].map((action) => ({
                  value: action,
                  label: t(auditActionKey(action), { defaultValue: action }),
                }))}
                onChange={(action?: string) => set({ action })}
              />
            </Form.Item>
            <Form.Item
              label={t('audit.objectKind')}
              htmlFor="audit-object-kind"
              style={{ marginBottom: 0, minWidth: 120 }}
            >
              <Select
                id="audit-object-kind"
                allowClear
                disabled={filter.chain === 'request'}
                value={filter.objectKind}
                options={AUDIT_OBJECT_KINDS.map((kind) => ({ value: kind, label: t(`audit.objectKinds.${kind}`) }))}
                onChange={(objectKind?: AuditObjectKind) => set({ objectKind })}
              />
            </Form.Item>
            <Form.Item label={t('audit.objectId')} htmlFor="audit-object-id" style={{ marginBottom: 0, minWidth: 180 }}>
              <Input
                id="audit-object-id"
                allowClear
                disabled={filter.chain === 'request'}
                placeholder="org-… / u-… / key@1"
                value={filter.objectId}
                onChange={(event) => set({ objectId: event.target.value.trim() || undefined })}
              />
            </Form.Item>
            <Form.Item label={t('audit.period')} htmlFor="audit-period" style={{ marginBottom: 0 }}>
              <DatePicker.RangePicker
                id="audit-period"
                value={range}
                onChange={(value) => {
                  setRange(value);
                  setPage(1);
                }}
              />
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      {entries.isError ? (
        <PageError error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={entries.isPending}
          dataSource={entries.data?.items}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showTotal: showTotalOf(t),
            showSizeChanger: true,
            onChange: (next, size) => {
              setPage(next);
              setPageSize(size);
            },
          }}
          columns={[
            { key: 'at', title: t('audit.at'), render: (_, entry) => formatDateTime(entry.at) },
            {
              key: 'request',
              title: t('audit.object'),
              render: (_, entry) =>
                entry.object ? (
                  <span data-testid="audit-object">
                    {t('audit.objectLabel', {
                      kind: t(`audit.objectKinds.${entry.object.kind}`, { defaultValue: entry.object.kind }),
                      name: entry.object.name,
                    })}{' '}
                    <code>{entry.object.id}</code>
                  </span>
                ) : entry.requestId ? (
                  <Link to={`/requests/${encodeURIComponent(entry.requestId)}`}>
                    <code>{entry.requestId}</code>
                  </Link>
                ) : null,
            },
            { key: 'seq', title: '#', dataIndex: 'seq' },
            {
              key: 'actor',
              title: t('audit.actor'),
              render: (_, entry) =>
                entry.actor ? `${entry.actor.displayName}（${entry.actor.orgName}）` : t('audit.system'),
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, entry) => t(auditActionKey(entry.action), { defaultValue: entry.action }),
            },
            {
              key: 'comment',
              title: `${t('audit.comment')} / ${t('audit.changes')}`,
              render: (_, entry) => {
                const lines = auditChangeLines(entry, words);
                if (lines.length === 0) return entry.comment ?? '';
                return (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                    {lines.map((line, index) => (
                      <li key={index}>
                        {line.kind === 'field'
                          ? t('audit.changeLine', {
                              field: t(`audit.fields.${line.field}`, { defaultValue: line.field }),
                              before: line.before,
                              after: line.after,
                            })
                          : t(line.label.key, line.label.values)}
                      </li>
                    ))}
                  </ul>
                );
              },
            },
            {
              key: 'hash',
              title: t('audit.hash'),
              render: (_, entry) => (
                <Typography.Text code copyable={{ text: entry.hash }} style={{ fontSize: 11 }}>
                  {entry.hash.slice(0, 12)}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
