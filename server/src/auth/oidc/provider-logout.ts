import * as oidc from 'openid-client';
import { logger } from '../../logger';
import type { OidcSessionFields } from '../sessions';
import { providerUrls, type IdentitySettings } from './identity-settings';
import { providerConfiguration } from './provider-clients';

/**
 * Where to send the browser so the provider ends its session too
 * (RP-initiated logout), or null when the provider has no end-session
 * endpoint, is no longer configured or cannot be reached: the Tongban
 * session is over either way.
 */
export async function providerEndSessionUrl(
  settings: IdentitySettings,
  ended: OidcSessionFields,
): Promise<string | null> {
  const provider = settings.providers.find((candidate) => candidate.id === ended.oidcProviderId);
  if (!provider) return null;
  try {
    const configuration = await providerConfiguration(provider);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: providerUrls(settings, provider.id).postLogoutRedirectUri,
      client_id: provider.clientId,
      ...(ended.idToken ? { id_token_hint: ended.idToken } : {}),
    }).href;
  } catch (error) {
    logger.warn({ provider: provider.id, reason: String(error) }, 'oidc end-session url unavailable');
    return null;
  }
}
