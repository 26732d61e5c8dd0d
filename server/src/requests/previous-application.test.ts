import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';

// 沿用上次填写: an application starts from its organisation's previous request of the same process, through HTTP.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
const example = loanRenewalApplicationForm.example;
const YIPULE = { _id: 'org-yipule', name: '易普乐生物科技', nameEn: 'Yipule Biotech', kind: 'enterprise' as const };

const submit = async (agent: Agent, data: Record<string, unknown>) =>
  (
    await agent
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data })
      .expect(201)
  ).body.id as string;

const previousOf = async (agent: Agent, processKey = 'loan-renewal') =>
  (await agent.get(`/api/v1/processes/${processKey}/previous-application`).expect(200)).body.previous;

it('answers the organisation’s newest request of the process, to anyone of that organisation, and nobody else’s', async () => {
  const qiye = await stack.signIn('qiye');
  const qiye2 = await stack.signIn('qiye2');
  expect(await previousOf(qiye)).toBeNull();

  await submit(qiye, example);
  const newest = await submit(qiye, { ...example, contactName: '王丽', loanContractNo: 'NH-YM-2026-0101' });
  const previous = await previousOf(qiye);
  expect(previous).toMatchObject({
    requestId: newest,
    number: expect.any(String),
    data: { ...example, contactName: '王丽', loanContractNo: 'NH-YM-2026-0101' },
  });

  // A colleague at the same enterprise reuses it too: requests belong to the organisation.
  const colleague = await stack.signIn(
    await createUser({ username: 'yipule-caiwu', displayName: '易普乐财务', roles: ['applicant'], org: YIPULE }),
  );
  expect((await previousOf(colleague)).requestId).toBe(newest);

  // Another enterprise never sees it, whatever it asks for: it has none of its own.
  expect(await previousOf(qiye2)).toBeNull();
  const ownOfOther = await submit(qiye2, { ...example, contactName: '周强' });
  expect(await previousOf(qiye2)).toMatchObject({ requestId: ownOfOther, data: { contactName: '周强' } });
  expect((await previousOf(qiye)).requestId).toBe(newest);
  // Nor does another process.
  expect(await previousOf(qiye, 'subsidy-application')).toBeNull();
});

it('is for those who apply: staff are refused', async () => {
  const handler = await stack.signIn('zhaoshang');
  const refused = await handler.get('/api/v1/processes/loan-renewal/previous-application');
  expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
  const malformed = await (await stack.signIn('qiye')).get('/api/v1/processes/Not%20A%20Key/previous-application');
  expect(malformed.status).toBe(400);
});
