import { newPayloadKeyEntry } from '@tongban/workflows/payload-codec';
import { DEFAULT_MAX_CACHED_WORKFLOWS, readWorkerConfig } from './config';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/tongban', TEMPORAL_PAYLOAD_KEYS: newPayloadKeyEntry('k1') };

describe('readWorkerConfig', () => {
  it('bounds the workflow cache by default, so memory does not grow with the requests in flight', () => {
    expect(readWorkerConfig(base).maxCachedWorkflows).toBe(DEFAULT_MAX_CACHED_WORKFLOWS);
    expect(readWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '40' }).maxCachedWorkflows).toBe(40);
  });

  it.each(['0', '1', '2.5', 'many', '-3'])('refuses WORKER_MAX_CACHED_WORKFLOWS=%s', (value) => {
    expect(() => readWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: value })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS must be a whole number of at least 2/,
    );
  });

  it('needs a database', () => {
    expect(() => readWorkerConfig({})).toThrow(/MONGODB_URI is required/);
  });

  it('refuses to start without the keys that seal Temporal payloads, rather than write form data in clear', () => {
    expect(() => readWorkerConfig({ MONGODB_URI: base.MONGODB_URI })).toThrow(
      /TEMPORAL_PAYLOAD_KEYS or TEMPORAL_PAYLOAD_KEY_FILE is required/,
    );
    expect(readWorkerConfig(base).payloadKeys.current.id).toBe('k1');
  });
});
