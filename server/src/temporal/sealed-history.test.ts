import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { ADMINISTRATION_CHAIN, AuditEventModel } from '@tongban/store';
import { SEALED_ENCODING } from '@tongban/workflows/payload-codec';
import request from 'supertest';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// What an operator of Temporal sees of a request: a client WITHOUT the codec reads the raw history
// (what the Temporal UI, the CLI and anyone reaching the frontend get). The applicant's phone number,
// contact name and free text must not be in it; the API's codec endpoint opens it for an administrator
// only, and every opening is on the administration chain.
const stack = useTestStack();

const marker = `${randomUUID().slice(0, 8)}`;
const data = {
  ...loanRenewalApplicationForm.example,
  contactName: '封存测试',
  contactPhone: `139${String(Date.now()).slice(-8)}`,
  purpose: `购置原材料 sealed-${marker}`,
};
const secrets = [data.contactPhone, data.contactName, data.purpose, marker];

let requestId: string;
let rawHistory: proto.api.history.v1.IHistory;

beforeAll(async () => {
  const applicant = await stack.signIn('qiye');
  const started = await applicant
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data })
    .expect(201);
  requestId = started.body.id as string;
  const withoutCodec = new Client({ connection: stack.temporal.connection, namespace: 'default' });
  rawHistory = await withoutCodec.workflow.getHandle(requestId).fetchHistory();
  await createUser({ username: 'duban', displayName: '督办员', roles: ['supervisor'] });
});

interface FoundPayload {
  /** Where it sits, e.g. `events.3.markerRecordedEventAttributes.details.data.payloads.0`. */
  path: string;
  payload: proto.api.common.v1.IPayload;
}

/**
 * Every payload in the history (inputs, results, Update arguments, local activity results, memos), except
 * search attributes: Temporal indexes those and never runs them through a codec (they are checked below).
 */
function payloadsIn(value: unknown, path = '', found: FoundPayload[] = []): FoundPayload[] {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return found;
  const record = value as Record<string, unknown>;
  if (record.data instanceof Uint8Array && record.metadata && typeof record.metadata === 'object') {
    found.push({ path, payload: record as proto.api.common.v1.IPayload });
    return found;
  }
  for (const [key, child] of Object.entries(record))
    if (key !== 'searchAttributes') payloadsIn(child, path ? `${path}.${key}` : key, found);
  return found;
}

/**
 * What the SDK's core writes itself, outside any codec: a marker's bookkeeping (a patch's id, a local
 * activity's sequence number and timing). A local activity's result is under `result`, and is sealed.
 */
const SDK_BOOKKEEPING = /\.markerRecordedEventAttributes\.details\.(data|patch-data)\.payloads\.\d+$/;

const encodingOf = (payload: proto.api.common.v1.IPayload) =>
  Buffer.from(payload.metadata?.encoding ?? []).toString('utf8');
const toJson = (payload: proto.api.common.v1.IPayload) => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
  ),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});

it('keeps the form data out of the raw history: every payload but the SDK’s own bookkeeping is sealed', () => {
  const bytes = Buffer.from(proto.api.history.v1.History.encode(rawHistory).finish());
  for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
  const payloads = payloadsIn(rawHistory);
  const sealed = payloads.filter(({ payload }) => encodingOf(payload) === SEALED_ENCODING);
  expect(sealed.length).toBeGreaterThan(3);
  expect(sealed.some(({ path }) => /markerRecordedEventAttributes\.details\.result/.test(path))).toBe(true);
  const clear = payloads.filter(({ payload }) => encodingOf(payload) !== SEALED_ENCODING);
  expect(clear.filter(({ path }) => !SDK_BOOKKEEPING.test(path)).map(({ path }) => path)).toEqual([]);
});

