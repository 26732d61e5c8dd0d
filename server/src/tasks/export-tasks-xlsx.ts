import { allOf, TaskProjectionModel, type TaskProjection } from '@tongban/store';
import type { Response } from 'express';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import { chinaDateTime, mapRows, MAX_XLSX_ROWS, streamXlsx, type XlsxColumn } from '../exports/stream-xlsx';
import { CLOCK_LEVEL_LABELS, labelOf, TASK_STATUS_LABELS } from '../exports/status-labels';
import type { inboxExportQuery } from '../http/export-schemas';
import type { Language } from '../http/language';
import { DUE_RANGES, inboxFilter, inboxOrder, toTaskView, type TaskView } from './list-tasks';

const COLUMNS: readonly XlsxColumn<TaskView>[] = [
  { zh: '办件编号', en: 'Request number', width: 26, value: (task) => task.requestNumber ?? task.requestId },
  { zh: '办理事项', en: 'Process', width: 24, value: (task) => task.processName },
  { zh: '环节', en: 'Step', width: 18, value: (task) => task.stepName },
  { zh: '申请单位', en: 'Applicant organisation', width: 28, value: (task) => task.applicantOrgName },
  {
    zh: '状态',
    en: 'Status',
    width: 10,
    value: (task, language) => labelOf(TASK_STATUS_LABELS, task.status, language),
  },
  { zh: '代理', en: 'On behalf of', width: 12, value: (task) => task.onBehalfOf?.displayName },
  { zh: '接收时间', en: 'Received at', width: 20, value: (task) => chinaDateTime(task.createdAt) },
  { zh: '办理时间', en: 'Decided at', width: 20, value: (task) => chinaDateTime(task.decidedAt) },
  { zh: '环节时限', en: 'Step due', width: 20, value: (task) => chinaDateTime(task.deadline?.dueAt) },
  { zh: '剩余工作日', en: 'Working days left', width: 12, value: (task) => task.deadline?.workingDaysLeft },
  {
    zh: '预警',
    en: 'Warning',
    width: 10,
    value: (task, language) => labelOf(CLOCK_LEVEL_LABELS, task.deadline?.level, language),
  },
];

/**
 * `GET /tasks/export.xlsx`: one inbox view of the caller's own tasks as a
 * workbook, with the list's filters and in the list's order (`sort=due`: the
 * same two index ranges the list reads), through cursors in index order.
 */
export async function exportTasksXlsx(
  user: CurrentUser,
  query: z.output<typeof inboxExportQuery>,
  language: Language,
  res: Response,
): Promise<void> {
  const now = new Date();
  await streamXlsx(res, {
    fileStem: `tasks-${query.status}`,
    sheetName: { zh: INBOX_SHEETS[query.status].zh, en: INBOX_SHEETS[query.status].en },
    columns: COLUMNS,
    rows: mapRows(inboxInListOrder(user, query), (task) => toTaskView(task, language, now)),
    language,
  });
}

const INBOX_SHEETS = {
  open: { zh: '待办', en: 'To do' },
  done: { zh: '已办', en: 'Done' },
  cc: { zh: '抄送我', en: 'Copied to me' },
} as const;

async function* inboxInListOrder(
  user: CurrentUser,
  query: z.output<typeof inboxExportQuery>,
): AsyncIterable<TaskProjection> {
  const filter = inboxFilter(user, query);
  const ranges: [Record<string, unknown>, Record<string, 1 | -1>][] =
    query.status === 'open' && query.sort === 'due'
      ? [
          [allOf(...filter, DUE_RANGES.withDeadline), { dueAt: 1, _id: 1 }],
          [allOf(...filter, DUE_RANGES.withoutDeadline), inboxOrder('open')],
        ]
      : [[allOf(...filter), inboxOrder(query.status)]];
  let left = MAX_XLSX_ROWS + 1;
  for (const [where, sort] of ranges) {
    if (left === 0) return;
    for await (const task of TaskProjectionModel.find(where).sort(sort).limit(left).batchSize(500).lean().cursor()) {
      left -= 1;
      yield task as TaskProjection;
    }
  }
}
