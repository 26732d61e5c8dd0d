import path from 'node:path';
import { readPayloadKeyring, type PayloadKeyring } from '@tongban/workflows/payload-codec';
import { readIdentitySettings, type IdentitySettings } from './auth/oidc/identity-settings';

/** Everything the API server reads from the environment, read once at start. */
export interface ServerConfig {
  /** Default 3000. */
  port: number;
  temporalAddress: string;
  /** Default `default`. */
  temporalNamespace: string;
  /** Temporal Cloud API key; turns TLS on. */
  temporalApiKey?: string;
  /**
   * The keys that seal Temporal payloads (`TEMPORAL_PAYLOAD_KEYS` or `TEMPORAL_PAYLOAD_KEY_FILE`,
   * required; the first seals, all open): the same keys as the worker's.
   */
  payloadKeys: PayloadKeyring;
  mongodbUri: string;
  /** The built client (`client/dist`); served with a fallback to index.html for client routes. */
  clientDir: string;
  /** Secure cookies: on unless `COOKIE_SECURE=false` (plain-HTTP local runs set it off). */
  cookieSecure: boolean;
  /**
   * Express's `trust proxy`: which hops may name the client in X-Forwarded-For.
   * Default `loopback`. Behind a load balancer set it (`TRUST_PROXY=10.0.0.0/8`,
   * or a hop count such as `1`), or every login appears to come from the balancer
   * and shares one per-address limit.
   */
  trustProxy: boolean | number | string;
  /**
   * Other origins whose pages may call the API with the session cookie
   * (`ALLOWED_ORIGINS`, comma-separated, e.g. `https://portal.example.gov.cn`):
   * CORS for them, and their writes pass the CSRF origin check. Default none.
   */
  allowedOrigins: string[];
  /** OpenID providers (`OIDC_PROVIDERS`, `PUBLIC_URL`, secrets from their own variables) and `PASSWORD_LOGIN`. */
  identity: IdentitySettings;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const mongodbUri = env.MONGODB_URI;
  if (!mongodbUri) throw new Error('MONGODB_URI is required (e.g. mongodb://127.0.0.1:27017/tongban)');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a TCP port, got ${env.PORT}`);
  return {
    port,
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    ...(env.TEMPORAL_API_KEY ? { temporalApiKey: env.TEMPORAL_API_KEY } : {}),
    payloadKeys: readPayloadKeyring(env),
    mongodbUri,
    clientDir: env.CLIENT_DIR ?? path.resolve(__dirname, '..', '..', 'client', 'dist'),
    cookieSecure: env.COOKIE_SECURE !== 'false',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    identity: readIdentitySettings(env),
  };
}

/** `true`/`false`, a hop count, or addresses and subnets as Express takes them. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value.trim() === '') return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
