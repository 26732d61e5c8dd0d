import type { Client } from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { CodecPayloadsJson } from '../http/temporal-codec-schemas';

/** What the codec endpoint shares between decoding and encoding. */

export type PayloadJson = CodecPayloadsJson['payloads'][number];

/**
 * The codecs of the API's own Temporal client: the endpoint opens exactly
 * what this API seals, with the same keys, and nothing else.
 */
export function codecsOf(temporal: Client): readonly PayloadCodec[] {
  return temporal.options.loadedDataConverter.payloadCodecs;
}

/** Only those who may see every request's raw data in clear use the codec at all (administrators). */
export function requireCodecUser(ability: AppAbility): void {
  if (!ability.can('decode', 'TemporalPayload')) throw new ApiError('FORBIDDEN');
}

export function payloadFromJson(payload: PayloadJson): Payload {
  return {
    metadata: Object.fromEntries(
      Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]),
    ),
    data: Buffer.from(payload.data ?? '', 'base64'),
  };
}

export function payloadToJson(payload: Payload): PayloadJson {
  return {
    metadata: Object.fromEntries(
      Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
    ),
    data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64'),
  };
}
