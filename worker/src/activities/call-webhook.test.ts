import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callWebhook } from './call-webhook';

// A real HTTP receiver on loopback: what it answers next is set per test.
let server: Server;
let url: string;
let answer: { status: number; body: string };
const received: { headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/credit`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  delete process.env.TONGBAN_WEBHOOK_SECRET;
});

const call = {
  method: 'POST' as const,
  idempotencyKey: 'req-1:push:7',
  body: { amount: 5_000_000 },
  timeoutSeconds: 5,
};

describe('callWebhook', () => {
  it('posts the body with the idempotency key and a signature, and returns the JSON answer', async () => {
    process.env.TONGBAN_WEBHOOK_SECRET = 'not-a-real-secret';
    answer = { status: 200, body: JSON.stringify({ creditId: 'C-42' }) };
    await expect(callWebhook({ ...call, url })).resolves.toEqual({ creditId: 'C-42' });
    const [request] = received;
    expect(JSON.parse(request!.body)).toEqual({ amount: 5_000_000 });
    expect(request!.headers['idempotency-key']).toBe('req-1:push:7');
    const expected = createHmac('sha256', 'not-a-real-secret').update(request!.body).digest('hex');
    expect(request!.headers['x-tongban-signature']).toBe(`sha256=${expected}`);
  });

  it('throws a retryable error when the receiver fails, and a final one when it refuses', async () => {
    answer = { status: 503, body: '{}' };
    await expect(callWebhook({ ...call, url })).rejects.toThrow('answered 503');
    answer = { status: 422, body: '{"error":"bad amount"}' };
    await expect(callWebhook({ ...call, url })).rejects.toMatchObject({
      type: 'WEBHOOK_REFUSED',
      nonRetryable: true,
    });
  });

  it('keeps an answer that is not a JSON object', async () => {
    answer = { status: 200, body: '[1,2]' };
    await expect(callWebhook({ ...call, url })).resolves.toEqual({ answer: [1, 2] });
    answer = { status: 202, body: 'accepted' };
    await expect(callWebhook({ ...call, url })).resolves.toEqual({ status: 202 });
  });
});
