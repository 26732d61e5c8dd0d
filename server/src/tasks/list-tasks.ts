import { allOf, TaskProjectionModel, type TaskProjection } from '@tongban/store';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import { localized, type Language } from '../http/language';
import { pageWindow, type Page } from '../http/paging';
import type { inboxQuery } from '../http/schemas';
import { requestTextSearch } from '../requests/request-text-search';

/** 待办 open tasks, 已办 the ones the caller decided, 抄送我 copies sent to them. */
export type InboxView = 'open' | 'done' | 'cc';

const VIEW_FILTERS: Record<InboxView, Record<string, unknown>> = {
  open: { status: 'open' },
  done: { status: { $in: ['approved', 'rejected'] } },
  // Copies (抄送) are the `informed` tasks (their projection's kind is `cc`): read-only, nothing
  // to decide. One equality, which the inbox index serves.
  cc: { status: 'informed' },
};

/** One of the caller's inbox views, newest first, filtered and paged. */
export async function listTasks(
  user: CurrentUser,
  query: z.output<typeof inboxQuery>,
  language: Language,
): Promise<Page<TaskView>> {
  const filter: Record<string, unknown>[] = [{ assigneeId: user.id }, VIEW_FILTERS[query.status]];
  if (query.processKey) filter.push({ processKey: query.processKey });
  if (query.q)
    filter.push(
      requestTextSearch(query.q, { orgName: 'applicantOrgName', requestId: 'requestId', number: 'requestNumber' }),
    );
  // Projections keep UTC ISO strings, which order as the instants do.
  if (query.from) filter.push({ createdAt: { $gte: new Date(query.from).toISOString() } });
  if (query.to) filter.push({ createdAt: { $lt: new Date(query.to).toISOString() } });
  const { skip, limit } = pageWindow(query);
  const sort: Record<string, 1 | -1> = query.status === 'done' ? { decidedAt: -1, _id: 1 } : { createdAt: -1, _id: 1 };
  const where = allOf(...filter);
  const [tasks, total] = await Promise.all([
    TaskProjectionModel.find(where).sort(sort).skip(skip).limit(limit).lean(),
    TaskProjectionModel.countDocuments(where),
  ]);
  return { items: tasks.map((task) => toTaskView(task, language)), total, page: query.page, pageSize: query.pageSize };
}

export function toTaskView(task: TaskProjection, language: Language) {
  return {
    id: task._id,
    requestId: task.requestId,
    ...(task.requestNumber ? { requestNumber: task.requestNumber } : {}),
    stepId: task.stepId,
    stepName: localized(task.stepName, language),
    processKey: task.processKey,
    processName: localized(task.processName, language),
    status: task.status,
    ...(task.kind ? { kind: task.kind } : {}),
    ...(task.onBehalfOf
      ? { onBehalfOf: { userId: task.onBehalfOf.userId, displayName: task.onBehalfOf.displayName } }
      : {}),
    applicantOrgName: task.applicantOrgName,
    createdAt: task.createdAt,
    ...(task.decidedAt ? { decidedAt: task.decidedAt } : {}),
  };
}
export type TaskView = ReturnType<typeof toTaskView>;
