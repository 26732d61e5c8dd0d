import type { DataConverter } from '@temporalio/common';
import { readPayloadKeyring } from './payload-keys';
import { SealedPayloadCodec } from './sealed-payload-codec';

/**
 * `@tongban/workflows/payload-codec`: the codec every Temporal client and
 * worker of Tongban uses. Its own entry point because it needs `node:crypto`
 * and the environment; workflow code never imports it, so it never reaches the
 * workflow bundle (codecs run outside the workflow sandbox).
 */
export {
  PAYLOAD_KEY_FILE_VARIABLE,
  PAYLOAD_KEYS_VARIABLE,
  PayloadKeyConfigError,
  newPayloadKeyEntry,
  parsePayloadKeys,
  readPayloadKeyring,
  type PayloadKeyring,
} from './payload-keys';
export {
  CIPHER_METADATA,
  KEY_ID_METADATA,
  SEALED_ENCODING,
  SealedPayloadCodec,
  SealedPayloadError,
  isSealed,
} from './sealed-payload-codec';

/**
 * The codec with the keys the environment names (see `readPayloadKeyring`);
 * throws `PayloadKeyConfigError` when they are missing or malformed, so a
 * process fails at start instead of writing clear text.
 */
export function payloadCodecFromEnvironment(env: NodeJS.ProcessEnv = process.env): SealedPayloadCodec {
  return new SealedPayloadCodec(readPayloadKeyring(env));
}

/** The data converter of a client or worker that seals its payloads with `codec`. */
export function sealedDataConverter(codec: SealedPayloadCodec): DataConverter {
  return { payloadCodecs: [codec] };
}
