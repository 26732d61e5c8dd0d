import type { Response } from 'express';
import { ADMINISTRATION_CHAIN, AuditEventModel, type AuditEvent } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import type { AuditFilterInput } from '../http/audit-schemas';
import type { Language } from '../http/language';
import { auditFilter, requireAuditReader } from './list-audit';

/** What each action is called in the export; an action not listed appears as its code. */
const ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  submit: { zh: '提交', en: 'Submitted' },
  approve: { zh: '同意', en: 'Approved' },
  reject: { zh: '驳回', en: 'Rejected' },
  comment: { zh: '评论', en: 'Commented' },
  return: { zh: '退回', en: 'Returned' },
  resubmit: { zh: '重新提交', en: 'Resubmitted' },
  withdraw: { zh: '撤回', en: 'Withdrew' },
  transfer: { zh: '转交', en: 'Transferred' },
  delegate: { zh: '委派', en: 'Delegated' },
  take_back: { zh: '拿回', en: 'Took back' },
  urge: { zh: '催办', en: 'Urged' },
  complete: { zh: '办结', en: 'Completed' },
  // The administration chain.
  organisation_created: { zh: '新建单位', en: 'Created an organisation' },
  organisation_updated: { zh: '修改单位', en: 'Changed an organisation' },
  organisation_deleted: { zh: '删除单位', en: 'Deleted an organisation' },
  user_created: { zh: '新建账号', en: 'Created an account' },
  user_updated: { zh: '修改账号', en: 'Changed an account' },
  user_deactivated: { zh: '停用账号', en: 'Deactivated an account' },
  user_activated: { zh: '启用账号', en: 'Reactivated an account' },
  user_password_reset: { zh: '重置密码', en: 'Reset a password' },
  user_identity_linked: { zh: '关联统一身份认证账号', en: 'Linked an identity provider account' },
  definition_draft_created: { zh: '新建草稿', en: 'Created a draft' },
  definition_draft_updated: { zh: '修改草稿', en: 'Changed a draft' },
  definition_draft_deleted: { zh: '删除草稿', en: 'Deleted a draft' },
  definition_imported: { zh: '导入定义', en: 'Imported a definition' },
  definition_published: { zh: '发布', en: 'Published' },
  definition_archived: { zh: '停用版本', en: 'Archived' },
  dictionary_draft_created: { zh: '新建字典草稿', en: 'Created a dictionary draft' },
  dictionary_draft_updated: { zh: '修改字典草稿', en: 'Changed a dictionary draft' },
  dictionary_published: { zh: '发布字典', en: 'Published a dictionary' },
  substitute_set: { zh: '设置外出代理', en: 'Named a substitute' },
  substitute_cleared: { zh: '取消外出代理', en: 'Cleared the substitute' },
  login_locked: { zh: '登录锁定', en: 'Login locked' },
  temporal_payloads_decoded: { zh: '解密 Temporal 数据', en: 'Decoded Temporal payloads' },
};

const OBJECT_KINDS: Record<string, { zh: string; en: string }> = {
  organisation: { zh: '单位', en: 'Organisation' },
  user: { zh: '账号', en: 'Account' },
  form: { zh: '表单', en: 'Form' },
  process: { zh: '流程', en: 'Process' },
  dictionary: { zh: '数据字典', en: 'Dictionary' },
  namespace: { zh: 'Temporal 命名空间', en: 'Temporal namespace' },
};

const CHAINS: Record<string, { zh: string; en: string }> = {
  administration: { zh: '管理操作', en: 'Administration' },
  request: { zh: '办件', en: 'Request' },
};

const label = (labels: Record<string, { zh: string; en: string }>, code: string | undefined, language: Language) => {
  if (code === undefined) return undefined;
  const found = labels[code];
  return found ? (language === 'en' ? found.en : found.zh) : code;
};

/** The columns of both audit exports (CSV and xlsx). */
export const AUDIT_COLUMNS: { zh: string; en: string; value: (event: AuditEvent, language: Language) => unknown }[] = [
  { zh: '时间', en: 'Time', value: (event) => event.at },
  {
    zh: '办件编号',
    en: 'Request',
    value: (event) => (event.requestId === ADMINISTRATION_CHAIN ? undefined : event.requestId),
  },
  { zh: '事项', en: 'Process', value: (event) => event.processKey },
  { zh: '序号', en: 'Seq', value: (event) => event.seq },
  {
    zh: '操作',
    en: 'Action',
    value: (event, language) => label(ACTION_LABELS, event.action, language),
  },
  { zh: '操作代码', en: 'Action code', value: (event) => event.action },
  { zh: '操作人', en: 'Actor', value: (event) => event.actor?.displayName },
  { zh: '操作人编号', en: 'Actor id', value: (event) => event.actor?.userId },
  { zh: '所在单位', en: 'Organisation', value: (event) => event.actor?.orgName },
  { zh: '代理谁', en: 'On behalf of', value: (event) => event.actor?.onBehalfOf?.displayName },
  { zh: '环节', en: 'Step', value: (event) => event.stepId },
  { zh: '意见', en: 'Comment', value: (event) => event.comment },
  { zh: '退回至', en: 'Returned to', value: (event) => event.to },
  { zh: '交给', en: 'Handed to', value: (event) => event.target?.displayName },
  { zh: '详情', en: 'Detail', value: (event) => (event.detail ? JSON.stringify(event.detail) : undefined) },
  {
    zh: '记录类别',
    en: 'Chain',
    value: (event, language) =>
      label(CHAINS, event.requestId === ADMINISTRATION_CHAIN ? 'administration' : 'request', language),
  },
  { zh: '对象类型', en: 'Object kind', value: (event, language) => label(OBJECT_KINDS, event.object?.kind, language) },
  { zh: '对象编号', en: 'Object id', value: (event) => event.object?.id },
  { zh: '对象名称', en: 'Object', value: (event) => event.object?.name },
  { zh: '哈希', en: 'Hash', value: (event) => event.hash },
  { zh: '前一哈希', en: 'Previous hash', value: (event) => event.prevHash },
];

/** The filtered audit log, oldest first, as each export reads it: one cursor, at most `limit` entries. */
export async function auditExportCursor(filter: AuditFilterInput, limit: number) {
  const where = await auditFilter(filter);
  return AuditEventModel.find(where).sort({ at: 1, _id: 1 }).limit(limit).batchSize(500).lean().cursor();
}

/** Rows at most per export; a narrower filter gets the rest. */
export const MAX_EXPORT_ROWS = 100_000;

/**
 * Streams the filtered audit log as CSV, oldest first: UTF-8 with a byte
 * order mark so Excel shows Chinese, CRLF lines (RFC 4180), and cells that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) defused with `'`.
 */
export async function exportAuditCsv(
  ability: AppAbility,
  filter: AuditFilterInput,
  language: Language,
  res: Response,
): Promise<void> {
  requireAuditReader(ability);
  const cursor = await auditExportCursor(filter, MAX_EXPORT_ROWS);
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  res.status(200);
  res.type('text/csv; charset=utf-8');
  res.attachment(`audit-${stamp}.csv`);
  res.write(`\uFEFF${csvLine(AUDIT_COLUMNS.map((column) => (language === 'en' ? column.en : column.zh)))}`);
  for await (const event of cursor) {
    res.write(csvLine(AUDIT_COLUMNS.map((column) => column.value(event as AuditEvent, language))));
  }
  res.end();
}

function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
