import { createHash, randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { TaskProjectionModel } from '@tongban/store';
import fc from 'fast-check';
import mongoose from 'mongoose';
import request from 'supertest';
import { useTestStack } from '../../test/test-stack';
import { ENDPOINTS } from '../endpoints';
import type { ApiOperation } from '../openapi/operations';
import { demoUserId } from '../seed/demo-data';

// 1,200 generated bad requests across every documented route, by anonymous and signed-in callers:
// none may answer 5xx, none may change the database, and the server must still answer afterwards.
// Only what the OpenAPI document does not describe: broken JSON, other content types, operators
// anywhere, oversized bodies. Inputs its schemas describe (unknown fields, bad ids, query parameters
// and headers out of their schema) are walked, operation by operation, by `openapi/contract.test.ts`.
const stack = useTestStack();
const RUNS = 1200;

type Agent = Awaited<ReturnType<typeof stack.signIn>> | ReturnType<typeof request>;
const agents: Agent[] = [];
/** Real ids, so that a bad body meets a route whose resource exists. */
const real: Record<string, string> = {};

/** Every document of every collection, hashed: any insert, update or delete changes it. */
async function databaseDigest(): Promise<string> {
  const db = mongoose.connection.db!;
  const hash = createHash('sha256');
  const collections = (await db.listCollections().toArray()).map((collection) => collection.name).sort();
  for (const name of collections) {
    const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    hash.update(`${name}\n${JSON.stringify(documents)}\n`);
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  agents.push(
    request(stack.app),
    await stack.signIn('qiye'),
    await stack.signIn('zhaoshang'),
    await stack.signIn('admin'),
  );
  const started = await (agents[1] as request.Agent)
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  real.request = started.body.id;
  real.task = (await TaskProjectionModel.findOne({
    requestId: real.request,
    assigneeId: demoUserId('zhaoshang'),
  }).lean())!._id;
});

/** Every documented route but logout (a signed-in caller's logout is no bad request, and would end the fuzzing session). */
const ROUTES = new Map(
  ENDPOINTS.filter((operation) => operation.path !== '/auth/logout').map((operation) => [
    `${operation.method} ${operation.path}`,
    operation,
  ]),
);

/** A path with real ids, so that a bad body meets a route whose resource exists. */
function fillPath(operation: ApiOperation): string {
  const values: Record<string, string> = {
    id: operation.path.startsWith('/tasks')
      ? real.task!
      : operation.path.startsWith('/requests')
        ? real.request!
        : 'org-yipule',
    kind: 'processes',
    key: 'loan-renewal',
    version: '1',
  };
  if (operation.path.startsWith('/users')) values.id = demoUserId('zhaoshang');
  if (operation.path.startsWith('/me/views')) values.id = 'view-000000000000';
  if (operation.path.startsWith('/notifications')) values.id = 'n-none';
  if (operation.path.startsWith('/attachments')) values.id = `att-${'0'.repeat(32)}`;
  return `/api/v1${operation.path.replace(/:([A-Za-z]+)/g, (_all, name: string) => values[name]!)}`;
}

/** A JSON value with a `$` key somewhere (never under a form definition, which may carry `$ref`). */
const withOperator = fc
  .tuple(
    fc.constantFrom('$gt', '$ne', '$where', '$regex', '$expr', '$set', '$in'),
    fc.array(fc.constantFrom('a', 'data', 'filters', 'items', 'comment', 'roles'), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([operator, path, value]) => {
    let body: unknown = { [operator]: value };
    for (const key of path.reverse()) body = { [key]: body };
    return body as Record<string, unknown>;
  });

type Bad =
  | { kind: 'malformed-json'; text: string }
  | { kind: 'content-type'; type: string; text: string }
  | { kind: 'operator-body'; body: Record<string, unknown> }
  | { kind: 'operator-query'; key: string }
  | { kind: 'oversized' };

const badArb: fc.Arbitrary<Bad> = fc.oneof(
  fc
    .oneof(
      fc.constantFrom('{', '{"a":', '[1,', '{"a" 1}', "{'a':1}", 'nul', '{"a":1}}'),
      fc.string({ minLength: 1 }).map((s) => `{${s}`),
    )
    .map((text) => ({ kind: 'malformed-json' as const, text })),
  fc
    .record({
      type: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'text/html',
      ),
      text: fc.string({ minLength: 1, maxLength: 200 }),
    })
    .map((value) => ({ kind: 'content-type' as const, ...value })),
  withOperator.map((body) => ({ kind: 'operator-body' as const, body })),
  fc.constantFrom('$where', '$gt', '$ne', 'status[$ne]').map((key) => ({ kind: 'operator-query' as const, key })),
  fc.constant({ kind: 'oversized' as const }),
);

/** The request a bad input makes of one route; `null` when the input does not apply to it. */
function send(agent: Agent, operation: ApiOperation, bad: Bad): PromiseLike<request.Response> | null {
  const write = operation.method !== 'GET';
  // A stream that stays open is no place for a request that could succeed.
  if (operation.path === '/events' && agent !== agents[0] && bad.kind !== 'operator-query') return null;
  let path = fillPath(operation);
  if (bad.kind === 'operator-query') path += `?${encodeURIComponent(bad.key)}=1`;
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const call = (agent as request.Agent)[method](path);
  switch (bad.kind) {
    case 'malformed-json':
      return write ? call.set('Content-Type', 'application/json').send(bad.text) : null;
    case 'content-type':
      // The upload route takes any bytes; they are checked by what they are, and these are nothing allowed.
      return write ? call.set('Content-Type', bad.type).send(`XX${bad.text}`) : null;
    case 'operator-body':
      return write ? call.send(bad.body) : null;
    case 'oversized':
      return write && !operation.upload ? call.send({ blob: 'x'.repeat(300 * 1024) }) : null;
    default:
      return call;
  }
}

it(`answers ${RUNS} bad requests across every route with 4xx, changing nothing, and keeps answering`, async () => {
  const before = await databaseDigest();
  const statuses = new Map<number, number>();
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(
      // Routes by name, so a failure prints `POST /requests` rather than its schemas.
      fc.constantFrom(...ROUTES.keys()),
      fc.nat(agents.length - 1),
      badArb,
      async (route, who, bad) => {
        const operation = ROUTES.get(route)!;
        // An input that does not apply to this route (a body for a read, say) becomes an operator in its query.
        const pending =
          send(agents[who]!, operation, bad) ?? send(agents[0]!, operation, { kind: 'operator-query', key: '$where' })!;
        const response = await pending;
        sent += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // A refusal (4xx); or, for a read the input could not spoil, a success. Never 5xx, never a write.
        const status = response.status;
        const acceptable =
          (status >= 400 && status < 500) || (operation.method === 'GET' && status >= 200 && status < 300);
        expect({ route, bad: bad.kind, status, acceptable }).toEqual({
          route,
          bad: bad.kind,
          status,
          acceptable: true,
        });
      },
    ),
    { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261127), endOnFailure: true },
  );
  expect(sent).toBeGreaterThanOrEqual(1000);
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  // Each kind of bad input met its refusal somewhere: bad input, no session, too large, wrong type.
  expect([...statuses.keys()]).toEqual(expect.arrayContaining([400, 401, 413, 415]));
  expect(await databaseDigest()).toBe(before);
  await (agents[1] as request.Agent).get('/api/v1/auth/me').expect(200);
  await request(stack.app).get('/api/v1/ready').expect(200);
}, 300_000);
