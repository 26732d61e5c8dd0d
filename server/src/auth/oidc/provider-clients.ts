import * as oidc from 'openid-client';
import { ApiError } from '../../errors/api-error';
import type { IdentitySettings, OidcProviderSettings } from './identity-settings';

/**
 * The openid-client configuration of each provider, discovered at its first
 * use and kept; a discovery that failed is tried again at the next sign-in,
 * so a provider that was down at our start does not need a restart.
 */
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The settings of a configured provider; 404 for any other id. */
export function providerSettings(settings: IdentitySettings, providerId: string): OidcProviderSettings {
  const provider = settings.providers.find((candidate) => candidate.id === providerId);
  if (!provider) throw new ApiError('NOT_FOUND');
  return provider;
}

export function providerConfiguration(provider: OidcProviderSettings): Promise<oidc.Configuration> {
  const key = `${provider.id} ${provider.issuer} ${provider.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    configuration = discover(provider);
    discovered.set(key, configuration);
    configuration.catch(() => discovered.delete(key));
  }
  return configuration.catch((error: unknown) => {
    throw new ApiError('OIDC_PROVIDER_UNAVAILABLE', undefined, `discovery of ${provider.issuer}: ${String(error)}`);
  });
}

async function discover(provider: OidcProviderSettings): Promise<oidc.Configuration> {
  // Plain HTTP only for a provider on this machine (the test harness's, `npm run up`'s).
  const local = new URL(provider.issuer).protocol === 'http:';
  return oidc.discovery(
    new URL(provider.issuer),
    provider.clientId,
    {
      client_secret: provider.clientSecret,
      [oidc.clockTolerance]: provider.clockToleranceSeconds,
      [oidc.clockSkew]: provider.clockSkewSeconds,
    },
    oidc.ClientSecretPost(provider.clientSecret),
    { timeout: 10, ...(local ? { execute: [oidc.allowInsecureRequests] } : {}) },
  );
}
