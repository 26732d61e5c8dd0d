import type { Response } from 'express';
import { AuditEventModel, type AuditEvent } from '@tongban/store';
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
};

const COLUMNS: { zh: string; en: string; value: (event: AuditEvent, language: Language) => unknown }[] = [
  { zh: '时间', en: 'Time', value: (event) => event.at },
  { zh: '办件编号', en: 'Request', value: (event) => event.requestId },
  { zh: '事项', en: 'Process', value: (event) => event.processKey },
  { zh: '序号', en: 'Seq', value: (event) => event.seq },
  {
    zh: '操作',
    en: 'Action',
    value: (event, language) => {
      const label = ACTION_LABELS[event.action];
      return label ? (language === 'en' ? label.en : label.zh) : event.action;
    },
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
  { zh: '哈希', en: 'Hash', value: (event) => event.hash },
  { zh: '前一哈希', en: 'Previous hash', value: (event) => event.prevHash },
];

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
  const cursor = AuditEventModel.find(auditFilter(filter))
    .sort({ at: 1, _id: 1 })
    .limit(MAX_EXPORT_ROWS)
    .lean()
    .cursor();
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  res.status(200);
  res.type('text/csv; charset=utf-8');
  res.attachment(`audit-${stamp}.csv`);
  res.write(`\uFEFF${csvLine(COLUMNS.map((column) => (language === 'en' ? column.en : column.zh)))}`);
  for await (const event of cursor) {
    res.write(csvLine(COLUMNS.map((column) => column.value(event as AuditEvent, language))));
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
