import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { NotificationModel, OrganisationModel, SavedViewModel, TaskProjectionModel } from '@tongban/store';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import mongoose from 'mongoose';
import pg from 'pg';
import request from 'supertest';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';
import { bodyVariants, derefIn, queryVariants, validValue, type JsonSchema, type VariantKind } from './contract-cases';
import { toOpenApiPath } from './openapi-document';
import { ENDPOINTS } from '../endpoints';

// Every operation of the served OpenAPI document, as every kind of caller, with a valid input built from its
// schemas and a seeded sample of spoiled ones. Each answer must be a status the operation documents, never 5xx,
// with a body its documented schema accepts; an input the document itself calls invalid must be refused (4xx);
// and a refused write must leave the database exactly as it was. What the authorization table states as policy
// (who gets what) stays there; this test holds the server to its document.
const stack = useTestStack();

const SEED = Number(process.env.CONTRACT_SEED ?? 20261207);
/**
 * At most this many spoiled inputs per operation, sampled across kinds: today every operation has fewer, so all
 * are sent; the cap keeps the run near a minute on two cores as schemas grow.
 */
const VARIANTS_PER_OPERATION = 60;

const CALLERS = [
  'anonymous',
  'applicant',
  'other applicant',
  'handler',
  'bank officer',
  'admin',
  'supervisor',
  'auditor',
] as const;
type Caller = (typeof CALLERS)[number];
const USERNAMES: Record<Exclude<Caller, 'anonymous'>, string> = {
  applicant: 'qiye',
  'other applicant': 'qiye2',
  handler: 'zhaoshang',
  'bank officer': 'yinhang',
  admin: 'admin',
  supervisor: 'duban',
  auditor: 'shenji',
};

