import { randomUUID } from 'node:crypto';
import { SavedViewModel } from '@tongban/store';
import request from 'supertest';
import { createApp } from '../app';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';

// CSRF defence, CORS and security headers, on the real stack.
const stack = useTestStack();
const HOST = 'tongban.example.gov.cn';
const view = () => ({ name: randomUUID(), list: 'tasks', filters: {} });

async function cookieOf(username: string): Promise<string> {
  const response = await request(stack.app).post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD });
  return (response.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
}

describe('writes from a foreign page (CSRF)', () => {
  it('refuses a cookie-carrying write whose Origin, Referer or Sec-Fetch-Site says it comes from elsewhere', async () => {
    const cookie = await cookieOf('zhaoshang');
    const post = () => request(stack.app).post('/api/v1/me/views').set('Host', HOST).set('Cookie', cookie);
    const refused = [
      await post().set('Origin', 'https://evil.example').send(view()),
      await post().set('Origin', `https://${HOST}`).send(view()), // https is another origin than this http server
      await post().set('Origin', 'null').send(view()), // sandboxed frames and data: URLs
      await post().set('Referer', 'https://evil.example/page').send(view()),
      await post().set('Sec-Fetch-Site', 'cross-site').send(view()),
      await post().set('Sec-Fetch-Site', 'same-site').send(view()),
      // A file upload may carry any content type: only the origin check stands between it and a forged form.
      await request(stack.app)
        .post('/api/v1/requests/req-x/attachments?name=a.pdf')
        .set('Host', HOST)
        .set('Cookie', cookie)
        .set('Origin', 'https://evil.example')
        .set('Content-Type', 'text/plain')
        .send('%PDF-1.4'),
    ];
    expect(refused.map((response) => [response.status, response.body.error?.code])).toEqual(
      refused.map(() => [403, 'CSRF_REJECTED']),
    );
    expect(await SavedViewModel.countDocuments({ userId: demoUserId('zhaoshang') })).toBe(0);

    // The application's own pages, and clients that are not browser pages, go through.
    await post().set('Origin', `http://${HOST}`).set('Sec-Fetch-Site', 'same-origin').send(view()).expect(201);
    await post().set('Referer', `http://${HOST}/inbox`).send(view()).expect(201);
    await post().send(view()).expect(201);
    // Reads are not checked: they change nothing, and CORS keeps their answers from foreign pages.
    await request(stack.app)
      .get('/api/v1/me/views')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .expect(200);
  });

  it('refuses a forged sign-in', async () => {
    const forged = await request(stack.app)
      .post('/api/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ username: 'qiye', password: DEMO_PASSWORD });
    expect([forged.status, forged.headers['set-cookie']]).toEqual([403, undefined]);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control headers for any other origin, preflight included', async () => {
    const preflight = await request(stack.app)
      .options('/api/v1/me/views')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const read = await request(stack.app).get('/api/v1/openapi.json').set('Origin', 'https://evil.example');
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('opens to the origins configured, which may then write with the session', async () => {
    const portal = 'https://portal.example.gov.cn';
    const app = createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false, allowedOrigins: [portal] });
    const preflight = await request(app)
      .options('/api/v1/me/views')
      .set('Origin', portal)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .expect(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': portal,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': expect.stringContaining('If-Match'),
    });
    const cookie = await cookieOf('zhaoshang');
    const written = await request(app)
      .post('/api/v1/me/views')
      .set('Cookie', cookie)
      .set('Origin', portal)
      .send(view());
    expect(written.status).toBe(201);
    expect(written.headers['access-control-allow-origin']).toBe(portal);
    const other = await request(app)
      .post('/api/v1/me/views')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .send(view());
    expect(other.status).toBe(403);
  });
});

describe('security headers', () => {
  it('sends helmet’s headers, no framework banner, and keeps API answers out of caches', async () => {
    const response = await request(stack.app).get('/api/v1/openapi.json').expect(200);
    expect(response.headers).toMatchObject({
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const traced = await request(stack.app).get('/api/v1/openapi.json').set('X-Request-Id', 'lb-trace-0001');
    expect(traced.headers['x-request-id']).toBe('lb-trace-0001');
    const forged = await request(stack.app).get('/api/v1/openapi.json').set('X-Request-Id', 'bad id with spaces');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const cookie = (
      await request(stack.app).post('/api/v1/auth/login').send({ username: 'qiye', password: DEMO_PASSWORD })
    ).headers['set-cookie'] as unknown as string[];
    expect(cookie[0]).toMatch(/HttpOnly/);
    expect(cookie[0]).toMatch(/SameSite=Lax/);
  });
});
