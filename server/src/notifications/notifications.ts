import { NotificationModel, type Notification } from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { pageWindow, type Paging } from '../http/paging';

/** Unread: never marked read. */
const UNREAD = { readAt: { $exists: false } } as const;

/** A notification as the API returns it. */
export function toNotificationView(notification: Notification, language: Language) {
  return {
    id: notification._id,
    kind: notification.kind,
    title: localized(notification.title, language),
    requestId: notification.requestId,
    ...(notification.requestNumber ? { requestNumber: notification.requestNumber } : {}),
    ...(notification.stepId ? { stepId: notification.stepId } : {}),
    createdAt: notification.createdAt.toISOString(),
    ...(notification.readAt ? { readAt: notification.readAt.toISOString() } : {}),
  };
}

/** The caller's notifications, newest first, with the unread count for the badge. */
export async function listNotifications(
  user: CurrentUser,
  query: Paging & { unread?: 'true' | 'false' },
  language: Language,
) {
  const filter = { userId: user.id, ...(query.unread === 'true' ? UNREAD : {}) };
  const { skip, limit } = pageWindow(query);
  const [items, total, unread] = await Promise.all([
    NotificationModel.find(filter).sort({ createdAt: -1, _id: 1 }).skip(skip).limit(limit).lean(),
    NotificationModel.countDocuments(filter),
    unreadCount(user),
  ]);
  return {
    items: items.map((item) => toNotificationView(item, language)),
    total,
    unread,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function unreadCount(user: CurrentUser): Promise<number> {
  return NotificationModel.countDocuments({ userId: user.id, ...UNREAD });
}

/** Marks one of the caller's notifications read (again is fine); anyone else's is 404. */
export async function markNotificationRead(user: CurrentUser, id: string): Promise<void> {
  const notification = await NotificationModel.findById(id, { userId: 1, readAt: 1 }).lean();
  if (!notification || notification.userId !== user.id) throw new ApiError('NOTIFICATION_NOT_FOUND');
  if (!notification.readAt) await NotificationModel.updateOne({ _id: id, ...UNREAD }, { $set: { readAt: new Date() } });
}

/** Marks every unread notification of the caller read. */
export async function markAllNotificationsRead(user: CurrentUser): Promise<{ updated: number }> {
  const result = await NotificationModel.updateMany({ userId: user.id, ...UNREAD }, { $set: { readAt: new Date() } });
  return { updated: result.modifiedCount };
}