type Json = Record<string, unknown>;
interface DocumentedOperation {
  key: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

/** One call: everything a variant may spoil. */
interface Input {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** JSON, or the raw bytes of an upload. */
  body?: unknown;
  upload?: { type: string; bytes: Buffer };
}
interface Variant {
  kind: VariantKind | 'valid';
  at: string;
  input: Input;
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const formExample = {
  title: { zh: '合同测试表单' },
  schema: { type: 'object', properties: { amount: { type: 'number', title: '金额' } } },
  uiSchema: {},
  example: { amount: 1 },
};

const cookies = new Map<Caller, string>();
const fixtures: Record<string, string> = {};
let document: { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, JsonSchema> } };
let ajv: Ajv2020;
const findings: string[] = [];

async function logIn(username: string): Promise<string> {
  const response = await request(stack.app)
    .post('/api/v1/auth/login')
    .send({ username, password: DEMO_PASSWORD })
    .expect(200);
  return (response.headers['set-cookie'] as unknown as string[]).map((cookie) => cookie.split(';')[0]).join('; ');
}

beforeAll(async () => {
  await createUser({ username: 'duban', displayName: '督办员', roles: ['supervisor'] });
  await createUser({ username: 'shenji', displayName: '审计员', roles: ['auditor'] });
  fixtures.user = demoUserId(await createUser({ username: 'daili', displayName: '代理人', roles: ['handler'] }));
  await OrganisationModel.create([
    { _id: 'org-contract-fixture', name: '合同测试机构', kind: 'department' },
    { _id: 'org-contract-doomed', name: '待删除机构', kind: 'bank' },
  ]);
  for (const caller of CALLERS) if (caller !== 'anonymous') cookies.set(caller, await logIn(USERNAMES[caller]));
  cookies.set('anonymous', '');

  const as = (caller: Caller) => ({ Cookie: cookies.get(caller)! });
  const start = async () =>
    (
      await request(stack.app)
        .post('/api/v1/requests')
        .set(as('applicant'))
        .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
        .expect(201)
    ).body.id as string;
  fixtures.request = await start();
  fixtures.actedRequest = await start();
  fixtures.task = (await TaskProjectionModel.findOne({
    requestId: fixtures.request,
    assigneeId: demoUserId('zhaoshang'),
    status: 'open',
  }).lean())!._id;
  const attach = async (path: string) =>
    (
      await request(stack.app)
        .post(`/api/v1${path}?name=fixture.pdf`)
        .set(as('applicant'))
        .set('Content-Type', 'application/pdf')
        .send(PDF)
        .expect(201)
    ).body.id as string;
  fixtures.attachment = await attach(`/requests/${fixtures.request}/attachments`);
  fixtures.waitingAttachment = await attach('/attachments');
  for (const name of ['view', 'doomedView']) {
    fixtures[name] = `view-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await SavedViewModel.create({
      _id: fixtures[name],
      userId: demoUserId('zhaoshang'),
      name: fixtures[name],
      list: 'tasks',
      filters: {},
    });
  }
  fixtures.notification = `n-${randomUUID()}`;
  await NotificationModel.create({
    _id: fixtures.notification,
    userId: demoUserId('qiye'),
    requestId: fixtures.request,
    kind: 'test',
    title: { zh: '测试' },
    createdAt: new Date(),
  });
  for (const key of ['contract-draft', 'contract-doomed', 'contract-to-publish', 'contract-to-archive']) {
    await request(stack.app)
      .post('/api/v1/definitions/forms')
      .set(as('admin'))
      .send({ definition: { key, ...formExample } })
      .expect(201);
  }
  await request(stack.app)
    .post('/api/v1/definitions/forms/contract-to-archive/versions/1/publish')
    .set(as('admin'))
    .set('If-Match', await etagOf('/definitions/forms/contract-to-archive/versions/1'))
    .expect(200);

  document = (await request(stack.app).get('/api/v1/openapi.json').expect(200)).body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi.json');
}, 120_000);

afterAll(async () => {
  await postgres?.end();
});

/** The ETag an edit must name, read as the administrator. */
async function etagOf(path: string): Promise<string> {
  const response = await request(stack.app)
    .get(`/api/v1${path}`)
    .set({ Cookie: cookies.get('admin')! });
  return response.headers.etag ?? '"r0"';
}

// ---------------------------------------------------------------------------------------------------------------
// What each operation is called with. Schemas say what is well-formed; these say which real thing it names and,
// where a schema cannot say what a useful body is (form data, a definition), what a caller would send.

/** Real ids for path parameters, by operation: what the fixture made for it. */
function realPathParameters(key: string): Record<string, string> {
  const byOperation: Record<string, Record<string, string>> = {
    'POST /requests/{id}/actions': { id: fixtures.actedRequest! },
    'PATCH /organisations/{id}': { id: 'org-contract-fixture' },
    'DELETE /organisations/{id}': { id: 'org-contract-doomed' },
    'PATCH /users/{id}': { id: fixtures.user! },
    'DELETE /me/views/{id}': { id: fixtures.doomedView! },
    'DELETE /attachments/{id}': { id: fixtures.waitingAttachment! },
    'PUT /definitions/{kind}/{key}/versions/{version}': { key: 'contract-draft' },
    'DELETE /definitions/{kind}/{key}/versions/{version}': { key: 'contract-doomed' },
    'POST /definitions/{kind}/{key}/versions/{version}/publish': { key: 'contract-to-publish' },
    'POST /definitions/{kind}/{key}/versions/{version}/archive': { key: 'contract-to-archive' },
  };
  const path = key.split(' ')[1]!;
  const id = path.startsWith('/requests')
    ? fixtures.request
    : path.startsWith('/tasks')
      ? fixtures.task
      : path.startsWith('/organisations')
        ? 'org-yipule'
        : path.startsWith('/users')
          ? demoUserId('zhaoshang')
          : path.startsWith('/me/views')
            ? fixtures.view
            : path.startsWith('/notifications')
              ? fixtures.notification
              : fixtures.attachment;
  return {
    id: id!,
    kind: 'forms',
    key: path.startsWith('/processes') ? 'loan-renewal' : 'loan-renewal-application',
    version: '1',
    ...byOperation[key],
  };
}

/** Bodies a schema cannot describe usefully: form data that fits the form, a task action that leaves the task open. */
function usefulBody(key: string): unknown {
  switch (key) {
    case 'POST /requests':
      return { processKey: 'loan-renewal', data: loanRenewalApplicationForm.example };
    case 'POST /processes/{key}/route-preview':
      return { data: loanRenewalApplicationForm.example };
    // A comment leaves the fixture task open for every later call.
    case 'POST /tasks/{id}/actions':
      return { action: 'comment', comment: '合同测试：请补充近三个月流水' };
    // Withdrawing (the first example) would end the request; urging leaves it running.
    case 'POST /requests/{id}/actions':
      return { action: 'urge' };
    case 'POST /definitions/{kind}':
      return { definition: { key: 'contract-new', ...formExample } };
    case 'POST /definitions/{kind}/import':
      return { format: 'tongban.form/v1', definition: { key: 'contract-imported', ...formExample } };
    // The example's name is the one `POST /me/views` just gave a view of the same caller (409).
    case 'PUT /me/views/{id}':
      return { name: '合同测试视图', list: 'requests', filters: { status: 'in_progress' } };
    case 'PUT /definitions/{kind}/{key}/versions/{version}':
      return { definition: { key: 'contract-draft', ...formExample } };
    // The example is a payload sealed with a key this run does not hold (422); a plain one passes through.
    case 'POST /temporal-codec/decode':
      return { payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'MQ==' }] };
    default:
      return undefined;
  }
}

function deref(schema: JsonSchema): JsonSchema {
  return derefIn(document.components.schemas)(schema);
}

function documentedOperations(): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method as DocumentedOperation['method'],
      path,
      parameters: (operation.parameters ?? []) as DocumentedOperation['parameters'],
      requestBody: operation.requestBody as DocumentedOperation['requestBody'],
      responses: operation.responses as DocumentedOperation['responses'],
    })),
  );
}

function jsonBodySchema(operation: DocumentedOperation): JsonSchema | undefined {
  return operation.requestBody?.content['application/json']?.schema;
}

function validInput(operation: DocumentedOperation, fullQuery: boolean): Input {
  const real = realPathParameters(operation.key);
  const input: Input = { path: {}, query: {}, headers: {} };
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path')
      input.path[parameter.name] = real[parameter.name] ?? String(validValue(parameter.schema, deref));
    if (parameter.in === 'query' && (parameter.required || fullQuery))
      input.query[parameter.name] =
        parameter.name === 'name' ? 'scan.pdf' : String(validValue(parameter.schema, deref));
    if (parameter.in === 'header' && parameter.name === 'Idempotency-Key')
      input.headers[parameter.name] = `contract-${randomUUID()}`;
  }
  const schema = jsonBodySchema(operation);
  if (schema) input.body = usefulBody(operation.key) ?? validValue(schema, deref);
  if (operation.requestBody?.content['*/*']) input.upload = { type: 'application/pdf', bytes: PDF };
  return input;
}

/** Path segments no id, key or version is made of: spaces and markup, NUL, a way up the tree, other scripts, an operator. */
const MALFORMED_IDS = ['bad id <>!', '\u0000', '../../etc/passwd', '中文编号', '$gt', 'a"b\'c'];

/** `If-Match` values that name no current version: long gone, any, weak, not an ETag at all. */
const STALE_ETAGS = ['"r999"', '*', 'W/"r1"', 'r1', 'ÿÿÿÿ-latin1-only'];
/** `Idempotency-Key` values outside its pattern. */
const MALFORMED_KEYS = ['bad key!', 'short', 'ÿÿÿÿ-latin1-only'];

/** Spoiled inputs of an operation, a seeded sample taken across kinds so that each kind is met. */
function invalidVariants(operation: DocumentedOperation): Variant[] {
  const valid = validInput(operation, false);
  const all: Variant[] = [];
  const schema = jsonBodySchema(operation);
  if (schema)
    for (const { kind, at, body } of bodyVariants(schema, valid.body, deref))
      all.push({ kind, at: `body ${at}`, input: { ...valid, body } });
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  for (const { kind, at, query: spoiled } of queryVariants(query, valid.query))
    all.push({ kind, at: `query ${at}`, input: { ...valid, query: spoiled } });
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'path')) {
    const spoil = (kind: VariantKind, value: string) =>
      all.push({
        kind,
        at: `path ${parameter.name}`,
        input: { ...valid, path: { ...valid.path, [parameter.name]: value } },
      });
    spoil(
      'bogus-id',
      parameter.schema.type === 'integer' ? '999999' : parameter.schema.enum ? 'nothing' : 'req-contract-nothing',
    );
    for (const malformed of MALFORMED_IDS) spoil('malformed-id', malformed);
    spoil('too-long', 'x'.repeat(300));
  }
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'header')) {
    const { [parameter.name]: _left, ...withoutHeader } = valid.headers;
    const spoil = (at: string, headers: Record<string, string>) =>
      all.push({ kind: 'header', at: `${parameter.name} ${at}`, input: { ...valid, headers } });
    if (parameter.required) spoil('missing', withoutHeader);
    for (const value of parameter.name === 'If-Match' ? STALE_ETAGS : MALFORMED_KEYS)
      spoil(JSON.stringify(value), { ...valid.headers, [parameter.name]: value });
  }
  if (operation.requestBody?.content['*/*'])
    all.push({
      kind: 'wrong-type',
      at: 'upload bytes',
      input: { ...valid, upload: { type: 'application/pdf', bytes: Buffer.from('not a pdf at all') } },
    });
  return sampleAcrossKinds(all, operation.key);
}

function sampleAcrossKinds(variants: Variant[], key: string): Variant[] {
  const seed = SEED ^ Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16);
  const shuffled = fc.sample(fc.shuffledSubarray(variants, { minLength: variants.length }), { seed, numRuns: 1 })[0]!;
  const byKind = new Map<string, Variant[]>();
  for (const variant of shuffled) byKind.set(variant.kind, [...(byKind.get(variant.kind) ?? []), variant]);
  const picked: Variant[] = [];
  while (picked.length < Math.min(VARIANTS_PER_OPERATION, variants.length))
    for (const group of byKind.values()) {
      const next = group.shift();
      if (next && picked.length < VARIANTS_PER_OPERATION) picked.push(next);
    }
  return picked;
}

// ---------------------------------------------------------------------------------------------------------------
// Calling and judging.

function send(operation: DocumentedOperation, cookie: string, input: Input): PromiseLike<request.Response> {
  const path = operation.path.replace(/\{([A-Za-z]+)\}/g, (_all, name: string) =>
    encodeURIComponent(input.path[name]!),
  );
  let call = request(stack.app)[operation.method](`/api/v1${path}`).query(input.query).set(input.headers);
  if (cookie) call = call.set('Cookie', cookie);
  if (operation.key === 'GET /events') return readEventStreamHead(call);
  if (input.upload) return call.set('Content-Type', input.upload.type).send(input.upload.bytes);
  return input.body === undefined ? call : call.send(input.body as object);
}

/** `GET /events` stays open: take the status and first bytes of a stream, then hang up. An error is read whole. */
function readEventStreamHead(call: request.Test): PromiseLike<request.Response> {
  return call.buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      text += chunk;
      if (res.headers['content-type']?.startsWith('text/event-stream')) {
        (res as unknown as IncomingMessage).destroy();
        done(null, text);
      }
    });
    res.on('end', () => done(null, res.headers['content-type']?.includes('json') ? JSON.parse(text) : text));
  });
}

const validators = new Map<string, ValidateFunction>();
const pointer = (...segments: string[]) =>
  segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

function validatorAt(...segments: string[]): ValidateFunction {
  const ref = `openapi.json#/${pointer(...segments)}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

/** What is wrong with an answer, by the document; empty when nothing is. */
function contractBreaches(operation: DocumentedOperation, response: request.Response): string[] {
  const status = String(response.status);
  if (response.status >= 500) return [`${status} ${JSON.stringify(response.body)}`];
  const documented = operation.responses[status];
  if (!documented) return [`${status} is not documented (${JSON.stringify(response.body).slice(0, 200)})`];
  if (!documented.content) return response.text ? [`${status} has a body, documented without one`] : [];
  const type = String(response.headers['content-type'] ?? '');
  const [mediaType, entry] =
    Object.entries(documented.content).find(([candidate]) => type.startsWith(candidate.split(';')[0]!)) ??
    (documented.content['application/octet-stream']
      ? ['application/octet-stream', documented.content['application/octet-stream']]
      : []);
  if (!mediaType || !entry)
    return [`${status} came as ${type}, documented as ${Object.keys(documented.content).join(', ')}`];
  if (mediaType !== 'application/json') return [];
  const validate = validatorAt(
    'paths',
    operation.path,
    operation.method,
    'responses',
    status,
    'content',
    mediaType,
    'schema',
  );
  return validate(response.body)
    ? []
    : [
        `${status} body breaks its schema: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(response.body).slice(0, 300)}`,
      ];
}

/** Whether the document itself says the input is invalid, so that the server must refuse it. */
function documentRefuses(operation: DocumentedOperation, input: Input): boolean {
  if (input.body !== undefined && jsonBodySchema(operation)) {
    const validate = validatorAt(
      'paths',
      operation.path,
      operation.method,
      'requestBody',
      'content',
      'application/json',
      'schema',
    );
    if (!validate(input.body)) return true;
  }
  if (Object.values(input.query).some((value) => value.includes('\u0000'))) return true;
  return operation.parameters.some((parameter, index) => {
    const value =
      parameter.in === 'query'
        ? input.query[parameter.name]
        : parameter.in === 'path'
          ? input.path[parameter.name]
          : undefined;
    if (value === undefined) return parameter.required && parameter.in !== 'header';
    // The document says NUL is refused anywhere outside form data.
    if (value.includes('\u0000')) return true;
    const typed =
      ['integer', 'number'].includes(String(parameter.schema.type)) && /^-?\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : value;
    return !validatorAt('paths', operation.path, operation.method, 'parameters', String(index), 'schema')(typed);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Whether anything was written. On the test stack's PostgreSQL (beneath FerretDB) one query hashes every row of
// every table; elsewhere (a MongoDB given in MONGODB_URI) every document of every collection is read and hashed.

let postgres: pg.Client | undefined;

async function databaseFingerprint(): Promise<string> {
  const url = process.env.TONGBAN_TEST_POSTGRESQL_URL;
  if (url) {
    if (!postgres) {
      postgres = new pg.Client({ connectionString: url });
      await postgres.connect();
    }
    const tables = await postgres.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const hashes = tables.rows.map(
      ({ name }) =>
        `SELECT ${pg.escapeLiteral(name)} AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS hash FROM ${name} t`,
    );
    const result = await postgres.query<{ name: string; hash: string }>(hashes.join(' UNION ALL '));
    return createHash('sha256')
      .update(JSON.stringify(result.rows.sort((a, b) => a.name.localeCompare(b.name))))
      .digest('hex');
  }
  const db = mongoose.connection.db!;
  const hash = createHash('sha256');
  for (const { name } of (await db.listCollections().toArray()).sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(`${name}\n${JSON.stringify(await db.collection(name).find({}).sort({ _id: 1 }).toArray())}\n`);
  }
  return hash.digest('hex');
}

/** After a write that succeeded: until the worker's consequences have landed and the database holds still. */
async function settledFingerprint(): Promise<string> {
  let last = await databaseFingerprint();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await databaseFingerprint();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** A failed sign-in is counted (that write is the lockout); every other refusal writes nothing. */
const REFUSALS_THAT_WRITE: Record<string, string[]> = { 'POST /auth/login': ['401', '429'] };

async function call(operation: DocumentedOperation, caller: Caller, variant: Variant): Promise<request.Response> {
  const write = operation.method !== 'get';
  const input = { ...variant.input, headers: { ...variant.input.headers } };
  // An edit names the ETag read just before, as a client would; the variants about If-Match keep theirs.
  if (operation.parameters.some((parameter) => parameter.name === 'If-Match') && variant.kind !== 'header') {
    const versionPath = operation.path
      .replace(/\/(publish|archive)$/, '')
      .replace(/\{([A-Za-z]+)\}/g, (_all, name: string) => encodeURIComponent(input.path[name]!));
    input.headers['If-Match'] = await etagOf(versionPath);
  }
  // Logging out ends the session it is sent with: a session of its own, so the caller's stays.
  const cookie =
    operation.key === 'POST /auth/logout' && caller !== 'anonymous'
      ? await logIn(USERNAMES[caller])
      : cookies.get(caller)!;
  const before = write ? await databaseFingerprint() : undefined;
  const response = await send(operation, cookie, input);
  const label = `${operation.key} as ${caller}, ${variant.kind}${variant.at ? ` (${variant.at})` : ''}`;
  for (const breach of contractBreaches(operation, response)) findings.push(`${label}: ${breach}`);
  if (variant.kind !== 'valid' && response.status < 400 && documentRefuses(operation, input))
    findings.push(`${label}: accepted (${response.status}) what the document calls invalid`);
  if (write) {
    const refused = response.status >= 400 && !REFUSALS_THAT_WRITE[operation.key]?.includes(String(response.status));
    const after = refused ? await databaseFingerprint() : await settledFingerprint();
    if (refused && after !== before)
      findings.push(`${label}: refused with ${response.status} but wrote to the database`);
  }
  return response;
}

// ---------------------------------------------------------------------------------------------------------------

const EXPECTED = ENDPOINTS.map((operation) => `${operation.method} ${toOpenApiPath(operation.path)}`);

it('serves a document with every operation this test walks', () => {
  expect(
    documentedOperations()
      .map((operation) => operation.key)
      .sort(),
  ).toEqual([...EXPECTED].sort());
});

it('notices a write as small as one field of one document', async () => {
  const before = await databaseFingerprint();
  await NotificationModel.updateOne({ _id: fixtures.notification }, { $set: { kind: 'test-changed' } });
  const after = await databaseFingerprint();
  await NotificationModel.updateOne({ _id: fixtures.notification }, { $set: { kind: 'test' } });
  expect(after).not.toBe(before);
  expect(await databaseFingerprint()).toBe(before);
});

describe.each(EXPECTED)('%s', (key) => {
  it('answers valid and spoiled inputs of every caller as documented, and refusals write nothing', async () => {
    findings.length = 0;
    const operation = documentedOperations().find((candidate) => candidate.key === key)!;
    const reached = new Map<Caller, number>();
    for (const caller of CALLERS) {
      const response = await call(operation, caller, { kind: 'valid', at: '', input: validInput(operation, false) });
      reached.set(caller, response.status);
    }
    // Every optional parameter too, once, by a caller the operation lets through.
    const through = CALLERS.filter((caller) => reached.get(caller)! < 300);
    const deepest =
      through.length > 0 ? through : CALLERS.filter((caller) => ![401, 403].includes(reached.get(caller)!));
    const trusted = deepest.length > 0 ? deepest : (['admin'] as Caller[]);
    if (operation.parameters.some((parameter) => parameter.in === 'query' && !parameter.required))
      await call(operation, trusted[0]!, {
        kind: 'valid',
        at: 'every query parameter',
        input: validInput(operation, true),
      });

    // Each spoiled input, from a caller who gets past authorization and from one picked by the seed.
    const variants = invalidVariants(operation);
    for (const [index, variant] of variants.entries()) {
      await call(operation, trusted[index % trusted.length]!, variant);
      await call(operation, CALLERS[(index + SEED) % CALLERS.length]!, variant);
    }
    expect(findings).toEqual([]);
  });
});
