import { Schema, model, type mongo } from 'mongoose';

/**
 * One failure slot (`user:qiye#3`, holding when it failed) or one lock
 * (`user:qiye#lock`, holding until when) of the failed-login limits; the
 * server's `auth/login-attempts.ts` says how they are used. Everything is read
 * and written by `_id`.
 */
export interface LoginAttempt {
  _id: string;
  at?: Date;
  lockedUntil?: Date;
}

export const LoginAttemptModel = model<LoginAttempt>(
  'LoginAttempt',
  new Schema<LoginAttempt>(
    { _id: { type: String, required: true }, at: Date, lockedUntil: Date },
    { versionKey: false },
  ),
  'login_attempts',
);

/**
 * The collection itself, typed: the limits need the driver's atomic insert of
 * a unique `_id` and plain reads by `_id`, without the model's casting.
 */
export function loginAttempts(): mongo.Collection<LoginAttempt> {
  return LoginAttemptModel.collection as unknown as mongo.Collection<LoginAttempt>;
}
