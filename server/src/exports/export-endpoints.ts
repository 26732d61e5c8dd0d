import { defineEndpoint } from '../http/endpoint';
import { exportAuditXlsx } from '../audit/export-audit-xlsx';
import { exportRequestsXlsx } from '../requests/export-requests-xlsx';
import { exportGrowthPointReportsXlsx } from '../stats/export-growth-point-reports';
import { exportTasksXlsx } from '../tasks/export-tasks-xlsx';
import { z } from 'zod';
import { auditExportQuery } from '../http/audit-schemas';
import { growthPointReportsQuery, inboxExportQuery, requestExportQuery } from '../http/export-schemas';
import { XLSX_TYPE } from './stream-xlsx';
import type { ApiResponse } from '../openapi/operation-types';

const workbookSchema = z.any().meta({
  description:
    'An .xlsx workbook, streamed: one sheet, a header row in the caller’s language (zh-CN, English with Accept-Language: en), times in China time (UTC+8), statuses as their labels',
});

function workbook(fileName: string): Record<200, ApiResponse> {
  return {
    200: {
      description: { zh: 'Excel 文件（.xlsx）', en: 'The Excel workbook (.xlsx)' },
      schema: workbookSchema,
      contentType: XLSX_TYPE,
      headers: {
        'Content-Disposition': { description: `attachment; filename="${fileName}"`, schema: { type: 'string' } },
      },
    },
  };
}

const CAP = {
  zh: '最多 100000 行，超出时最后一行提示缩小筛选范围。',
  en: 'At most 100,000 rows; if there are more, the last row says to narrow the filters.',
};

/** The spreadsheet exports: each takes its list's filters and sees what that list sees. */
export const EXPORT_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/requests/export.xlsx',
    operationId: 'exportRequestsXlsx',
    tag: 'requests',
    auth: 'session',
    summary: { zh: '导出办件列表 Excel', en: 'Export the request list to Excel' },
    description: {
      zh: `与 GET /requests 相同的筛选条件（不分页）与可见范围，最新在前。${CAP.zh}`,
      en: `The filters (without paging) and visibility of GET /requests, newest first. ${CAP.en}`,
    },
    query: requestExportQuery,
    responses: workbook('requests-YYYYMMDD.xlsx'),
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
    handler: ({ user, ability, query, language, res }) => exportRequestsXlsx(user, ability, query, language, res),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/tasks/export.xlsx',
    operationId: 'exportTasksXlsx',
    tag: 'tasks',
    auth: 'session',
    summary: { zh: '导出待办 / 已办 / 抄送 Excel', en: 'Export an inbox view to Excel' },
    description: {
      zh: `仅调用者本人的任务；与 GET /tasks 相同的视图、筛选与排序（不分页）。${CAP.zh}`,
      en: `The caller’s own tasks only; the view, filters and order of GET /tasks (without paging). ${CAP.en}`,
    },
    query: inboxExportQuery,
    responses: workbook('tasks-open-YYYYMMDD.xlsx'),
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
    handler: ({ user, query, language, res }) => exportTasksXlsx(user, query, language, res),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/audit/export.xlsx',
    operationId: 'exportAuditXlsx',
    tag: 'audit',
    auth: 'session',
    summary: { zh: '导出审计日志 Excel', en: 'Export the audit log to Excel' },
    description: {
      zh: `督办、审计员与管理员可用；其他人 403。与 CSV 导出相同的筛选与列，最早在前。${CAP.zh}`,
      en: `Supervisors, auditors and administrators; anyone else gets 403. The filters and columns of the CSV export, oldest first. ${CAP.en}`,
    },
    query: auditExportQuery,
    responses: workbook('audit-YYYYMMDD.xlsx'),
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query, language, res }) => exportAuditXlsx(ability, query, language, res),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/stats/growth-point-reports/export.xlsx',
    operationId: 'exportGrowthPointReportsXlsx',
    tag: 'requests',
    auth: 'session',
    summary: {
      zh: '导出重大增长点某月报送情况 Excel',
      en: 'Export who has and has not reported in a growth-point month',
    },
    description: {
      zh: '每家监测企业一行：是否已报送、报送时间、包保组与包保责任人、办件编号与状态。督办与管理员可用；其他人 403。',
      en: 'One row per monitored enterprise: whether and when it reported, its supervision group and responsible official, the request’s number and status. Supervisors and administrators; anyone else gets 403.',
    },
    query: growthPointReportsQuery,
    responses: workbook('growth-point-YYYY-MM-YYYYMMDD.xlsx'),
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query, language, res }) => exportGrowthPointReportsXlsx(ability, query, language, res),
  }),
];
