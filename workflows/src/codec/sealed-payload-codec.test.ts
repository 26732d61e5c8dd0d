import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import {
  KEY_ID_METADATA,
  PayloadKeyConfigError,
  SEALED_ENCODING,
  SealedPayloadCodec,
  SealedPayloadError,
  isSealed,
  newPayloadKeyEntry,
  parsePayloadKeys,
  payloadCodecFromEnvironment,
  readPayloadKeyring,
} from '.';

const formData = { applicantPhone: '13800138000', idNumber: '110101199003071234', password: 'hunter2' };
const asPayload = (value: unknown): Payload => defaultPayloadConverter.toPayload(value);
const asValue = (payload: Payload): unknown => defaultPayloadConverter.fromPayload(payload);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const codecWith = (...entries: string[]) => new SealedPayloadCodec(parsePayloadKeys(entries.join(','), 'test'));

describe('SealedPayloadCodec', () => {
  it('seals a payload so none of its data shows, and opens it back exactly', async () => {
    const codec = codecWith(newPayloadKeyEntry('k1'));
    const original = asPayload(formData);
    const [sealed] = await codec.encode([original]);
    expect(text(sealed!.metadata!.encoding)).toBe(SEALED_ENCODING);
    expect(text(sealed!.metadata![KEY_ID_METADATA])).toBe('k1');
    const raw = Buffer.from(sealed!.data!).toString('latin1');
    for (const secret of Object.values(formData)) expect(raw).not.toContain(secret);
    expect(raw).not.toContain('json/plain');
    const [opened] = await codec.decode([sealed!]);
    expect(asValue(opened!)).toEqual(formData);
    expect(text(opened!.metadata!.encoding)).toBe('json/plain');
  });

  it('seals the same value differently each time (a fresh nonce per payload)', async () => {
    const codec = codecWith(newPayloadKeyEntry('k1'));
    const [first, second] = await codec.encode([asPayload('same'), asPayload('same')]);
    expect(Buffer.from(first!.data!).equals(Buffer.from(second!.data!))).toBe(false);
  });

  it('after a rotation, seals with the new key and still opens what the old key sealed', async () => {
    const oldEntry = newPayloadKeyEntry('2026-01');
    const newEntry = newPayloadKeyEntry('2026-07');
    const [sealedBefore] = await codecWith(oldEntry).encode([asPayload(formData)]);
    const rotated = codecWith(newEntry, oldEntry);
    expect(rotated.currentKeyId).toBe('2026-07');
    expect(asValue((await rotated.decode([sealedBefore!]))[0]!)).toEqual(formData);
    const [sealedAfter] = await rotated.encode([asPayload(formData)]);
    expect(text(sealedAfter!.metadata![KEY_ID_METADATA])).toBe('2026-07');
  });

  it('passes payloads that were never sealed through unchanged (histories recorded before sealing)', async () => {
    const codec = codecWith(newPayloadKeyEntry('k1'));
    const plain = asPayload(formData);
    const [decoded] = await codec.decode([plain]);
    expect(decoded).toBe(plain);
    expect(isSealed(plain)).toBe(false);
  });

  it('refuses a payload whose ciphertext was altered', async () => {
    const codec = codecWith(newPayloadKeyEntry('k1'));
    const [sealed] = await codec.encode([asPayload(formData)]);
    const data = Buffer.from(sealed!.data!);
    data[20] = data[20]! ^ 0x01;
    await expect(codec.decode([{ ...sealed!, data }])).rejects.toThrow(/k1 fails authentication/);
  });

  it('refuses a payload moved to another configured key id (the key id is authenticated)', async () => {
    const codec = codecWith(newPayloadKeyEntry('k1'), newPayloadKeyEntry('k2'));
    const [sealed] = await codec.encode([asPayload(formData)]);
    const relabelled = { ...sealed!, metadata: { ...sealed!.metadata, [KEY_ID_METADATA]: Buffer.from('k2') } };
    await expect(codec.decode([relabelled])).rejects.toThrow(SealedPayloadError);
  });

  it('says clearly that a payload names a key it is not given', async () => {
    const [sealed] = await codecWith(newPayloadKeyEntry('retired')).encode([asPayload(formData)]);
    const error = await codecWith(newPayloadKeyEntry('k1'))
      .decode([sealed!])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SealedPayloadError);
    expect(String(error)).toMatch(/key id "retired", which this process is not given/);
  });
});

describe('readPayloadKeyring', () => {
  const key = Buffer.alloc(32, 7).toString('base64');

  it('reads TEMPORAL_PAYLOAD_KEYS: the first entry seals, all open', () => {
    const keyring = readPayloadKeyring({
      TEMPORAL_PAYLOAD_KEYS: `new:${key}, old:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(keyring.current.id).toBe('new');
    expect([...keyring.byId.keys()]).toEqual(['new', 'old']);
  });

  it('reads the key file, one entry a line, comments allowed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'payload-keys-'));
    try {
      const file = path.join(dir, 'keys');
      writeFileSync(file, `# rotated 2026-07\nk2:${key}\nk1:${Buffer.alloc(32, 2).toString('base64')}\n`);
      const codec = payloadCodecFromEnvironment({ TEMPORAL_PAYLOAD_KEY_FILE: file });
      expect(codec.currentKeyId).toBe('k2');
      expect(() => readPayloadKeyring({ TEMPORAL_PAYLOAD_KEY_FILE: path.join(dir, 'absent') })).toThrow(
        /TEMPORAL_PAYLOAD_KEY_FILE=.*absent cannot be read \(ENOENT\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{}, /TEMPORAL_PAYLOAD_KEYS or TEMPORAL_PAYLOAD_KEY_FILE is required/],
    [{ TEMPORAL_PAYLOAD_KEYS: `a:${key}`, TEMPORAL_PAYLOAD_KEY_FILE: '/x' }, /not both/],
    [{ TEMPORAL_PAYLOAD_KEYS: ' , ' }, /holds no key/],
    [{ TEMPORAL_PAYLOAD_KEYS: key }, /entry 1 is not id:base64key/],
    [{ TEMPORAL_PAYLOAD_KEYS: `a b:${key}` }, /key id must be/],
    [{ TEMPORAL_PAYLOAD_KEYS: `a:${key},a:${key}` }, /entry 2: key id a appears twice/],
    [{ TEMPORAL_PAYLOAD_KEYS: 'a:not*base64' }, /is not base64/],
    [{ TEMPORAL_PAYLOAD_KEYS: `a:${Buffer.alloc(16).toString('base64')}` }, /must be 32 random bytes .* not 16/],
  ])('refuses a wrong configuration with a clear message: %j', (env, message) => {
    expect(() => readPayloadKeyring(env)).toThrow(PayloadKeyConfigError);
    expect(() => readPayloadKeyring(env)).toThrow(message);
  });

  it('never puts a key in its messages', () => {
    const secret = Buffer.alloc(16, 9).toString('base64');
    let message = '';
    try {
      readPayloadKeyring({ TEMPORAL_PAYLOAD_KEYS: `a:${secret}` });
    } catch (caught) {
      message = (caught as Error).message;
    }
    expect(message).toMatch(/32 random bytes/);
    expect(message).not.toContain(secret);
  });
});
