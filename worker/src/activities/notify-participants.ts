import { NotificationModel, UserModel } from '@tongban/store';
import type { LocalizedText, NotificationDelivery, ProcessState, TimelineEntry } from '@tongban/workflows';

/** How far back each projection write looks for entries to tell people about; ids make repeats harmless. */
const RECENT_ENTRIES = 20;

export interface Notice {
  _id: string;
  userId: string;
  kind: string;
  stepId?: string;
  title: LocalizedText;
}

/**
 * In-app notifications for what just happened to a request: a task given to
 * someone (待办, 抄送, 加签, 延期, escalation), a reminder, 黄牌 or 红牌, an urge or
 * a 督办 flag for the people holding the step, and the applicant's news (退回,
 * 办结, 驳回). Ids are derived from the cause, so the activity may run again
 * (retries, replays) and each notification is still written once.
 */
export async function notifyParticipants(
  state: ProcessState,
  deliver?: (delivery: NotificationDelivery) => Promise<void>,
): Promise<void> {
  const notices = [
    ...taskNotices(state),
    ...state.timeline.slice(-RECENT_ENTRIES).flatMap((entry) => entryNotices(state, entry)),
  ];
  if (notices.length === 0) return;
  await writeNotifications(state.requestId, notices);
  if (deliver) await deliverOutside(state, notices, deliver);
}

/** In-app notifications, each written once: an id met again leaves the first one as it was (read or not). */
export async function writeNotifications(requestId: string, notices: Notice[]): Promise<void> {
  const createdAt = new Date();
  await NotificationModel.bulkWrite(
    notices.map((notice) => ({
      updateOne: {
        filter: { _id: notice._id },
        update: {
          $setOnInsert: {
            userId: notice.userId,
            requestId,
            kind: notice.kind,
            title: notice.title,
            createdAt,
            ...(notice.stepId ? { stepId: notice.stepId } : {}),
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  );
}

/**
 * The channels each person chose (e-mail, SMS, a group robot), minus the kinds
 * they keep in the app. Asked for on every write: `deliver` starts each
 * delivery once, by its id, however often it is asked.
 */
async function deliverOutside(
  state: ProcessState,
  notices: Notice[],
  deliver: (delivery: NotificationDelivery) => Promise<void>,
): Promise<void> {
  const users = await UserModel.find(
    { _id: { $in: [...new Set(notices.map((notice) => notice.userId))] }, notificationPreferences: { $exists: true } },
    { notificationPreferences: 1 },
  ).lean();
  const preferences = new Map(users.map((user) => [user._id, user.notificationPreferences!]));
  for (const notice of notices) {
    const chosen = preferences.get(notice.userId);
    if (!chosen || chosen.mutedKinds.includes(notice.kind)) continue;
    const channels: [NotificationDelivery['channel'], string | undefined][] = [
      ['email', chosen.email?.enabled ? chosen.email.address : undefined],
      ['sms', chosen.sms?.enabled ? chosen.sms.phone : undefined],
      ['robot', chosen.robot?.enabled ? chosen.robot.url : undefined],
    ];
    for (const [channel, target] of channels) {
      if (!target) continue;
      await deliver({ notificationId: notice._id, requestId: state.requestId, channel, target, title: notice.title });
    }
  }
}

function taskNotices(state: ProcessState): Notice[] {
  return state.tasks
    .filter((task) => task.status === 'open' || task.status === 'informed')
    .map((task) => {
      const kind =
        task.status === 'informed'
          ? 'cc'
          : task.extensionId
            ? 'extension'
            : task.escalation
              ? 'escalation'
              : 'assignment';
      return {
        // A task that opens again (after a 前加签 or a take-back) is news again.
        _id: `task:${task.id}:${task.openedRevision ?? task.createdRevision ?? 0}`,
        userId: task.assignee.userId,
        kind,
        stepId: task.stepId,
        title: titled(state, task.stepId, KIND_TITLES[kind]!),
      };
    });
}

function entryNotices(state: ProcessState, entry: TimelineEntry): Notice[] {
  const forApplicant = APPLICANT_NEWS[entry.action];
  if (forApplicant && (entry.action !== 'return' || entry.to === 'applicant')) {
    return [
      {
        _id: `entry:${state.requestId}:${entry.seq}:${state.applicant.userId}`,
        userId: state.applicant.userId,
        kind: entry.action,
        title: titled(state, undefined, forApplicant),
      },
    ];
  }
  const forHolders = HOLDER_NEWS[entry.action];
  if (!forHolders) return [];
  const holders = state.tasks.filter(
    (task) =>
      task.status === 'open' && !task.extensionId && (entry.stepId === undefined || task.stepId === entry.stepId),
  );
  return [...new Set(holders.map((task) => task.assignee.userId))].map((userId) => ({
    _id: `entry:${state.requestId}:${entry.seq}:${userId}`,
    userId,
    kind: entry.action,
    ...(entry.stepId ? { stepId: entry.stepId } : {}),
    title: titled(state, entry.stepId, forHolders),
  }));
}

const KIND_TITLES: Record<string, LocalizedText> = {
  assignment: { zh: '新待办', en: 'New task' },
  cc: { zh: '抄送', en: 'Copied to you' },
  extension: { zh: '延期申请待审批', en: 'Extension to decide' },
  escalation: { zh: '超时上报', en: 'Escalated to you' },
};

const HOLDER_NEWS: Record<string, LocalizedText> = {
  remind: { zh: '即将到期', en: 'Due soon' },
  yellow_card: { zh: '黄牌：已到期', en: 'Yellow card: due' },
  red_card: { zh: '红牌：已超期', en: 'Red card: overdue' },
  urge: { zh: '催办', en: 'Urged' },
  flag: { zh: '督办', en: 'Flagged by a supervisor' },
};

const APPLICANT_NEWS: Record<string, LocalizedText> = {
  return: { zh: '办件被退回，请补正', en: 'Returned for correction' },
  complete: { zh: '办件已办结，欢迎评价', en: 'Completed: please rate the service' },
  reject: { zh: '办件未通过', en: 'Rejected' },
  auto_reject: { zh: '办件未通过', en: 'Rejected' },
};

function titled(state: ProcessState, stepId: string | undefined, what: LocalizedText): LocalizedText {
  const process = state.definition.name;
  const step = stepId ? state.steps.find((candidate) => candidate.id === stepId)?.name : undefined;
  return {
    zh: `${what.zh}：${process.zh}${step ? `「${step.zh}」` : ''}`,
    en: `${what.en ?? what.zh}: ${process.en ?? process.zh}${step ? ` (${step.en ?? step.zh})` : ''}`,
  };
}
