import { Client, Connection } from '@temporalio/client';
import { SealedPayloadCodec, sealedDataConverter } from '@tongban/workflows/payload-codec';
import type { ServerConfig } from '../config';

/**
 * One Temporal client per process; the connection multiplexes every request.
 * Every payload it sends is sealed with the current key, and it opens what the
 * worker sealed (`@tongban/workflows/payload-codec`).
 */
export async function connectTemporal(
  config: Pick<ServerConfig, 'temporalAddress' | 'temporalNamespace' | 'temporalApiKey' | 'payloadKeys'>,
) {
  const connection = await Connection.connect({
    address: config.temporalAddress,
    ...(config.temporalApiKey ? { tls: true, apiKey: config.temporalApiKey } : {}),
  });
  return new Client({
    connection,
    namespace: config.temporalNamespace,
    dataConverter: sealedDataConverter(new SealedPayloadCodec(config.payloadKeys)),
  });
}
