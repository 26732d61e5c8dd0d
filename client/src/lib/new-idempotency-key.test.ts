import { newIdempotencyKey } from './new-idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(
      newIdempotencyKey({ randomUUID: () => '11111111-1111-4111-8111-111111111111', getRandomValues: (a) => a }),
    ).toBe('11111111-1111-4111-8111-111111111111');
  });

  it('builds a v4 UUID from random bytes on plain-http pages', () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(0xff);
      return array;
    };
    expect(newIdempotencyKey({ getRandomValues })).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('is different every time', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});
