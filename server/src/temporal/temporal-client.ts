import { Client, Connection } from '@temporalio/client';
import type { ServerConfig } from '../config';

/** One Temporal client per process; the connection multiplexes every request. */
export async function connectTemporal(
  config: Pick<ServerConfig, 'temporalAddress' | 'temporalNamespace' | 'temporalApiKey'>,
) {
  const connection = await Connection.connect({
    address: config.temporalAddress,
    ...(config.temporalApiKey ? { tls: true, apiKey: config.temporalApiKey } : {}),
  });
  return new Client({ connection, namespace: config.temporalNamespace });
}
