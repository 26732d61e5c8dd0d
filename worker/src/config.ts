import { readPayloadKeyring, type PayloadKeyring } from '@tongban/workflows/payload-codec';

/** Where the worker finds Temporal and the database; read once at start. */
export interface WorkerConfig {
  temporalAddress: string;
  temporalNamespace: string;
  /** Temporal Cloud API key; turns TLS on. */
  temporalApiKey?: string;
  mongodbUri: string;
  /**
   * The keys that seal Temporal payloads (`TEMPORAL_PAYLOAD_KEYS` or `TEMPORAL_PAYLOAD_KEY_FILE`,
   * required): the first seals, all open. See `@tongban/workflows/payload-codec`.
   */
  payloadKeys: PayloadKeyring;
  /**
   * How many workflows the worker keeps in memory between their tasks (`WORKER_MAX_CACHED_WORKFLOWS`,
   * default 250). The SDK's default grows with the heap limit (about 2,300 on a 24 GiB machine), and a
   * request lives for weeks: memory then grows with the requests in flight. A workflow pushed out of the
   * cache replays its history at its next task, which costs milliseconds, not correctness.
   */
  maxCachedWorkflows: number;
}

/** See {@link WorkerConfig.maxCachedWorkflows}. */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 250;

export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const mongodbUri = env.MONGODB_URI;
  if (!mongodbUri) throw new Error('MONGODB_URI is required (e.g. mongodb://127.0.0.1:27017/tongban)');
  return {
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    ...(env.TEMPORAL_API_KEY ? { temporalApiKey: env.TEMPORAL_API_KEY } : {}),
    mongodbUri,
    payloadKeys: readPayloadKeyring(env),
    maxCachedWorkflows: positiveInteger(env, 'WORKER_MAX_CACHED_WORKFLOWS', DEFAULT_MAX_CACHED_WORKFLOWS),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const given = env[name];
  if (given === undefined || given === '') return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 2)
    throw new Error(`${name} must be a whole number of at least 2, got ${given}`);
  return value;
}
