import { Schema, model } from 'mongoose';

/**
 * A login session. Keyed by the SHA-256 of the cookie's token, so the lookup
 * on every request is an `_id` read and a leaked database holds no usable token.
 */
export interface Session {
  _id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

const sessionSchema = new Schema<Session>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
sessionSchema.index({ expiresAt: 1 });

export const SessionModel = model<Session>('Session', sessionSchema, 'sessions');
