import { createHash, randomBytes } from 'node:crypto';
import { OidcLoginModel } from '@tongban/store';
import * as oidc from 'openid-client';
import { ApiError } from '../../errors/api-error';
import { logger } from '../../logger';
import { createSession } from '../sessions';
import { accountFromClaims } from './account-from-claims';
import { providerUrls, type IdentitySettings, type OidcProviderSettings } from './identity-settings';
import { providerConfiguration } from './provider-clients';

/** The cookie holding the random token of a sign-in under way; only its hash is stored. */
export const OIDC_LOGIN_COOKIE = 'tongban_oidc_login';
/** Long enough to type a password at the provider, short enough that a stolen cookie is soon worthless. */
export const OIDC_LOGIN_TTL_MS = 10 * 60 * 1000;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** A path of this app, never another site: an open redirect would hand the signed-in browser to anyone. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value.slice(0, 500);
}

/**
 * Starts a sign-in at `provider`: remembers state, nonce and the PKCE
 * verifier server-side under a fresh token (for the cookie) and returns the
 * provider's authorization URL to send the browser to.
 */
export async function beginOidcSignIn(
  settings: IdentitySettings,
  provider: OidcProviderSettings,
  returnTo: string,
  now = new Date(),
): Promise<{ authorizationUrl: string; loginToken: string }> {
  const configuration = await providerConfiguration(provider);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const loginToken = randomBytes(32).toString('base64url');
  await OidcLoginModel.create({
    _id: tokenId(loginToken),
    providerId: provider.id,
    state,
    nonce,
    codeVerifier,
    returnTo,
    expiresAt: new Date(now.getTime() + OIDC_LOGIN_TTL_MS),
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: providerUrls(settings, provider.id).redirectUri,
    scope: provider.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: authorizationUrl.href, loginToken };
}

/**
 * Finishes a sign-in on the provider's redirect back: the sign-in under way is
 * used up whatever happens (a second callback with it fails), the code is
 * exchanged with the verifier, the ID token checked (issuer, audience, expiry,
 * nonce) and the account found, linked or created from its claims. Any
 * failure of the exchange is `OIDC_SIGN_IN_FAILED`; why goes to the log only.
 */
export async function finishOidcSignIn(
  settings: IdentitySettings,
  provider: OidcProviderSettings,
  callbackUrl: URL,
  loginToken: string | undefined,
  now = new Date(),
): Promise<{ token: string; returnTo: string }> {
  const login = loginToken ? await OidcLoginModel.findOneAndDelete({ _id: tokenId(loginToken) }).lean() : null;
  if (!login || login.providerId !== provider.id || login.expiresAt <= now) {
    logger.warn(
      { provider: provider.id, reason: login ? 'sign-in expired' : 'no sign-in under way' },
      'oidc callback refused',
    );
    throw new ApiError('OIDC_SIGN_IN_FAILED');
  }
  const configuration = await providerConfiguration(provider);
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  let claims: Record<string, unknown>;
  try {
    // The URL the provider redirected to, on the redirect URI we registered (not whatever Host the request named).
    const currentUrl = new URL(providerUrls(settings, provider.id).redirectUri);
    currentUrl.search = callbackUrl.search;
    tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID token');
    claims = { ...idClaims };
    if (configuration.serverMetadata().userinfo_endpoint) {
      const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      claims = { ...userInfo, ...idClaims };
    }
  } catch (error) {
    logger.warn({ provider: provider.id, reason: describe(error) }, 'oidc callback refused');
    throw new ApiError('OIDC_SIGN_IN_FAILED');
  }
  const issuer = configuration.serverMetadata().issuer;
  const userId = await accountFromClaims(provider, issuer, claims);
  const token = await createSession(userId, now, {
    oidcProviderId: provider.id,
    oidcIssuer: issuer,
    oidcSubject: String(claims.sub),
    ...(typeof claims.sid === 'string' ? { oidcSid: claims.sid } : {}),
    ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
  });
  return { token, returnTo: login.returnTo };
}

/** The reason a check failed, without tokens or codes: openid-client's code and message. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`;
  }
  return String(error);
}
