import { NotificationModel, UserModel } from '@tongban/store';
import { stateNotices, type Notice, type NotificationDelivery, type ProcessState } from '@tongban/workflows';

/** How far back each projection write of an older run looks for entries to tell people about; ids make repeats harmless. */
const RECENT_ENTRIES = 20;

/**
 * Runs begun before notices were part of a transition: the notifications a
 * whole state implies (every open task, the recent timeline entries), as the
 * engine words them. Ids are derived from the cause, so the activity may run
 * again (retries, replays) and each notification is still written once.
 */
export async function notifyParticipants(
  state: ProcessState,
  deliver?: (delivery: NotificationDelivery) => Promise<void>,
): Promise<void> {
  const notices = stateNotices(state, RECENT_ENTRIES);
  if (notices.length === 0) return;
  await writeNotifications(state.requestId, notices);
  if (deliver) await deliverNotices(state.requestId, notices, deliver);
}

/**
 * In-app notifications in one bulk write, each written once: an id met again leaves the first one as it was (read or not).
 * `requestNumber` is the request's 办件编号, which the notification shows.
 */
export async function writeNotifications(
  requestId: string,
  notices: readonly Notice[],
  requestNumber?: string,
): Promise<void> {
  if (notices.length === 0) return;
  const createdAt = new Date();
  await NotificationModel.bulkWrite(
    notices.map((notice) => ({
      updateOne: {
        filter: { _id: notice.id },
        update: {
          $setOnInsert: {
            userId: notice.userId,
            requestId,
            ...(requestNumber ? { requestNumber } : {}),
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
 * Asks for a delivery on each channel each person chose (e-mail, SMS, a group
 * robot), minus the kinds they keep in the app. `deliver` starts each delivery
 * once, by its id, however often it is asked.
 */
export async function deliverNotices(
  requestId: string,
  notices: readonly Notice[],
  deliver: (delivery: NotificationDelivery) => Promise<void>,
  requestNumber?: string,
): Promise<void> {
  if (notices.length === 0) return;
  const userIds = [...new Set(notices.map((notice) => notice.userId))];
  // By `_id`, one at a time in parallel: the lookup every database Tongban runs on answers by key.
  const users = await Promise.all(
    userIds.map((userId) => UserModel.findById(userId, { notificationPreferences: 1 }).lean()),
  );
  const preferences = new Map(
    users.flatMap((user) => (user?.notificationPreferences ? [[user._id, user.notificationPreferences] as const] : [])),
  );
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
      await deliver({
        notificationId: notice.id,
        requestId,
        ...(requestNumber ? { requestNumber } : {}),
        channel,
        target,
        title: notice.title,
      });
    }
  }
}
