import { RequestProjectionModel } from '@tongban/store';
import { stateQuery } from '@tongban/workflows';
import { expectStatus } from '../load/api-client';
import { APPLICATION, PROCESS_KEY_UNDER_TEST } from '../load/loan-renewal-flow';
import { useFaultStack } from './fault-stack';

// The same Idempotency-Key is the same request, whether sent again later or many times at once.
const context = useFaultStack();

async function submit(key: string, data: Record<string, unknown> = APPLICATION) {
  return context.sessions.applicant.call(
    'POST',
    '/requests',
    { processKey: PROCESS_KEY_UNDER_TEST, data },
    { 'Idempotency-Key': key },
  );
}

async function requestsOfApplicant(): Promise<number> {
  return RequestProjectionModel.countDocuments({ applicantOrgId: context.sessions.applicant.party.orgId });
}

async function submissions(id: string): Promise<number> {
  const state = await context.temporal.workflow.getHandle(id).query(stateQuery);
  return state.timeline.filter((entry) => entry.action === 'submit').length;
}

it('the same key sent twice, one after the other, creates one request', async () => {
  const before = await requestsOfApplicant();
  const key = `idem-seq-${Date.now()}`;
  const first = expectStatus(await submit(key), 201, 'first').body as { id: string };
  const second = expectStatus(await submit(key), 201, 'second').body as { id: string };
  expect(second.id).toBe(first.id);
  expect(await requestsOfApplicant()).toBe(before + 1);
  expect(await submissions(first.id)).toBe(1);
});

it('the same key sent ten times at once creates one request', async () => {
  const before = await requestsOfApplicant();
  const key = `idem-par-${Date.now()}`;
  const responses = await Promise.all(Array.from({ length: 10 }, () => submit(key)));
  expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
  const ids = new Set(responses.map((response) => (response.body as { id: string }).id));
  expect(ids.size).toBe(1);
  expect(await requestsOfApplicant()).toBe(before + 1);
  expect(await submissions([...ids][0]!)).toBe(1);
});

it('the same key with other data is refused and changes nothing', async () => {
  const key = `idem-other-${Date.now()}`;
  expectStatus(await submit(key), 201, 'first');
  const before = await requestsOfApplicant();
  const other = await submit(key, { ...APPLICATION, renewalAmount: 1_000_000 });
  expect(other.status).toBe(409);
  expect((other.body as { error: { code: string } }).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await requestsOfApplicant()).toBe(before);
});
