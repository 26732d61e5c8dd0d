import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Where the keys that seal Temporal payloads come from. Either variable holds
 * entries `id:base64key` (32 bytes, AES-256), separated by commas or line
 * breaks; the FIRST entry seals new payloads, every entry opens the payloads
 * that name its id. To rotate: put the new key first and keep the old ones
 * after it for as long as histories sealed with them are kept.
 */
export const PAYLOAD_KEYS_VARIABLE = 'TEMPORAL_PAYLOAD_KEYS';
/** A file with the same entries (one a line, `#` starts a comment), e.g. a mounted secret. */
export const PAYLOAD_KEY_FILE_VARIABLE = 'TEMPORAL_PAYLOAD_KEY_FILE';

const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The keys a process may seal and open payloads with. */
export interface PayloadKeyring {
  /** Seals every new payload. */
  current: { id: string; key: Buffer };
  /** Every configured key (the current one included), by id. */
  byId: ReadonlyMap<string, Buffer>;
}

/** The key configuration is missing or wrong: a process refuses to start rather than write clear text. */
export class PayloadKeyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadKeyConfigError';
  }
}

/**
 * The keyring named by the environment: `TEMPORAL_PAYLOAD_KEYS`, or the file
 * at `TEMPORAL_PAYLOAD_KEY_FILE`. Exactly one must be set. Messages name the
 * variable and the entry's position, never a key.
 */
export function readPayloadKeyring(env: NodeJS.ProcessEnv = process.env): PayloadKeyring {
  const inline = env[PAYLOAD_KEYS_VARIABLE]?.trim();
  const file = env[PAYLOAD_KEY_FILE_VARIABLE]?.trim();
  if (inline && file)
    throw new PayloadKeyConfigError(
      `set ${PAYLOAD_KEYS_VARIABLE} or ${PAYLOAD_KEY_FILE_VARIABLE}, not both: which keys seal Temporal payloads would be ambiguous`,
    );
  if (inline) return parsePayloadKeys(inline, PAYLOAD_KEYS_VARIABLE);
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new PayloadKeyConfigError(`${PAYLOAD_KEY_FILE_VARIABLE}=${file} cannot be read (${reason})`);
    }
    return parsePayloadKeys(text, `${PAYLOAD_KEY_FILE_VARIABLE} (${file})`);
  }
  throw new PayloadKeyConfigError(
    `${PAYLOAD_KEYS_VARIABLE} or ${PAYLOAD_KEY_FILE_VARIABLE} is required: Temporal payloads (form data) are sealed with AES-256-GCM. ` +
      `Make a key with: node -e "console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))"`,
  );
}

/** Entries `id:base64key`, separated by commas or line breaks; `source` names where they came from in errors. */
export function parsePayloadKeys(text: string, source: string): PayloadKeyring {
  const entries = text
    .split(/[,\r\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
  if (entries.length === 0) throw new PayloadKeyConfigError(`${source} holds no key`);
  const byId = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const position = `${source}, entry ${index + 1}`;
    const separator = entry.indexOf(':');
    if (separator < 0) throw new PayloadKeyConfigError(`${position} is not id:base64key`);
    const id = entry.slice(0, separator).trim();
    const encoded = entry.slice(separator + 1).trim();
    if (!KEY_ID.test(id))
      throw new PayloadKeyConfigError(`${position}: the key id must be 1-64 letters, digits, '.', '_' or '-'`);
    if (byId.has(id)) throw new PayloadKeyConfigError(`${position}: key id ${id} appears twice`);
    const key = Buffer.from(encoded, 'base64');
    if (!BASE64.test(encoded) || key.toString('base64') !== encoded)
      throw new PayloadKeyConfigError(`${position} (id ${id}): the key is not base64`);
    if (key.length !== KEY_BYTES)
      throw new PayloadKeyConfigError(
        `${position} (id ${id}): the key must be ${KEY_BYTES} random bytes (AES-256), not ${key.length}`,
      );
    byId.set(id, key);
  });
  const [currentId] = byId.keys();
  return { current: { id: currentId!, key: byId.get(currentId!)! }, byId };
}

/** A fresh random key entry (`id:base64key`) for a development stack or a test run. */
export function newPayloadKeyEntry(id = `dev-${Date.now().toString(36)}`): string {
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
