import { z } from 'zod';

/**
 * One OpenID provider an administrator connected (`OIDC_PROVIDERS`, a JSON
 * array of these). The client secret is never in it: it is read from the
 * environment variable `clientSecretEnv` names (default
 * `OIDC_CLIENT_SECRET_<ID>`, the id upper-cased with `-` as `_`).
 */
const providerEntry = z
  .object({
    /** In URLs (`/api/v1/auth/oidc/<id>/start`) and on sessions; letters, digits, `-`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/),
    /** The sign-in button's text, e.g. `市统一身份认证`. */
    label: z.string().min(1).max(40),
    /** The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in. */
    issuer: z.url(),
    clientId: z.string().min(1),
    clientSecretEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/)
      .optional(),
    /** Default `openid profile`. */
    scope: z.string().default('openid profile'),
    /**
     * The claim that finds the Tongban account at a first sign-in (default `sub`):
     * with `preferred_username`, an account whose username is its value is linked.
     */
    linkClaim: z.string().default('sub'),
    /** The claim holding the person's name (default `name`). */
    nameClaim: z.string().default('name'),
    /** The claim holding the organisation's id (`org-…`); without it an administrator sets the organisation. */
    orgClaim: z.string().optional(),
    /** The claim holding Tongban role names (array or space-separated); without it an administrator gives roles. */
    rolesClaim: z.string().optional(),
    /** The organisation of accounts created while no `orgClaim` says one (required without `orgClaim`). */
    defaultOrgId: z.string().optional(),
    /** How far the provider's clock may be off ours, in seconds (default 30). */
    clockToleranceSeconds: z.number().int().min(0).max(600).default(30),
    /**
     * Seconds added to our clock when checking the provider's tokens (positive when
     * ours is behind); for hosts whose clocks cannot be synchronised. Default 0.
     */
    clockSkewSeconds: z.number().int().default(0),
  })
  .refine((entry) => entry.orgClaim || entry.defaultOrgId, {
    message: 'needs orgClaim or defaultOrgId: accounts it creates must belong to an organisation',
  });

export type OidcProviderSettings = z.output<typeof providerEntry> & { clientSecret: string };

/** How people sign in; read once at start. */
export interface IdentitySettings {
  /** Providers in the order their buttons show. */
  providers: OidcProviderSettings[];
  /** Where browsers reach this app (`PUBLIC_URL`, e.g. `https://tongban.example.gov.cn`): redirect URIs are built on it. */
  publicUrl: string | undefined;
  /** Username and password sign-in; on unless `PASSWORD_LOGIN=false`. */
  passwordLogin: boolean;
}

export const NO_PROVIDERS: IdentitySettings = { providers: [], publicUrl: undefined, passwordLogin: true };

export function readIdentitySettings(env: NodeJS.ProcessEnv = process.env): IdentitySettings {
  const passwordLogin = env.PASSWORD_LOGIN !== 'false';
  const raw = env.OIDC_PROVIDERS?.trim();
  if (!raw) {
    if (!passwordLogin) throw new Error('PASSWORD_LOGIN=false needs OIDC_PROVIDERS: nobody could sign in');
    return { providers: [], publicUrl: undefined, passwordLogin };
  }
  const parsed = z.array(providerEntry).min(1).safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`OIDC_PROVIDERS: ${z.prettifyError(parsed.error)}`);
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, '');
  if (!publicUrl) throw new Error('OIDC_PROVIDERS needs PUBLIC_URL, where browsers reach this app');
  const providers = parsed.data.map((entry) => {
    const secretEnv = entry.clientSecretEnv ?? `OIDC_CLIENT_SECRET_${entry.id.toUpperCase().replace(/-/g, '_')}`;
    const clientSecret = env[secretEnv];
    if (!clientSecret) throw new Error(`OIDC provider ${entry.id}: its client secret is read from ${secretEnv}, unset`);
    return { ...entry, clientSecret };
  });
  const ids = providers.map((provider) => provider.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new Error(`OIDC_PROVIDERS names ${twice} twice`);
  return { providers, publicUrl, passwordLogin };
}

/** Where a provider sends the browser back to, and posts back-channel logouts to. */
export function providerUrls(settings: IdentitySettings, providerId: string) {
  const base = `${settings.publicUrl}/api/v1/auth/oidc/${providerId}`;
  return {
    redirectUri: `${base}/callback`,
    backchannelLogoutUri: `${base}/backchannel-logout`,
    postLogoutRedirectUri: `${settings.publicUrl}/login`,
  };
}
