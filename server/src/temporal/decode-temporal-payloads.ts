import type { Client } from '@temporalio/client';
import { isSealed, KEY_ID_METADATA, SealedPayloadError } from '@tongban/workflows/payload-codec';
import type { AppAbility } from '../auth/define-abilities';
import type { CurrentUser } from '../auth/current-user';
import { recordDisclosure } from '../audit/record-administration';
import { ApiError } from '../errors/api-error';
import type { CodecPayloadsJson } from '../http/temporal-codec-schemas';
import {
  codecsOf,
  payloadFromJson,
  payloadToJson,
  requireCodecUser,
  type PayloadJson,
} from './temporal-codec-payloads';

/**
 * `POST /temporal-codec/decode`: opens sealed payloads for the Temporal UI or
 * CLI. Every call that opens a sealed payload is on the administration chain
 * (who, which namespace, how many, with which keys) before its answer leaves:
 * if the entry cannot be written the caller gets 503 and sees nothing.
 * Payloads that were never sealed come back as they were and, alone, are not
 * recorded (they disclose nothing the history did not already show).
 */
export async function decodeTemporalPayloads(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  input: { payloads: PayloadJson[]; namespace?: string },
): Promise<CodecPayloadsJson> {
  requireCodecUser(ability);
  const payloads = input.payloads.map(payloadFromJson);
  const sealed = payloads.filter(isSealed);
  let decoded = payloads;
  try {
    for (const codec of [...codecsOf(temporal)].reverse()) decoded = await codec.decode(decoded);
  } catch (error) {
    if (error instanceof SealedPayloadError) throw new ApiError('PAYLOAD_NOT_DECODABLE', undefined, error.message);
    throw error;
  }
  if (sealed.length > 0) {
    const namespace = input.namespace ?? temporal.options.namespace;
    const keyIds = [...new Set(sealed.map((payload) => text(payload.metadata?.[KEY_ID_METADATA])))].sort();
    await recordDisclosure(user, {
      action: 'temporal_payloads_decoded',
      object: { kind: 'namespace', id: namespace, name: namespace },
      detail: { payloads: sealed.length, keyIds },
    });
  }
  return { payloads: decoded.map(payloadToJson) };
}

function text(bytes: Uint8Array | null | undefined): string {
  return Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
}
