import crypto from 'node:crypto';
import { startIdentityProvider, type ProviderAccount, type RunningIdentityProvider } from './identity-provider';

/** The id of the provider `npm run up` and the browser tests connect: its routes are `/api/v1/auth/oidc/city/…`. */
export const LOCAL_PROVIDER_ID = 'city';
/** The sign-in button reads `通过${label}登录`. */
export const LOCAL_PROVIDER_LABEL = '市统一身份认证';
/** The demo people's password at the local provider; not Tongban's demo password, so a trial shows which one signed in. */
export const DEMO_PROVIDER_PASSWORD = 'renzheng123';

/**
 * People at the local provider, each the same person as a seed user of that
 * username (server/src/seed: name, organisation, roles), so a sign-in links to
 * that account and lands on its inbox; the claims change nothing on it.
 * `server/src/auth/oidc/local-provider-accounts.test.ts` keeps them in step with the seed.
 */
export const DEMO_PROVIDER_ACCOUNTS: ProviderAccount[] = [
  demoPerson('zhaoshang', '张伟', 'org-yunmeng-investment-centre', ['handler']),
  demoPerson('zhaoshang-leader', '杨光明', 'org-yunmeng-investment-centre', ['leader']),
  demoPerson('qiye', '王丽', 'org-yipule', ['applicant']),
  demoPerson('yinhang', '陈静', 'org-abc-yunmeng', ['bank_officer']),
  demoPerson('admin', '系统管理员', 'org-platform', ['admin']),
];

function demoPerson(username: string, name: string, org: string, roles: string[]): ProviderAccount {
  return { id: `city-${username}`, username, password: DEMO_PROVIDER_PASSWORD, name, org, roles };
}

export interface LocalIdentityProvider {
  provider: RunningIdentityProvider;
  /** Tongban's client secret at the provider, generated for this run unless given. */
  clientSecret: string;
  /**
   * What the Tongban server needs to offer this provider: `PUBLIC_URL`,
   * `OIDC_PROVIDERS` and the client secret, generated for this run (never stored).
   */
  serverEnvironment: Record<string, string>;
}

/**
 * Starts the harness's OpenID provider with Tongban registered as its client,
 * as an administrator would connect the city's: redirect, post-logout and
 * back-channel logout URIs on `publicUrl`, a fresh client secret, and claims
 * mapped to the account's username (link), name, organisation and roles.
 */
export async function startLocalIdentityProvider(options: {
  /** Where browsers reach Tongban, e.g. `http://127.0.0.1:3000`. */
  publicUrl: string;
  accounts?: ProviderAccount[];
  port?: number;
  /** The secret of an earlier start, for a restart while the server keeps its settings; default a fresh one. */
  clientSecret?: string;
}): Promise<LocalIdentityProvider> {
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const routes = `${publicUrl}/api/v1/auth/oidc/${LOCAL_PROVIDER_ID}`;
  const clientId = 'tongban-local';
  const clientSecret = options.clientSecret ?? crypto.randomBytes(24).toString('base64url');
  const provider = await startIdentityProvider({
    ...(options.port ? { port: options.port } : {}),
    clients: [
      {
        clientId,
        clientSecret,
        redirectUris: [`${routes}/callback`],
        postLogoutRedirectUris: [`${publicUrl}/login`],
        backchannelLogoutUri: `${routes}/backchannel-logout`,
      },
    ],
    accounts: options.accounts ?? DEMO_PROVIDER_ACCOUNTS,
  });
  const providers = [
    {
      id: LOCAL_PROVIDER_ID,
      label: LOCAL_PROVIDER_LABEL,
      issuer: provider.issuer,
      clientId,
      scope: 'openid profile tongban',
      linkClaim: 'preferred_username',
      nameClaim: 'name',
      orgClaim: 'tongban_org',
      rolesClaim: 'tongban_roles',
      defaultOrgId: 'org-platform',
    },
  ];
  return {
    provider,
    clientSecret,
    serverEnvironment: {
      PUBLIC_URL: publicUrl,
      OIDC_PROVIDERS: JSON.stringify(providers),
      [`OIDC_CLIENT_SECRET_${LOCAL_PROVIDER_ID.toUpperCase()}`]: clientSecret,
    },
  };
}
