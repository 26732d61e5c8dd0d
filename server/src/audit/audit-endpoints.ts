import { defineEndpoint } from '../http/endpoint';
import { exportAuditCsv } from './export-audit-csv';
import { listAudit } from './list-audit';
import { verifyAudit } from './verify-audit';
import { auditExportQuery, auditListQuery, auditVerifyQuery } from '../http/audit-schemas';
import { auditCsvSchema, auditPageSchema, auditVerificationSchema } from '../openapi/audit-responses';

const READERS = {
  zh: '督办、审计员与管理员可用；其他人 403。',
  en: 'Supervisors, auditors and administrators; anyone else gets 403.',
};

/** `/audit`: the hash-chained log, for supervisors, auditors and administrators. */
export const AUDIT_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/audit',
    operationId: 'listAudit',
    tag: 'audit',
    auth: 'session',
    summary: { zh: '审计日志（最新在前，分页）', en: 'The audit log, newest first, paged' },
    description: {
      zh: `${READERS.zh} 包括办件记录与管理操作记录（单位、账号、表单与流程定义、外出代理、登录锁定）；chain 选择其一，objectKind / objectId 按对象筛选。`,
      en: `${READERS.en} Request entries and administrative entries (organisations, accounts, form and process definitions, substitutes, login lockouts); chain picks one, objectKind / objectId filter by object.`,
    },
    query: auditListQuery,
    responses: { 200: { description: { zh: '一页审计记录', en: 'A page of entries' }, schema: auditPageSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query }) => listAudit(ability, query),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/audit/verify',
    operationId: 'verifyAudit',
    tag: 'audit',
    auth: 'session',
    summary: {
      zh: '校验哈希链：是否完整、从哪里断开',
      en: 'Verify the hash chains: whether they hold, where they break',
    },
    description: {
      zh: `${READERS.zh} 指定 requestId 时只校验该办件，chain=administration 时只校验管理操作链，否则一次校验全部办件与管理操作链。`,
      en: `${READERS.en} With requestId, that request’s chain; with chain=administration, the administration chain; otherwise every chain (requests and administration) in one pass.`,
    },
    query: auditVerifyQuery,
    responses: { 200: { description: { zh: '校验结果', en: 'The result' }, schema: auditVerificationSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query }) => verifyAudit(ability, query),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/audit/export.csv',
    operationId: 'exportAuditCsv',
    tag: 'audit',
    auth: 'session',
    summary: { zh: '导出审计日志 CSV（Excel 可直接打开）', en: 'Export the audit log as CSV (opens in Excel)' },
    description: {
      zh: `${READERS.zh} 筛选条件同列表，最早在前，最多 100000 行；以 =、+、-、@ 开头的单元格前加 ' 以防被当作公式。`,
      en: `${READERS.en} Same filters as the list, oldest first, at most 100,000 rows; cells starting with =, +, - or @ get a leading ' so no spreadsheet runs them as formulas.`,
    },
    query: auditExportQuery,
    responses: {
      200: {
        description: { zh: 'CSV 文件', en: 'The CSV file' },
        schema: auditCsvSchema,
        contentType: 'text/csv; charset=utf-8',
        headers: {
          'Content-Disposition': {
            description: 'attachment; filename="audit-YYYYMMDD.csv"',
            schema: { type: 'string' },
          },
        },
      },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query, language, res }) => exportAuditCsv(ability, query, language, res),
  }),
];
