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
  /** Sessions opened through an OpenID provider: its issuer and the person's subject there (back-channel logout by `sub`). */
  oidcIssuer?: string;
  oidcSubject?: string;
  /** The provider's session id (`sid`), when it gave one: back-channel logout by `sid`. */
  oidcSid?: string;
  /** The ID token, sent back as `id_token_hint` when signing out at the provider. */
  idToken?: string;
  /** Which configured provider (its id in `OIDC_PROVIDERS`) the session came through. */
  oidcProviderId?: string;
}

const sessionSchema = new Schema<Session>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    oidcIssuer: String,
    oidcSubject: String,
    oidcSid: String,
    idToken: String,
    oidcProviderId: String,
  },
  { versionKey: false },
);
sessionSchema.index({ expiresAt: 1 });
sessionSchema.index({ oidcIssuer: 1, oidcSubject: 1 });
sessionSchema.index({ oidcIssuer: 1, oidcSid: 1 });

export const SessionModel = model<Session>('Session', sessionSchema, 'sessions');
