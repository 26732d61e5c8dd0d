import * as jose from 'jose';
import { ApiError } from '../../errors/api-error';
import { logger } from '../../logger';
import { deleteProviderSessions } from '../sessions';
import type { OidcProviderSettings } from './identity-settings';
import { providerConfiguration } from './provider-clients';

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** Each provider's signing keys, fetched from its `jwks_uri` and refreshed by jose when a key id is new. */
const keySets = new Map<string, ReturnType<typeof jose.createRemoteJWKSet>>();

/**
 * Ends the sessions a provider's back-channel logout names (OpenID Connect
 * Back-Channel Logout 1.0, section 2.6): the logout token must be signed by
 * the provider's keys, issued by it for our client id, recent, carry the
 * logout event and no nonce, and name a `sid` or a `sub`. Returns how many
 * sessions ended; anything else is `OIDC_LOGOUT_TOKEN_INVALID`.
 */
export async function backchannelLogout(provider: OidcProviderSettings, logoutToken: unknown): Promise<number> {
  if (typeof logoutToken !== 'string' || !logoutToken) throw new ApiError('OIDC_LOGOUT_TOKEN_INVALID');
  const configuration = await providerConfiguration(provider);
  const metadata = configuration.serverMetadata();
  if (!metadata.jwks_uri) throw new ApiError('OIDC_PROVIDER_UNAVAILABLE', undefined, 'provider has no jwks_uri');
  let keys = keySets.get(metadata.jwks_uri);
  if (!keys) {
    keys = jose.createRemoteJWKSet(new URL(metadata.jwks_uri));
    keySets.set(metadata.jwks_uri, keys);
  }
  let claims: jose.JWTPayload;
  try {
    ({ payload: claims } = await jose.jwtVerify(logoutToken, keys, {
      issuer: metadata.issuer,
      audience: provider.clientId,
      requiredClaims: ['iat', 'jti'],
      maxTokenAge: '5m',
      clockTolerance: provider.clockToleranceSeconds,
      currentDate: new Date(Date.now() + provider.clockSkewSeconds * 1000),
    }));
    const events = claims.events as Record<string, unknown> | undefined;
    if (!events || typeof events[LOGOUT_EVENT] !== 'object') throw new Error('no back-channel logout event');
    if ('nonce' in claims) throw new Error('a logout token carries no nonce');
    if (typeof claims.sid !== 'string' && typeof claims.sub !== 'string') throw new Error('neither sid nor sub');
  } catch (error) {
    logger.warn({ provider: provider.id, reason: String(error) }, 'oidc back-channel logout refused');
    throw new ApiError('OIDC_LOGOUT_TOKEN_INVALID');
  }
  const ended = await deleteProviderSessions(metadata.issuer, {
    ...(typeof claims.sid === 'string' ? { sid: claims.sid } : {}),
    ...(typeof claims.sub === 'string' ? { subject: claims.sub } : {}),
  });
  logger.info({ provider: provider.id, ended }, 'oidc back-channel logout');
  return ended;
}
