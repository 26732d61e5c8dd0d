import { Schema, model } from 'mongoose';

/**
 * A user's account at an OpenID provider: who `subject` is at `issuer`.
 * Keyed by both, so a provider's person can be linked to one Tongban user
 * only (the `_id` is the unique index FerretDB enforces without partial or
 * array indexes), and the lookup at every sign-in is an `_id` read.
 */
export interface UserIdentity {
  /** `identityKey(issuer, subject)`. */
  _id: string;
  issuer: string;
  subject: string;
  userId: string;
  linkedAt: Date;
}

/** The `_id` of an identity: the issuer (a URL, which holds no space), a space, the subject. */
export function identityKey(issuer: string, subject: string): string {
  return `${issuer} ${subject}`;
}

const userIdentitySchema = new Schema<UserIdentity>(
  {
    _id: { type: String, required: true },
    issuer: { type: String, required: true },
    subject: { type: String, required: true },
    userId: { type: String, required: true },
    linkedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
userIdentitySchema.index({ userId: 1 });

export const UserIdentityModel = model<UserIdentity>('UserIdentity', userIdentitySchema, 'user_identities');
