import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { NotificationModel } from '@tongban/store';
import request from 'supertest';
import { createApp } from '../app';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';

// SSE and notifications on the real stack, with two API "processes" (two apps, each its own feed) on one database:
// a change made through one reaches the streams open on the other, and only for those allowed to see it.
const stack = useTestStack();
const servers: http.Server[] = [];

interface ServerSentEvent {
  event: string;
  id?: string;
  data: Record<string, unknown>;
}

/** An open `GET /events` stream and the events it has received so far. */
interface Stream {
  events: ServerSentEvent[];
  status: number;
  waitFor(match: (event: ServerSentEvent) => boolean, timeoutMs?: number): Promise<ServerSentEvent>;
  close(): void;
}

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

function openStream(base: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: ServerSentEvent[] = [];
    const listeners = new Set<() => void>();
    const req = http.get(`${base}/api/v1/events`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((line) => !line.startsWith(':') && line.includes(':'))
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
          );
          if (fields.event) events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? '{}') });
          for (const listener of listeners) listener();
        }
      });
      resolve({
        events,
        status: res.statusCode ?? 0,
        close: () => req.destroy(),
        waitFor: (match, timeoutMs = 10_000) =>
          new Promise((found, fail) => {
            const check = () => {
              const event = events.find(match);
              if (!event) return;
              listeners.delete(check);
              clearTimeout(timer);
              found(event);
            };
            const timer = setTimeout(() => {
              listeners.delete(check);
              fail(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
            }, timeoutMs);
            listeners.add(check);
            check();
          }),
      });
    });
    req.on('error', reject);
  });
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

    // The other enterprise may not read it: give its stream time to (wrongly) hear of it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(qiye2.events.filter(forRequest)).toEqual([]);
    // Each change arrives once per stream.
    const requestEvents = zhaoshang.events.filter((event) => event.event === 'request' && forRequest(event));
    expect(new Set(requestEvents.map((event) => event.id)).size).toBe(requestEvents.length);
    for (const stream of [zhaoshang, qiye, qiye2]) stream.close();
  });

  it('needs a session', async () => {
    const response = await request(stack.app).get('/api/v1/events');
    expect([response.status, response.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
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
