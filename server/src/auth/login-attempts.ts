import {
  isDuplicateKeyError,
  loginAttempts,
  LoginAttemptModel,
  UserModel,
  type LoginAttempt as AttemptDocument,
} from '@tongban/store';
import { recordSystemChange } from '../audit/record-administration';
import { ApiError } from '../errors/api-error';

/**
 * Failed-login limits, shared by every API server through the database so
 * that a load balancer spreading attempts over several servers does not
 * multiply them.
 *
 * Each key (`user:<name>`, `ip:<address>`) has `maxFailures` numbered slots,
 * one document each (`user:qiye#1` … `#5`) holding the time of the failure
 * in it, and a lock document (`user:qiye#lock`). An attempt claims a free
 * slot by inserting it, before the password is checked. Inserting a unique
 * `_id` is the one write that is atomic on every database Tongban runs on:
 * FerretDB 1.24 on SQLite loses concurrent `$inc`s on one document (12 at
 * once add up to 4), so a counter would let a burst of parallel guesses
 * through. A slot older than the window is free again: that is the sliding
 * window, without a TTL index. Everything is read and written by `_id`,
 * which FerretDB on SQLite looks up without a scan.
 */

/** A limit: after `maxFailures` failures within `windowMs`, the key is locked for `lockMs`. */
export interface LoginLimit {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const LOGIN_LIMITS = {
  /** A password guesser on one account: 5 failures in 15 minutes lock it for 15 minutes (429 LOGIN_LOCKED). */
  user: { maxFailures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  /**
   * A sprayer trying many accounts from one address: 30 failures in 15 minutes
   * lock the address for 15 minutes (429 TOO_MANY_REQUESTS). Successful logins
   * do not count, so an office behind one NAT address can all sign in at nine.
   */
  ip: { maxFailures: 30, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, LoginLimit>;

export const LOGIN_ATTEMPTS_COLLECTION = LoginAttemptModel.collection.collectionName;

const attempts = loginAttempts;

export const userKey = (username: string) => `user:${username}`;
export const ipKey = (ip: string | undefined) => `ip:${clientAddressKey(ip)}`;
export const lockId = (key: string) => `${key}#lock`;
const slotIds = (key: string, limit: LoginLimit) =>
  Array.from({ length: limit.maxFailures }, (_, i) => `${key}#${i + 1}`);

/** The outcome of an attempt begun with `beginLoginAttempt`; call exactly one. */
export interface LoginAttempt {
  /** A wrong username or password: the attempt keeps its slots, and locks a key whose slots are all taken. */
  failed(): Promise<void>;
  /** Signed in: the username's failures are forgotten, and the attempt no longer counts against the address. */
  succeeded(): Promise<void>;
}

type Refusal = 'LOGIN_LOCKED' | 'TOO_MANY_REQUESTS';
interface Limited {
  key: string;
  limit: LoginLimit;
  refusal: Refusal;
}

/**
 * Counts a login attempt against the username and the client address before
 * the password is checked, and refuses it (429 with `Retry-After`) while
 * either is locked or has no free slot. The attempt counts as a failure until
 * `succeeded()`, so however many guesses arrive at once, at most
 * `maxFailures` passwords are checked per window.
 */
export async function beginLoginAttempt(
  username: string,
  ip: string | undefined,
  now = new Date(),
): Promise<LoginAttempt> {
  const user: Limited = { key: userKey(username), limit: LOGIN_LIMITS.user, refusal: 'LOGIN_LOCKED' };
  const address: Limited = { key: ipKey(ip), limit: LOGIN_LIMITS.ip, refusal: 'TOO_MANY_REQUESTS' };
  const limited = [user, address];
  const ids = limited.flatMap(({ key, limit }) => [lockId(key), ...slotIds(key, limit)]);
  const found = new Map(
    (
      await attempts()
        .find({ _id: { $in: ids } })
        .toArray()
    ).map((doc) => [doc._id, doc]),
  );
  for (const { key, refusal } of limited) {
    const lockedUntil = found.get(lockId(key))?.lockedUntil;
    if (lockedUntil && lockedUntil > now) throw lockedError(refusal, lockedUntil, now);
  }

  const claims = new Map<Limited, string>();
  for (const entry of limited) {
    const slot = await claimSlot(entry.key, entry.limit, found, now);
    if (!slot) {
      // Every slot taken within the window: the attempts that took them are failing right now.
      await Promise.all([...claims.values()].map((id) => releaseSlot(id, now)));
      throw lockedError(entry.refusal, await lock(entry.key, entry.limit, now), now);
    }
    claims.set(entry, slot);
  }

  return {
    async failed() {
      await Promise.all(limited.map(({ key, limit }) => lockIfFull(key, limit, now)));
      pruneNowAndThen(now);
    },
    async succeeded() {
      await Promise.all([
        attempts().deleteMany({ _id: { $in: [lockId(user.key), ...slotIds(user.key, user.limit)] } }),
        releaseSlot(claims.get(address)!, now),
      ]);
    },
  };
}

/** How many failures of the key are inside its window at `now`. */
export async function failuresInWindow(key: string, limit: LoginLimit, now = new Date()): Promise<number> {
  const slots = await attempts()
    .find({ _id: { $in: slotIds(key, limit) } })
    .toArray();
  return slots.filter((slot) => isLive(slot, limit, now)).length;
}

/** Deletes slots and locks that are over; a slot older than its window is free anyway. */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const longestWindow = Math.max(...Object.values(LOGIN_LIMITS).map((limit) => limit.windowMs));
  const result = await attempts().deleteMany({
    $or: [{ at: { $lte: new Date(now.getTime() - longestWindow) } }, { lockedUntil: { $lte: now } }],
  });
  return result.deletedCount;
}

/**
 * The key of a client address: IPv4-mapped IPv6 as plain IPv4, and IPv6 by
 * its /64 prefix, since one host on IPv6 usually holds a whole /64 and could
 * otherwise take a fresh address per attempt.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const groups = (part: string) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = tail === undefined ? 0 : Math.max(0, 8 - left.length - right.length);
  const full = [...left, ...Array<string>(zeros).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

function lockedError(code: Refusal, lockedUntil: Date, now: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new ApiError(code, undefined, `${code} for ${seconds}s`, seconds);
}

const isLive = (doc: AttemptDocument | undefined, limit: LoginLimit, now: Date) =>
  doc?.at !== undefined && doc.at.getTime() > now.getTime() - limit.windowMs;

/** Claims the first free slot of the key, freeing expired ones on the way; null when all are live. */
async function claimSlot(
  key: string,
  limit: LoginLimit,
  found: Map<string, AttemptDocument>,
  now: Date,
): Promise<string | null> {
  for (const id of slotIds(key, limit)) {
    const seen = found.get(id);
    if (isLive(seen, limit, now)) continue;
    if (seen) await attempts().deleteOne({ _id: id, at: { $lte: new Date(now.getTime() - limit.windowMs) } });
    try {
      await attempts().insertOne({ _id: id, at: now });
      return id;
    } catch (error) {
      // Another attempt took this slot first.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return null;
}

/** Gives back a slot this attempt claimed (matched by its time, so a later claim of the same slot stays). */
async function releaseSlot(id: string, claimedAt: Date): Promise<void> {
  await attempts().deleteOne({ _id: id, at: claimedAt });
}

async function lockIfFull(key: string, limit: LoginLimit, now: Date): Promise<void> {
  if ((await failuresInWindow(key, limit, now)) >= limit.maxFailures) await lock(key, limit, now);
}

/**
 * Locks the key for `lockMs` from now; concurrent lockers write nearly the same time, so the race is harmless.
 * The write that starts a lockout — inserting the lock document, or renewing one that is over — is the one
 * that records it; a key already locked (the upsert's insert fails on the duplicate `_id`) is only extended.
 */
async function lock(key: string, limit: LoginLimit, now: Date): Promise<Date> {
  const lockedUntil = new Date(now.getTime() + limit.lockMs);
  let started: boolean;
  try {
    const result = await attempts().updateOne(
      { _id: lockId(key), lockedUntil: { $lte: now } },
      { $set: { lockedUntil } },
      { upsert: true },
    );
    started = result.modifiedCount + result.upsertedCount > 0;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await attempts().updateOne({ _id: lockId(key) }, { $set: { lockedUntil } });
    started = false;
  }
  if (started) await recordLockout(key, limit, lockedUntil);
  return lockedUntil;
}

/**
 * A locked account goes on the administration chain (by the system), so an
 * auditor sees guessing against it. Only existing accounts: a username that
 * names nobody may be a password typed into the wrong box. Locked addresses
 * are not recorded: the chain keeps entries forever, and an address is
 * personal data.
 */
async function recordLockout(key: string, limit: LoginLimit, lockedUntil: Date): Promise<void> {
  if (!key.startsWith('user:')) return;
  const user = await UserModel.findOne({ username: key.slice('user:'.length) }, { displayName: 1 }).lean();
  if (!user) return;
  await recordSystemChange({
    action: 'login_locked',
    object: { kind: 'user', id: user._id, name: user.displayName },
    detail: {
      failures: limit.maxFailures,
      windowMinutes: limit.windowMs / 60_000,
      lockedUntil: lockedUntil.toISOString(),
    },
  });
}

/** Each API server prunes once per this many failures: cheap, and needs no scheduler. */
const PRUNE_EVERY = 100;
let failuresSincePrune = 0;

function pruneNowAndThen(now: Date): void {
  failuresSincePrune += 1;
  if (failuresSincePrune < PRUNE_EVERY) return;
  failuresSincePrune = 0;
  // Best effort: a failed prune only leaves stale documents for the next one.
  pruneLoginAttempts(now).catch(() => undefined);
}
