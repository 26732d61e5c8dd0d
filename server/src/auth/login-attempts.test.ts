import mongoose from 'mongoose';
import request from 'supertest';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD } from '../seed/demo-data';
import { ApiError } from '../errors/api-error';
import {
  beginLoginAttempt,
  clientAddressKey,
  failuresInWindow,
  ipKey,
  LOGIN_ATTEMPTS_COLLECTION,
  LOGIN_LIMITS,
  lockId,
  pruneLoginAttempts,
  userKey,
} from './login-attempts';

// On the real database: the counters are what several API servers share.
const stack = useTestStack();

let addresses = 0;
/** A client address of its own for each test (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
const newAddress = () => `203.0.113.${++addresses}`;

function logIn(username: string, password: string, address: string, language = 'zh-CN') {
  return request(stack.app)
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', address)
    .set('Accept-Language', language)
    .send({ username, password });
}

const counters = () => mongoose.connection.collection(LOGIN_ATTEMPTS_COLLECTION);

describe('login lockout per username', () => {
  it('locks a username for 15 minutes after 5 failures: 429 LOGIN_LOCKED with Retry-After, even for the right password', async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) {
      const failed = await logIn('qiye2', 'wrong', address);
      expect(failed.status).toBe(401);
    }
    const locked = await logIn('qiye2', DEMO_PASSWORD, address);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toEqual({
      code: 'LOGIN_LOCKED',
      message: '该账号登录失败次数过多，已临时锁定，请稍后再试',
    });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(15 * 60 - 10);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // The lock is on the username, wherever the next attempt comes from, in English too.
    const elsewhere = await logIn('qiye2', DEMO_PASSWORD, newAddress(), 'en');
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.body.error.message).toBe(
      'Too many failed sign-ins for this account; it is locked for a while, please try again later',
    );
    // One document per failure and one for the lock, all keyed by _id.
    expect(await failuresInWindow(userKey('qiye2'), LOGIN_LIMITS.user)).toBe(5);
    expect(await counters().findOne({ _id: lockId(userKey('qiye2')) as never })).toMatchObject({
      lockedUntil: expect.any(Date),
    });
  });

  it('starts the count over after a successful login', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) expect((await logIn('qiye', 'wrong', address)).status).toBe(401);
    expect((await logIn('qiye', DEMO_PASSWORD, address)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await logIn('qiye', 'wrong', address)).status).toBe(401);
    expect((await logIn('qiye', DEMO_PASSWORD, address)).status).toBe(200);
  });

  it('treats an unknown username like a known one', async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await logIn('nobody-here', 'wrong', address)).status).toBe(401);
    expect((await logIn('nobody-here', 'wrong', address)).body.error.code).toBe('LOGIN_LOCKED');
  });

  it('checks at most 5 passwords when many guesses arrive at once', async () => {
    const address = newAddress();
    const responses = await Promise.all(Array.from({ length: 12 }, () => logIn('parallel-guess', 'wrong', address)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(7).fill(429)]);
  });
});

describe('login limit per client address', () => {
  it('refuses an address after 30 failures in 15 minutes, whatever the usernames, with 429 TOO_MANY_REQUESTS', async () => {
    const address = newAddress();
    for (let i = 0; i < LOGIN_LIMITS.ip.maxFailures; i++) {
      expect((await logIn(`sprayed-${i}`, 'wrong', address)).status).toBe(401);
    }
    const refused = await logIn('zhaoshang', DEMO_PASSWORD, address);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Other addresses, and the user themselves from elsewhere, are not affected.
    expect((await logIn('zhaoshang', DEMO_PASSWORD, newAddress())).status).toBe(200);
  });

  it('does not count successful logins, so one office behind one address can all sign in', async () => {
    const address = newAddress();
    for (let i = 0; i < LOGIN_LIMITS.ip.maxFailures + 5; i++) {
      expect((await logIn('yinhang', DEMO_PASSWORD, address)).status).toBe(200);
    }
    expect((await logIn('yinhang', 'wrong', address)).status).toBe(401);
    expect(await failuresInWindow(ipKey(address), LOGIN_LIMITS.ip)).toBe(1);
  });
});

describe('the counters over time (clock passed in)', () => {
  const t0 = new Date('2026-03-02T09:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  async function fail(username: string, address: string, now: Date) {
    const attempt = await beginLoginAttempt(username, address, now);
    await attempt.failed();
  }
  async function refusal(username: string, address: string, now: Date): Promise<ApiError | null> {
    try {
      const attempt = await beginLoginAttempt(username, address, now);
      await attempt.failed();
      return null;
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
  }

  it('ends the lock 15 minutes after the fifth failure and starts a new window', async () => {
    const address = newAddress();
    for (let minute = 0; minute < 5; minute++) await fail('clock-user', address, at(minute));
    const locked = await refusal('clock-user', address, at(18));
    expect(locked?.code).toBe('LOGIN_LOCKED');
    expect(locked?.retryAfterSeconds).toBe(60);
    // At 19:00 the lock (4 + 15 minutes) is over, and so is the window: four more failures do not lock.
    for (let minute = 19; minute < 23; minute++) expect(await refusal('clock-user', address, at(minute))).toBeNull();
    expect(await failuresInWindow(userKey('clock-user'), LOGIN_LIMITS.user, at(22))).toBe(4);
  });

  it('forgets failures older than the window', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) await fail('slow-guesser', address, at(0));
    for (let i = 0; i < 4; i++) expect(await refusal('slow-guesser', address, at(16))).toBeNull();
    expect(await refusal('slow-guesser', address, at(17))).toBeNull();
    expect((await refusal('slow-guesser', address, at(17)))?.code).toBe('LOGIN_LOCKED');
  });

  it('prunes counters whose window and lock are over, and keeps the others', async () => {
    const address = newAddress();
    await fail('old-news', address, at(-60));
    await fail('fresh', newAddress(), at(0));
    await pruneLoginAttempts(at(1));
    expect(await counters().findOne({ _id: `${userKey('old-news')}#1` as never })).toBeNull();
    expect(await counters().findOne({ _id: `${ipKey(address)}#1` as never })).toBeNull();
    expect(await counters().findOne({ _id: `${userKey('fresh')}#1` as never })).not.toBeNull();
  });
});

describe('client address keys', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff::1%eth0', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });
});
