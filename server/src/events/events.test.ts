import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { NotificationModel } from '@tongban/store';
import request from 'supertest';
import { createApp } from '../app';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';
import {
  openEventStream,
  type EventStreamClient,
  type OpenEventStreamOptions,
  type ServerSentEvent,
} from '../../test/sse-client';
import { cursorAt, encodeCursor } from './event-cursor';

// SSE and notifications on the real stack, with two API "processes" (two apps, each its own feed) on one database:
// a change made through one reaches the streams open on the other, and only for those allowed to see it.
const stack = useTestStack();
const servers: http.Server[] = [];

async function listen(app: http.RequestListener): Promise<string> {
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function sessionCookie(username: string): Promise<string> {
  const response = await request(stack.app).post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD });
  return (response.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
}

const openStream = (base: string, cookie: string) => openEventStream(base, { cookie });

async function fileRequest(base: string, username: string): Promise<string> {
  const filed = await request(base)
    .post('/api/v1/requests')
    .set('Cookie', await sessionCookie(username))
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  return filed.body.id as string;
}

/**
 * A request `username` files now, once each stream has heard of it: a feed
 * sends changes in the order they were written, so whatever a stream heard
 * before its fence is all it will ever hear of the changes made before it
 * (no waiting a while for a wrong event that might still come).
 */
async function fence(base: string, username: string, streams: EventStreamClient[]): Promise<string> {
  const id = await fileRequest(base, username);
  for (const stream of streams)
    await stream.waitFor((event) => event.event === 'request' && event.data.requestId === id);
  return id;
}

