import { TaskProjectionModel, type TaskProjection } from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';
import { localized, type Language } from '../http/language';

/** 待办 open tasks, or 已办 the ones the caller decided. */
export type InboxView = 'open' | 'done';

export async function listTasks(user: CurrentUser, view: InboxView, language: Language, limit = 100) {
  const tasks =
    view === 'open'
      ? await TaskProjectionModel.find({ assigneeId: user.id, status: 'open' })
          .sort({ createdAt: -1 })
          .limit(limit)
          .lean()
      : await TaskProjectionModel.find({ assigneeId: user.id, status: { $in: ['approved', 'rejected'] } })
          .sort({ decidedAt: -1 })
          .limit(limit)
          .lean();
  return tasks.map((task) => toTaskView(task, language));
}

export function toTaskView(task: TaskProjection, language: Language) {
  return {
    id: task._id,
    requestId: task.requestId,
    stepId: task.stepId,
    stepName: localized(task.stepName, language),
    processKey: task.processKey,
    processName: localized(task.processName, language),
    status: task.status,
    applicantOrgName: task.applicantOrgName,
    createdAt: task.createdAt,
    ...(task.decidedAt ? { decidedAt: task.decidedAt } : {}),
  };
}