it('decodes the sealed history for an administrator and records it on the administration chain', async () => {
  const started = rawHistory.events?.[0]?.workflowExecutionStartedEventAttributes;
  const payloads = (started?.input?.payloads ?? []).map(toJson);
  expect(payloads).toHaveLength(1);

  const admin = await stack.signIn('admin');
  const before = new Date().toISOString();
  const decoded = await admin
    .post('/api/v1/temporal-codec/decode')
    .set('X-Namespace', 'default')
    .send({ payloads })
    .expect(200);
  const [payload] = decoded.body.payloads as { metadata: Record<string, string>; data: string }[];
  expect(Buffer.from(payload!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
  const input = JSON.parse(Buffer.from(payload!.data, 'base64').toString('utf8')) as {
    requestId: string;
    data: unknown;
  };
  expect(input.requestId).toBe(requestId);
  expect(input.data).toEqual(data);

  const entries = await AuditEventModel.find({
    requestId: ADMINISTRATION_CHAIN,
    action: 'temporal_payloads_decoded',
    at: { $gte: before },
  }).lean();
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    actor: { userId: demoUserId('admin') },
    object: { kind: 'namespace', id: 'default' },
    detail: { payloads: 1, keyIds: ['test-run'] },
  });
  // The chain still verifies with the new entry in it.
  const verified = await admin.get('/api/v1/audit/verify?chain=administration').expect(200);
  expect(verified.body).toMatchObject({ ok: true });
});

it('refuses an applicant (403) and a caller without a session (401), and records nothing for them', async () => {
  const payloads = (rawHistory.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? []).map(toJson);
  const before = new Date().toISOString();
  const applicant = await stack.signIn('qiye');
  const refused = await applicant.post('/api/v1/temporal-codec/decode').send({ payloads }).expect(403);
  expect(JSON.stringify(refused.body)).not.toContain(data.contactPhone);
  await applicant.post('/api/v1/temporal-codec/encode').send({ payloads }).expect(403);
  const supervisor = await stack.signIn('duban');
  await supervisor.post('/api/v1/temporal-codec/decode').send({ payloads }).expect(403);
  await request(stack.app).post('/api/v1/temporal-codec/decode').send({ payloads }).expect(401);
  expect(await AuditEventModel.countDocuments({ action: 'temporal_payloads_decoded', at: { $gte: before } })).toBe(0);
});

it('answers 422 for a payload that was altered, and discloses and records nothing', async () => {
  const [sealed] = (rawHistory.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? []).map(toJson);
  const bytes = Buffer.from(sealed!.data, 'base64');
  bytes[30] = bytes[30]! ^ 0xff;
  const before = new Date().toISOString();
  const admin = await stack.signIn('admin');
  const answer = await admin
    .post('/api/v1/temporal-codec/decode')
    .send({ payloads: [{ ...sealed, data: bytes.toString('base64') }] })
    .expect(422);
  expect(answer.body.error.code).toBe('PAYLOAD_NOT_DECODABLE');
  expect(await AuditEventModel.countDocuments({ action: 'temporal_payloads_decoded', at: { $gte: before } })).toBe(0);
});

it('seals what an administrator encodes (a signal sent from the Temporal UI), and it decodes back', async () => {
  const admin = await stack.signIn('admin');
  const plain = {
    metadata: { encoding: Buffer.from('json/plain').toString('base64') },
    data: Buffer.from('"x"').toString('base64'),
  };
  const encoded = await admin
    .post('/api/v1/temporal-codec/encode')
    .send({ payloads: [plain] })
    .expect(200);
  const [sealed] = encoded.body.payloads as { metadata: Record<string, string>; data: string }[];
  expect(Buffer.from(sealed!.metadata.encoding!, 'base64').toString()).toBe(SEALED_ENCODING);
  const decoded = await admin
    .post('/api/v1/temporal-codec/decode')
    .send({ payloads: [sealed] })
    .expect(200);
  expect(decoded.body.payloads).toEqual([plain]);
});

it('puts no form data in the search attributes a request run carries', async () => {
  const description = await stack.temporal.workflow.getHandle(requestId).describe();
  const attributes = Object.fromEntries(
    description.typedSearchAttributes.getAll().map((pair) => [pair.key.name, pair.value as unknown]),
  );
  // Only Tongban's own keys (and Temporal's), and only codes and organisation ids as values.
  const tongban = Object.keys(attributes).filter((name) => name.startsWith('Tongban'));
  expect(tongban.sort()).toEqual(
    ['TongbanApplicantOrg', 'TongbanHandlingOrgs', 'TongbanOverdueLevel', 'TongbanProcessKey', 'TongbanStatus'].sort(),
  );
  expect(attributes).toMatchObject({
    TongbanProcessKey: 'loan-renewal',
    TongbanStatus: 'in_progress',
    TongbanApplicantOrg: expect.stringMatching(/^org-/) as string,
    TongbanOverdueLevel: 'on_time',
  });
  expect((attributes.TongbanHandlingOrgs as string[]).every((org) => org.startsWith('org-'))).toBe(true);
  const text = JSON.stringify(attributes);
  for (const secret of secrets) expect(text).not.toContain(secret);
});