/** The events a stream heard before the fence's first. */
function before(stream: EventStreamClient, fenceId: string): ServerSentEvent[] {
  const at = stream.events.findIndex((event) => event.data.requestId === fenceId);
  return at === -1 ? stream.events : stream.events.slice(0, at);
}

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('GET /events across two API processes', () => {
  it('tells the handler and the applicant about a new request, and nobody else', async () => {
    const apiA = await listen(
      createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false, eventPollMs: 200 }),
    );
    const apiB = await listen(
      createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false, eventPollMs: 200 }),
    );
    const zhaoshang = await openStream(apiB, await sessionCookie('zhaoshang'));
    const qiye = await openStream(apiA, await sessionCookie('qiye'));
    const qiye2 = await openStream(apiB, await sessionCookie('qiye2'));
    expect([zhaoshang.status, qiye.status, qiye2.status]).toEqual([200, 200, 200]);
    // Let the feeds take their first look, which only learns what already happened.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const filed = await request(apiA)
      .post('/api/v1/requests')
      .set('Cookie', await sessionCookie('qiye'))
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
      .expect(201);
    const requestId = filed.body.id as string;
    const forRequest = (event: ServerSentEvent) => event.data.requestId === requestId;

    await zhaoshang.waitFor((event) => event.event === 'request' && forRequest(event));
    await zhaoshang.waitFor((event) => event.event === 'inbox' && forRequest(event));
    const assigned = await zhaoshang.waitFor((event) => event.event === 'notification' && forRequest(event));
    expect(assigned.data).toMatchObject({ requestId, title: expect.any(String) });
    const submitted = await qiye.waitFor((event) => event.event === 'request' && forRequest(event));
    expect(submitted.data).toMatchObject({ status: 'in_progress', revision: expect.any(Number) });
    expect(qiye.events.some((event) => event.event === 'inbox' && forRequest(event))).toBe(false);

    // The other enterprise may not read it: by the time its own later request reaches it, it has heard nothing of this one.
    await fence(apiA, 'qiye2', [qiye2]);
    expect(qiye2.events.filter(forRequest)).toEqual([]);
    // Each change arrives once per stream.
    const requestEvents = zhaoshang.events.filter((event) => event.event === 'request' && forRequest(event));
    expect(new Set(requestEvents.map((event) => event.data.revision)).size).toBe(requestEvents.length);
    for (const stream of [zhaoshang, qiye, qiye2]) stream.close();
  });

  it('needs a session', async () => {
    const response = await request(stack.app).get('/api/v1/events');
    expect([response.status, response.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('GET /events resumes after a reconnect (Last-Event-ID)', () => {
  let apiA: string;
  let apiB: string;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const file = (username: string) => fileRequest(apiA, username);

  // An administrator's stream stays open on each process, so both feeds run throughout and have already seen every
  // change by the time someone reconnects: what a reconnect gets then comes from the replay alone.
  let keepers: EventStreamClient[];

  beforeAll(async () => {
    const options = { clientDir: '/nonexistent', cookieSecure: false, eventPollMs: 200 };
    apiA = await listen(createApp(stack.temporal, options));
    apiB = await listen(createApp(stack.temporal, options));
    const cookie = await sessionCookie('admin');
    keepers = [await openEventStream(apiA, { cookie }), await openEventStream(apiB, { cookie })];
  });

  afterAll(() => {
    for (const keeper of keepers) keeper.close();
  });

  /** Both processes' feeds have seen the request as it is now (and everything written before it). */
  async function bothFeedsSaw(requestId: string): Promise<string> {
    for (const keeper of keepers) await keeper.waitFor((event) => event.event === 'request' && about(requestId)(event));
    return fence(apiA, 'qiye', keepers);
  }

  /** The notifications of a request for one person, once the worker has written them. */
  async function notificationsOf(requestId: string, username: string): Promise<string[]> {
    for (let tries = 0; tries < 100; tries += 1) {
      const found = await NotificationModel.find({ requestId, userId: demoUserId(username) }).lean();
      if (found.length > 0) return found.map((notification) => notification._id).sort();
      await sleep(100);
    }
    throw new Error(`no notification of ${requestId} for ${username}`);
  }

  const about = (requestId: string) => (event: ServerSentEvent) => event.data.requestId === requestId;

  it('replays exactly what was missed, the same from either API process, then goes on live', async () => {
    const cookie = await sessionCookie('zhaoshang');
    const first = await openEventStream(apiA, { cookie });
    const seen = await file('qiye');
    await first.waitFor((event) => event.event === 'notification' && about(seen)(event));
    await first.waitFor((event) => event.event === 'inbox' && about(seen)(event));
    await fence(apiA, 'qiye', [first]);
    const lastEventId = first.lastEventId!;
    expect(lastEventId).toMatch(/^1\./);
    first.close();

    // While zhaoshang is away: a new request reaches his inbox.
    const missed = await file('qiye');
    const missedNotifications = await notificationsOf(missed, 'zhaoshang');
    const alsoMissed = await bothFeedsSaw(missed);

    const onA = await openEventStream(apiA, { cookie, lastEventId });
    const onB = await openEventStream(apiB, { cookie, lastEventId });
    for (const stream of [onA, onB]) {
      expect(stream.status).toBe(200);
      await stream.waitFor((event) => event.event === 'notification' && about(missed)(event));
      await stream.waitFor((event) => event.event === 'inbox' && about(missed)(event));
    }
    const live = await fence(apiA, 'qiye', [onA, onB]);
    const replayed = { onA: before(onA, live), onB: before(onB, live) };
    for (const stream of [onA, onB]) {
      const heard = before(stream, live);
      // The missed changes, nothing about the request seen before the disconnect, no resync. (Other requests
      // the handler holds may come too: a write is ordered by its workflow's clock, not by when it landed.)
      const heardIds = new Set(heard.map((event) => event.data.requestId));
      expect([heardIds.has(missed), heardIds.has(alsoMissed), heardIds.has(seen)]).toEqual([true, true, false]);
      expect(heard.filter((event) => event.event === 'resync')).toEqual([]);
      const aboutMissed = stream.events.filter(about(missed));
      expect(aboutMissed.map((event) => event.event).sort()).toEqual(
        ['inbox', 'request', ...missedNotifications.map(() => 'notification')].sort(),
      );
      expect(aboutMissed.filter((event) => event.event === 'notification').map((event) => event.data.id)).toEqual(
        missedNotifications,
      );
    }
    // The cursor means the same to every process: the same events with the same ids.
    const missedOnes = (event: ServerSentEvent) =>
      event.event !== 'notification' && (about(missed)(event) || about(alsoMissed)(event));
    expect(replayed.onB.filter(missedOnes)).toEqual(replayed.onA.filter(missedOnes));
    expect(onB.events.filter(about(missed))).toEqual(onA.events.filter(about(missed)));

    // After the replay the stream is live: the applicant withdraws, and the change arrives once.
    const withdrawn = await request(apiB)
      .post(`/api/v1/requests/${missed}/actions`)
      .set('Cookie', await sessionCookie('qiye'))
      .send({ action: 'withdraw', comment: '已自行解决' })
      .expect(200);
    expect(withdrawn.body).toBeDefined();
    await onB.waitFor((event) => event.event === 'request' && event.data.status === 'withdrawn');
    await fence(apiA, 'qiye', [onB]);
    const revisions = onB.events
      .filter((event) => event.event === 'request' && about(missed)(event))
      .map((event) => event.data.revision as number);
    expect(new Set(revisions).size).toBe(revisions.length);
    for (const stream of [onA, onB]) stream.close();
  });

  it('replays only what the caller may read; the query parameter works as the header does', async () => {
    const qiye2Cookie = await sessionCookie('qiye2');
    const qiyeCookie = await sessionCookie('qiye');
    const [qiye2, qiye] = await Promise.all([
      openEventStream(apiA, { cookie: qiye2Cookie }),
      openEventStream(apiA, { cookie: qiyeCookie }),
    ]);
    await fence(apiA, 'qiye2', [qiye2]);
    // A stream that heard nothing yet still has an id to resume from: the one it got on connecting.
    const [qiye2Since, qiyeSince] = [qiye2.lastEventId!, qiye.lastEventId!];
    expect([qiye2Since, qiyeSince]).toEqual([expect.stringMatching(/^1\./), expect.stringMatching(/^1\./)]);
    qiye2.close();
    qiye.close();

    const filed = await file('qiye');
    await notificationsOf(filed, 'zhaoshang');
    await bothFeedsSaw(filed);
    const qiye2Back = await openEventStream(apiB, { cookie: qiye2Cookie, lastEventId: qiye2Since });
    const qiyeBack = await openEventStream(apiB, {
      cookie: qiyeCookie,
      search: `?lastEventId=${encodeURIComponent(qiyeSince)}`,
    });
    await qiyeBack.waitFor((event) => event.event === 'request' && about(filed)(event));
    await fence(apiB, 'qiye2', [qiye2Back]);
    expect(qiye2Back.events.filter(about(filed))).toEqual([]);
    expect(qiye2Back.events.filter((event) => event.event === 'resync')).toEqual([]);
    for (const stream of [qiye2Back, qiyeBack]) stream.close();
  });

  it('answers a malformed, too old or future id with resync, never an error', async () => {
    const cookie = await sessionCookie('yinhang');
    const now = Date.now();
    const cases: [string, OpenEventStreamOptions, string][] = [
      ['garbage header', { cookie, lastEventId: 'garbage' }, 'malformed'],
      [
        'not our encoding',
        { cookie, search: `?lastEventId=1.${Buffer.from('[1,"x"]').toString('base64url')}` },
        'malformed',
      ],
      [
        'an operator in it',
        { cookie, lastEventId: `1.${Buffer.from('{"$gt":""}').toString('base64url')}` },
        'malformed',
      ],
      ['very long', { cookie, lastEventId: `1.${'A'.repeat(5000)}` }, 'malformed'],
      ['from the future', { cookie, lastEventId: encodeCursor(cursorAt(now + 86_400_000)) }, 'malformed'],
      ['too old', { cookie, lastEventId: encodeCursor(cursorAt(now - 2 * 3_600_000)) }, 'expired'],
    ];
    for (const [name, options, reason] of cases) {
      const stream = await openEventStream(apiA, options);
      const resync = await stream.waitFor((event) => event.event === 'resync');
      expect({ name, status: stream.status, data: resync.data }).toEqual({
        name,
        status: 200,
        data: { reason, message: expect.stringContaining('重新加载') },
      });
      // A fresh cursor to go on from.
      expect(resync.id).toMatch(/^1\./);
      stream.close();
    }
    // Two ids in the query string are not one id: a 400 that says so.
    const twice = await request(apiA).get('/api/v1/events?lastEventId=a&lastEventId=b').set('Cookie', cookie);
    expect([twice.status, twice.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('tells the client to refetch when more was missed than it replays', async () => {
    const since = encodeCursor(cursorAt(Date.now() - 1000));
    const createdAt = new Date();
    await NotificationModel.insertMany(
      Array.from({ length: 201 }, (_, i) => ({
        _id: `n-flood-${String(i).padStart(3, '0')}`,
        userId: demoUserId('yinhang'),
        requestId: 'req-flood',
        kind: 'test',
        title: { zh: '测试', en: 'Test' },
        createdAt,
      })),
    );
    const stream = await openEventStream(apiB, { cookie: await sessionCookie('yinhang'), lastEventId: since });
    const resync = await stream.waitFor((event) => event.event === 'resync');
    expect(resync.data.reason).toBe('too-many');
    expect(stream.events.filter((event) => event.event === 'notification')).toEqual([]);
    stream.close();
    await NotificationModel.deleteMany({ requestId: 'req-flood' });
  });
});

describe('notifications (站内通知)', () => {
  it('lists the caller’s notifications with the unread count, and marks them read', async () => {
    const createdAt = new Date();
    await NotificationModel.create([
      {
        _id: 'n-test-1',
        userId: demoUserId('yinhang'),
        requestId: 'req-x',
        kind: 'assigned',
        title: { zh: '新待办', en: 'New task' },
        createdAt,
      },
      {
        _id: 'n-test-2',
        userId: demoUserId('yinhang'),
        requestId: 'req-y',
        kind: 'urge',
        title: { zh: '催办' },
        createdAt,
      },
      {
        _id: 'n-test-3',
        userId: demoUserId('qiye'),
        requestId: 'req-z',
        kind: 'returned',
        title: { zh: '退回' },
        createdAt,
      },
    ]);
    const yinhang = await stack.signIn('yinhang');
    const listed = (await yinhang.get('/api/v1/notifications').set('Accept-Language', 'en').expect(200)).body;
    expect(listed).toMatchObject({ total: 2, unread: 2, page: 1 });
    expect(listed.items.map((item: { title: string }) => item.title).sort()).toEqual(['New task', '催办']);
    expect((await yinhang.get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({ unread: 2 });

    await yinhang.post('/api/v1/notifications/n-test-1/read').expect(204);
    await yinhang.post('/api/v1/notifications/n-test-1/read').expect(204);
    expect((await yinhang.get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({ unread: 1 });
    const unread = (await yinhang.get('/api/v1/notifications?unread=true').expect(200)).body;
    expect(unread.items.map((item: { id: string }) => item.id)).toEqual(['n-test-2']);

    // Someone else's notification does not exist for you.
    await yinhang.post('/api/v1/notifications/n-test-3/read').expect(404);
    expect(await NotificationModel.exists({ _id: 'n-test-3', readAt: { $exists: true } })).toBeNull();

    expect((await yinhang.post('/api/v1/notifications/read-all').expect(200)).body).toEqual({ updated: 1 });
    expect((await yinhang.get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
  });
});
