import { Schema, model } from 'mongoose';

/**
 * A sign-in through an OpenID provider under way: what the callback must see
 * again (state, nonce) and the PKCE verifier that only we know. Kept here,
 * not in a cookie, so no signing key is needed and a callback can use it once:
 * the browser holds only a random token whose SHA-256 is the `_id`, and the
 * callback deletes the document as it reads it.
 */
export interface OidcLogin {
  _id: string;
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of this app to go to once signed in. */
  returnTo: string;
  expiresAt: Date;
}

const oidcLoginSchema = new Schema<OidcLogin>(
  {
    _id: { type: String, required: true },
    providerId: { type: String, required: true },
    state: { type: String, required: true },
    nonce: { type: String, required: true },
    codeVerifier: { type: String, required: true },
    returnTo: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
oidcLoginSchema.index({ expiresAt: 1 });

export const OidcLoginModel = model<OidcLogin>('OidcLogin', oidcLoginSchema, 'oidc_logins');
