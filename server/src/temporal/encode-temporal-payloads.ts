import type { Client } from '@temporalio/client';
import type { AppAbility } from '../auth/define-abilities';
import type { CodecPayloadsJson } from '../http/temporal-codec-schemas';
import {
  codecsOf,
  payloadFromJson,
  payloadToJson,
  requireCodecUser,
  type PayloadJson,
} from './temporal-codec-payloads';

/** `POST /temporal-codec/encode`: seals payloads the Temporal UI or CLI sends (a signal's input). */
export async function encodeTemporalPayloads(
  temporal: Client,
  ability: AppAbility,
  input: { payloads: PayloadJson[] },
): Promise<CodecPayloadsJson> {
  requireCodecUser(ability);
  let encoded = input.payloads.map(payloadFromJson);
  for (const codec of codecsOf(temporal)) encoded = await codec.encode(encoded);
  return { payloads: encoded.map(payloadToJson) };
}
