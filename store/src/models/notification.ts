import { Schema, model } from 'mongoose';

/**
 * An in-app notification (站内通知) for one person. The id is derived from
 * what caused it, so an activity retried by Temporal writes it once.
 */
export interface Notification {
  _id: string;
  userId: string;
  requestId: string;
  /** The request's 办件编号, which the notification shows (absent for requests filed before numbers existed). */
  requestNumber?: string;
  stepId?: string;
  /** What caused it: a `notify` step, an assignment, a reminder, 黄牌/红牌, an escalation, a decision. */
  kind: string;
  title: { zh: string; en?: string };
  createdAt: Date;
  readAt?: Date;
}

const notificationSchema = new Schema<Notification>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    requestId: { type: String, required: true },
    requestNumber: String,
    stepId: String,
    kind: { type: String, required: true },
    title: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    readAt: Date,
  },
  { versionKey: false },
);
// The unread badge and the newest-first list of one person.
notificationSchema.index({ userId: 1, readAt: 1, createdAt: -1 });

export const NotificationModel = model<Notification>('Notification', notificationSchema, 'notifications');
