import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newPayloadKeyEntry, readPayloadKeyring } from '@tongban/workflows/payload-codec';
import { LOCAL_PAYLOAD_KEY_FILE, localPayloadKeyEnvironment, testPayloadKeyEnvironment } from './payload-key-file';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-key-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('localPayloadKeyEnvironment', () => {
  it('makes a key file only its owner can read on the first start, and keeps it on the next', () => {
    const first = localPayloadKeyEnvironment(dataDir, {});
    const file = path.join(dataDir, LOCAL_PAYLOAD_KEY_FILE);
    expect(first).toEqual({ TEMPORAL_PAYLOAD_KEY_FILE: file });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const key = readPayloadKeyring(first).current;
    expect(key.id).toBe('local-1');

    expect(localPayloadKeyEnvironment(dataDir, {})).toEqual(first);
    expect(readPayloadKeyring(first).current.key.equals(key.key)).toBe(true);
  });

  it('uses the keys the caller named, and refuses bad ones before anything starts', () => {
    expect(localPayloadKeyEnvironment(dataDir, { TEMPORAL_PAYLOAD_KEYS: newPayloadKeyEntry('prod-1') })).toEqual({});
    expect(fs.existsSync(path.join(dataDir, LOCAL_PAYLOAD_KEY_FILE))).toBe(false);
    expect(() =>
      localPayloadKeyEnvironment(dataDir, { TEMPORAL_PAYLOAD_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` }),
    ).toThrow(/32 random bytes/);
  });
});

describe('testPayloadKeyEnvironment', () => {
  it('gives each run a key of its own unless keys are named', () => {
    const one = testPayloadKeyEnvironment({});
    const two = testPayloadKeyEnvironment({});
    expect(readPayloadKeyring(one).current.key.equals(readPayloadKeyring(two).current.key)).toBe(false);
    expect(testPayloadKeyEnvironment({ TEMPORAL_PAYLOAD_KEY_FILE: '/run/secrets/keys' })).toEqual({});
  });
});
