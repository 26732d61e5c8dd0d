/** Where the worker finds Temporal and the database; read once at start. */
export interface WorkerConfig {
  temporalAddress: string;
  temporalNamespace: string;
  /** Temporal Cloud API key; turns TLS on. */
  temporalApiKey?: string;
  mongodbUri: string;
}

export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const mongodbUri = env.MONGODB_URI;
  if (!mongodbUri) throw new Error('MONGODB_URI is required (e.g. mongodb://127.0.0.1:27017/tongban)');
  return {
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    ...(env.TEMPORAL_API_KEY ? { temporalApiKey: env.TEMPORAL_API_KEY } : {}),
    mongodbUri,
  };
}
