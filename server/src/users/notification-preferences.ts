import { UserModel, type NotificationPreferences } from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';

const NONE: NotificationPreferences = { mutedKinds: [] };

/** The caller's channels; in-app only until they choose more. */
export async function getNotificationPreferences(user: CurrentUser): Promise<NotificationPreferences> {
  const stored = await UserModel.findById(user.id, { notificationPreferences: 1 }).lean();
  return stored?.notificationPreferences ?? NONE;
}

/** Replaces the caller's channels as a whole (what is left out is off). */
export async function setNotificationPreferences(
  user: CurrentUser,
  preferences: NotificationPreferences,
): Promise<NotificationPreferences> {
  const value: NotificationPreferences = {
    ...(preferences.email ? { email: preferences.email } : {}),
    ...(preferences.sms ? { sms: preferences.sms } : {}),
    ...(preferences.robot ? { robot: preferences.robot } : {}),
    mutedKinds: [...new Set(preferences.mutedKinds)],
  };
  await UserModel.updateOne({ _id: user.id }, { $set: { notificationPreferences: value } });
  return value;
}
