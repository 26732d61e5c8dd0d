import { readRequestProjection, RequestProjectionModel } from '@tongban/store';
import type { Response } from 'express';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { chinaDateTime, mapRows, MAX_XLSX_ROWS, streamXlsx, type XlsxColumn } from '../exports/stream-xlsx';
import { labelOf, REQUEST_STATUS_LABELS } from '../exports/status-labels';
import type { requestExportQuery } from '../http/export-schemas';
import type { Language } from '../http/language';
import { REQUEST_LIST_ORDER, requestListFilter } from './list-requests';
import { toRequestSummary } from './request-view';

type RequestRow = ReturnType<typeof toRequestSummary>;

const COLUMNS: readonly XlsxColumn<RequestRow>[] = [
  { zh: '办件编号', en: 'Request number', width: 26, value: (request) => request.number ?? request.id },
  { zh: '办理事项', en: 'Process', width: 24, value: (request) => request.processName },
  {
    zh: '状态',
    en: 'Status',
    width: 12,
    value: (request, language) => labelOf(REQUEST_STATUS_LABELS, request.status, language),
  },
  { zh: '当前环节', en: 'Current step', width: 20, value: (request) => request.currentStepNames.join('、') },
  { zh: '申请单位', en: 'Applicant organisation', width: 28, value: (request) => request.applicant.orgName },
  { zh: '申请人', en: 'Applicant', width: 12, value: (request) => request.applicant.displayName },
  { zh: '代办窗口', en: 'Filed at the window by', width: 14, value: (request) => request.filedBy?.displayName },
  { zh: '提交时间', en: 'Submitted at', width: 20, value: (request) => chinaDateTime(request.createdAt) },
  { zh: '更新时间', en: 'Updated at', width: 20, value: (request) => chinaDateTime(request.updatedAt) },
  { zh: '办结时间', en: 'Completed at', width: 20, value: (request) => chinaDateTime(request.completedAt) },
];

/**
 * `GET /requests/export.xlsx`: the request list as a workbook. The list's own
 * filter (what the caller may read, narrowed by the same query) in the list's
 * order, read through one cursor in index order; times in China time.
 */
export async function exportRequestsXlsx(
  user: CurrentUser,
  ability: AppAbility,
  query: z.output<typeof requestExportQuery>,
  language: Language,
  res: Response,
): Promise<void> {
  const cursor = RequestProjectionModel.find(await requestListFilter(user, ability, query), { data: 0, stepData: 0 })
    .sort(REQUEST_LIST_ORDER)
    // One more than the cap tells the writer there were more.
    .limit(MAX_XLSX_ROWS + 1)
    .batchSize(500)
    .lean()
    .cursor();
  await streamXlsx(res, {
    fileStem: 'requests',
    sheetName: { zh: '办件', en: 'Requests' },
    columns: COLUMNS,
    rows: mapRows(cursor, (request) => toRequestSummary(readRequestProjection(request), language)),
    language,
  });
}
