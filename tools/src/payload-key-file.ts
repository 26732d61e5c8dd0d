import fs from 'node:fs';
import path from 'node:path';
import {
  newPayloadKeyEntry,
  PAYLOAD_KEY_FILE_VARIABLE,
  PAYLOAD_KEYS_VARIABLE,
  readPayloadKeyring,
} from '@tongban/workflows/payload-codec';

/** Where `npm run up` keeps the local stack's payload key, under DATA_DIR. */
export const LOCAL_PAYLOAD_KEY_FILE = 'temporal-payload-keys';

/**
 * The environment that names the keys sealing Temporal payloads: what the
 * caller gave (`TEMPORAL_PAYLOAD_KEYS` / `TEMPORAL_PAYLOAD_KEY_FILE`), else
 * `DATA_DIR/temporal-payload-keys`, made with one random key (mode 0600) the
 * first time. The file lives as long as the Temporal database beside it: a new
 * key would leave the histories sealed with the old one unreadable. Checked
 * here, so a bad key stops `npm run up` before anything starts.
 */
export function localPayloadKeyEnvironment(dataDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env[PAYLOAD_KEYS_VARIABLE] || env[PAYLOAD_KEY_FILE_VARIABLE]) {
    readPayloadKeyring(env);
    return {};
  }
  const file = path.join(dataDir, LOCAL_PAYLOAD_KEY_FILE);
  try {
    // `wx`: never overwrite a key that sealed histories, even if two starts race.
    fs.writeFileSync(file, `${newPayloadKeyEntry('local-1')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const named = { [PAYLOAD_KEY_FILE_VARIABLE]: file };
  readPayloadKeyring(named);
  return named;
}

/** A random key for one test run, unless the caller named keys: nothing sealed in a run outlives it. */
export function testPayloadKeyEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env[PAYLOAD_KEYS_VARIABLE] || env[PAYLOAD_KEY_FILE_VARIABLE]) return {};
  return { [PAYLOAD_KEYS_VARIABLE]: newPayloadKeyEntry('test-run') };
}
