import { Schema, model } from 'mongoose';

/** Roles a user may hold; each is a set of CASL rules on the server. */
export const ROLES = [
  'applicant',
  'handler',
  'leader',
  'bank_officer',
  'supervisor',
  'auditor',
  'admin',
  // 窗口受理: service-window staff who file requests on behalf of enterprises (代办).
  'window',
] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  _id: string;
  username: string;
  displayName: string;
  orgId: string;
  roles: Role[];
  /** argon2id; never leaves the server. */
  passwordHash: string;
  active: boolean;
  /** Out of office: who handles this user's new tasks from `from` to `to` (China dates, inclusive). */
  substitute?: UserSubstitute;
  /** What reaches this user besides in-app notifications, which are always kept. */
  notificationPreferences?: NotificationPreferences;
}

/**
 * The channels a user chose; the worker's notification activities read them.
 * `mutedKinds` are notification kinds (e.g. `reminder`) sent in-app only.
 */
export interface NotificationPreferences {
  email?: { enabled: boolean; address: string };
  sms?: { enabled: boolean; phone: string };
  /** A DingTalk or WeCom group robot's webhook. */
  robot?: { enabled: boolean; url: string };
  mutedKinds: string[];
}

/** `from`/`to` are `YYYY-MM-DD` in China time; the engine reads this when it resolves assignees. */
export interface UserSubstitute {
  userId: string;
  from: string;
  to: string;
}

const userSchema = new Schema<User>(
  {
    _id: { type: String, required: true },
    username: { type: String, required: true },
    displayName: { type: String, required: true },
    orgId: { type: String, required: true },
    roles: { type: [String], enum: ROLES, required: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, default: true },
    substitute: { type: new Schema({ userId: String, from: String, to: String }, { _id: false }), default: undefined },
    notificationPreferences: { type: Schema.Types.Mixed, default: undefined },
  },
  { versionKey: false, timestamps: true },
);
userSchema.index({ username: 1 }, { unique: true });
userSchema.index({ orgId: 1, roles: 1 });

export const UserModel = model<User>('User', userSchema, 'users');
