import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { createApp } from '../app';
import { useTestStack } from '../../test/test-stack';

const stack = useTestStack();

/** The value of one sample line of the Prometheus text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) && wanted.every((label) => candidate.includes(label)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /api/v1/metrics', () => {
  it('counts and times requests by route template and status, in Prometheus text format', async () => {
    const qiye = await stack.signIn('qiye');
    await qiye.get('/api/v1/requests/req-nothing-here').expect(404);
    await qiye.get('/api/v1/requests/req-nor-here').expect(404);
    await qiye.get('/api/v1/tasks?status=open').expect(200);
    await request(stack.app).get('/api/v1/no/such/route').expect(404);

    const response = await request(stack.app).get('/api/v1/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.text;
    // Two ids, one series: labels carry the template, not the URL.
    expect(
      sample(text, 'tongban_http_requests_total', { method: 'GET', route: '/api/v1/requests/:id', status: '404' }),
    ).toBe(2);
    expect(sample(text, 'tongban_http_requests_total', { route: '/api/v1/tasks', status: '200' })).toBe(1);
    expect(sample(text, 'tongban_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(text).not.toContain('req-nothing-here');
    expect(
      sample(text, 'tongban_http_request_duration_seconds_count', { route: '/api/v1/requests/:id', status: '404' }),
    ).toBe(2);
    expect(
      sample(text, 'tongban_http_request_duration_seconds_bucket', {
        route: '/api/v1/requests/:id',
        status: '404',
        le: '+Inf',
      }),
    ).toBe(2);
    // Default process metrics.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });
});

describe('GET /api/v1/ready', () => {
  it('is 200 once the server reaches the database and Temporal', async () => {
    const response = await request(stack.app).get('/api/v1/ready').expect(200);
    expect(response.body).toEqual({ status: 'ready', temporal: true, database: true });
  });

  it('is 503 naming what is unreachable, within the two seconds a probe waits', async () => {
    // A server whose Temporal address answers nothing; the database is the real one.
    const unreachable = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
    const app = createApp(unreachable, { clientDir: '/nonexistent', cookieSecure: false });
    const started = Date.now();
    const ready = await request(app).get('/api/v1/ready');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', temporal: false, database: true });
    await unreachable.connection.close();
  });

  it('does not need a worker, unlike health', async () => {
    // The stack's worker polls the task queue; readiness never asks about it.
    const response = await request(stack.app).get('/api/v1/ready').expect(200);
    expect(Object.keys(response.body)).not.toContain('worker');
    expect((await request(stack.app).get('/api/v1/health')).body).toEqual({
      status: 'ok',
      temporal: true,
      database: true,
      worker: true,
    });
  });
});
