import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadKeyring } from './payload-keys';

/** The `encoding` of a sealed payload; anything else is passed through as it was recorded. */
export const SEALED_ENCODING = 'binary/encrypted';
/** Metadata naming the key a payload was sealed with, so payloads outlive a rotation. */
export const KEY_ID_METADATA = 'encryption-key-id';
/** Metadata naming the cipher, for an operator reading raw history. */
export const CIPHER_METADATA = 'encryption-cipher';
const CIPHER = 'AES-256-GCM';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A payload that cannot be opened: tampered with, or sealed with a key this process is not given. */
export class SealedPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedPayloadError';
  }
}

/**
 * Seals every Temporal payload (workflow and activity inputs and results,
 * Update arguments, query answers, memos) with AES-256-GCM, so histories, the
 * Temporal UI and the CLI show ciphertext to whoever reaches the frontend.
 *
 * The whole original payload (its metadata and data) is the plaintext, so
 * decoding restores it exactly; the outer metadata says only that it is sealed
 * and with which key. The key id and cipher are authenticated with it: moving
 * a payload to another key id makes it fail, not decode to something else.
 * Payloads that are not sealed (histories recorded before sealing) decode
 * unchanged. Search attributes never pass through a codec: they must hold no
 * personal data in the first place.
 */
export class SealedPayloadCodec implements PayloadCodec {
  constructor(private readonly keys: PayloadKeyring) {}

  /** The id of the key new payloads are sealed with. */
  get currentKeyId(): string {
    return this.keys.current.id;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.seal(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => (isSealed(payload) ? this.open(payload) : payload));
  }

  private seal(payload: Payload): Payload {
    const { id, key } = this.keys.current;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(associatedData(id));
    const plaintext = temporal.api.common.v1.Payload.encode(payload).finish();
    const sealed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: utf8.encode(SEALED_ENCODING),
        [KEY_ID_METADATA]: utf8.encode(id),
        [CIPHER_METADATA]: utf8.encode(CIPHER),
      },
      data: new Uint8Array(sealed),
    };
  }

  private open(payload: Payload): Payload {
    const idBytes = payload.metadata?.[KEY_ID_METADATA];
    if (!idBytes) throw new SealedPayloadError(`a sealed payload names no key (${KEY_ID_METADATA} is missing)`);
    const id = fromUtf8.decode(idBytes);
    const key = this.keys.byId.get(id);
    if (!key)
      throw new SealedPayloadError(
        `a payload is sealed with key id ${JSON.stringify(id)}, which this process is not given: ` +
          'keep retired keys after the current one in TEMPORAL_PAYLOAD_KEYS / TEMPORAL_PAYLOAD_KEY_FILE',
      );
    const sealed = payload.data ?? new Uint8Array();
    if (sealed.length < NONCE_BYTES + TAG_BYTES)
      throw new SealedPayloadError(`a payload sealed with key id ${id} is too short to be one`);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(id));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([
        decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new SealedPayloadError(
        `a payload sealed with key id ${id} fails authentication: it was altered, or key ${id} is not the key that sealed it`,
      );
    }
    return temporal.api.common.v1.Payload.decode(plaintext);
  }
}

/** Whether a payload is one this codec sealed (by its `encoding`). */
export function isSealed(payload: Payload): boolean {
  const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
  return encoding !== undefined && encoding !== null && fromUtf8.decode(encoding) === SEALED_ENCODING;
}

function associatedData(keyId: string): Buffer {
  return Buffer.from(`${CIPHER}:${keyId}`, 'utf8');
}
