import { Client, Connection, isGrpcServiceError, ServiceError } from '@temporalio/client';
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

/** gRPC status codes that mean "not now": UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED. */
const NOT_NOW = new Set([14, 4, 8]);

/** Temporal did not answer (unreachable, overloaded, out of time): the caller should retry, so 503. */
export function isTemporalUnavailable(error: unknown): boolean {
  const grpc = isGrpcServiceError(error)
    ? error
    : error instanceof ServiceError && isGrpcServiceError(error.cause)
      ? error.cause
      : undefined;
  return grpc !== undefined && NOT_NOW.has(grpc.code);
}
