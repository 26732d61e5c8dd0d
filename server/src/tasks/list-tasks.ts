import { allOf, TaskProjectionModel, type TaskProjection } from '@tongban/store';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import { stepDeadlineView, type StepDeadlineView } from '../deadlines/deadline-view';
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
  const filter = inboxFilter(user, query);
  const { skip, limit } = pageWindow(query);
  const where = allOf(...filter);
  if (query.status === 'open' && query.sort === 'due') {
    const { tasks, total } = await soonestDueFirst(filter, skip, limit);
    return {
      items: tasks.map((task) => toTaskView(task, language)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
  const sort = inboxOrder(query.status);
  const [tasks, total] = await Promise.all([
    TaskProjectionModel.find(where).sort(sort).skip(skip).limit(limit).lean(),
    TaskProjectionModel.countDocuments(where),
  ]);
  return { items: tasks.map((task) => toTaskView(task, language)), total, page: query.page, pageSize: query.pageSize };
}

/** The caller's tasks in one inbox view, narrowed by the list's filters: the list and its export ask the same. */
export function inboxFilter(
  user: CurrentUser,
  query: Pick<z.output<typeof inboxQuery>, 'status' | 'processKey' | 'q' | 'from' | 'to'>,
): Record<string, unknown>[] {
  const filter: Record<string, unknown>[] = [{ assigneeId: user.id }, VIEW_FILTERS[query.status]];
  if (query.processKey) filter.push({ processKey: query.processKey });
  if (query.q)
    filter.push(
      requestTextSearch(query.q, { orgName: 'applicantOrgName', requestId: 'requestId', number: 'requestNumber' }),
    );
  // Projections keep UTC ISO strings, which order as the instants do.
  if (query.from) filter.push({ createdAt: { $gte: new Date(query.from).toISOString() } });
  if (query.to) filter.push({ createdAt: { $lt: new Date(query.to).toISOString() } });
  return filter;
}

/** Newest first (已办: latest decision first), as the inbox indexes hold them. */
export function inboxOrder(view: InboxView): Record<string, 1 | -1> {
  return view === 'done' ? { decidedAt: -1, _id: 1 } : { createdAt: -1, _id: 1 };
}

/** 待办 by deadline, as `soonestDueFirst` reads them: the tasks with a deadline, then those without. */
export const DUE_RANGES = {
  withDeadline: { dueAt: { $gte: '' } },
  withoutDeadline: { dueAt: { $exists: false } },
} as const;

/**
 * 待办 by deadline: the tasks with one, soonest first, then the others, newest first. Two
 * index ranges read in turn rather than one sort, which would put the tasks without a
 * deadline first (missing sorts below every string, in MongoDB and in the pushdown alike).
 */
async function soonestDueFirst(
  filter: Record<string, unknown>[],
  skip: number,
  limit: number,
): Promise<{ tasks: TaskProjection[]; total: number }> {
  // A range over strings matches exactly the tasks that have a deadline, and the index serves it.
  const withDeadline = allOf(...filter, DUE_RANGES.withDeadline);
  const withoutDeadline = allOf(...filter, DUE_RANGES.withoutDeadline);
  const [dated, total] = await Promise.all([
    TaskProjectionModel.countDocuments(withDeadline),
    TaskProjectionModel.countDocuments(allOf(...filter)),
  ]);
  const first =
    skip < dated
      ? await TaskProjectionModel.find(withDeadline).sort({ dueAt: 1, _id: 1 }).skip(skip).limit(limit).lean()
      : [];
  const rest = limit - first.length;
  const after =
    rest > 0 && total > dated
      ? await TaskProjectionModel.find(withoutDeadline)
          .sort({ createdAt: -1, _id: 1 })
          .skip(Math.max(0, skip - dated))
          .limit(rest)
          .lean()
      : [];
  return { tasks: [...first, ...after], total };
}

/** How many tasks each inbox view holds for the caller: the tab counts and the menu's 待办 badge. */
export async function countTasks(user: CurrentUser): Promise<Record<InboxView, number>> {
  const views = Object.keys(VIEW_FILTERS) as InboxView[];
  const counts = await Promise.all(
    views.map((view) => TaskProjectionModel.countDocuments(allOf({ assigneeId: user.id }, VIEW_FILTERS[view]))),
  );
  return Object.fromEntries(views.map((view, index) => [view, counts[index]!])) as Record<InboxView, number>;
}

/** A task as the inbox and the task page show it; `now` (default the present) dates what is left of its deadline. */
export function toTaskView(task: TaskProjection, language: Language, now = new Date()) {
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
    ...deadlineOf(task, now),
  };
}

/** The step's deadline, while the task still waits on its holder: what is left and its 黄牌/红牌 level. */
function deadlineOf(task: TaskProjection, now: Date): { deadline?: StepDeadlineView } {
  if (!STILL_TO_DO.has(task.status)) return {};
  const deadline = stepDeadlineView(task, now.toISOString());
  return deadline ? { deadline } : {};
}

const STILL_TO_DO = new Set<TaskProjection['status']>(['open', 'waiting', 'delegated']);
export type TaskView = ReturnType<typeof toTaskView>;
