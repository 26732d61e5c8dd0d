import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { auditEventId, AuditEventModel, TaskProjectionModel } from '@tongban/store';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// The audit log through HTTP on the real stack: list, filters, CSV, and the chain check finding a tampered entry.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let auditor: Agent;
let requestId: string;
const FORMULA = '=HYPERLINK("http://evil.example","点我")';

/** Audit entries are appended by a worker activity; wait until the request has `count` of them. */
async function auditEntries(id: string, count: number) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await AuditEventModel.countDocuments({ requestId: id })) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`request ${id} never had ${count} audit entries`);
}

beforeAll(async () => {
  auditor = await stack.signIn(await createUser({ username: 'shenji', displayName: '审计员', roles: ['auditor'] }));
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  requestId = (
    await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
      .expect(201)
  ).body.id;
  const task = await TaskProjectionModel.findOne({ requestId, assigneeId: demoUserId('zhaoshang') }).lean();
  await zhaoshang.post(`/api/v1/tasks/${task!._id}/actions`).send({ action: 'comment', comment: FORMULA }).expect(200);
  await zhaoshang
    .post(`/api/v1/tasks/${task!._id}/actions`)
    .send({ action: 'approve', comment: '材料齐全, "同意"\n转银行' })
    .expect(200);
  await auditEntries(requestId, 3);
});

describe('the audit log', () => {
  it('lists entries newest first with their hashes, filtered by request, actor, action and time', async () => {
    const page = (await auditor.get(`/api/v1/audit?requestId=${requestId}`).expect(200)).body;
    expect(page.items.map((entry: { action: string }) => entry.action)).toEqual(['approve', 'comment', 'submit']);
    expect(page.total).toBe(3);
    expect(page.items[2]).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), actor: { userId: demoUserId('qiye') } });
    expect(page.items[1].prevHash).toBe(page.items[2].hash);

    const byActor = (await auditor.get(`/api/v1/audit?actorId=${demoUserId('zhaoshang')}`).expect(200)).body;
    expect(byActor.items.map((entry: { action: string }) => entry.action)).toEqual(['approve', 'comment']);
    const approvals = (await auditor.get('/api/v1/audit?action=approve&pageSize=1').expect(200)).body;
    expect(approvals).toMatchObject({ total: 1, pageSize: 1, items: [{ requestId, action: 'approve' }] });
    const future = (await auditor.get('/api/v1/audit?from=2099-01-01T00:00:00Z').expect(200)).body;
    expect(future.total).toBe(0);
    const past = (await auditor.get(`/api/v1/audit?to=${encodeURIComponent(page.items[1].at)}`).expect(200)).body;
    expect(past.items.every((entry: { at: string }) => entry.at < page.items[1].at)).toBe(true);
    expect((await auditor.get('/api/v1/audit?from=yesterday')).status).toBe(400);
  });

  it('finds one request’s entries by its 办件编号 as by its id, in the list, the exports and the chain check', async () => {
    const number = (await auditor.get(`/api/v1/requests/${requestId}`).expect(200)).body.number as string;
    expect(number).toMatch(/^\S+-\d{8}-\d{4,}$/);
    const byId = (await auditor.get(`/api/v1/audit?requestId=${requestId}`).expect(200)).body;
    const byNumber = (await auditor.get(`/api/v1/audit?requestId=${encodeURIComponent(number)}`).expect(200)).body;
    expect(byNumber).toEqual(byId);
    const csv = await auditor.get(`/api/v1/audit/export.csv?requestId=${encodeURIComponent(number)}`).expect(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(1 + byId.total);
    const verified = (await auditor.get(`/api/v1/audit/verify?requestId=${encodeURIComponent(number)}`).expect(200))
      .body;
    expect(verified).toMatchObject({ ok: true, requests: 1, entries: byId.total });
    // A number no request holds finds nothing; anything else that is neither is refused.
    const unknown = (await auditor.get(`/api/v1/audit?requestId=${encodeURIComponent('无此单位-20260101-0001')}`)).body;
    expect(unknown.total).toBe(0);
    expect((await auditor.get(`/api/v1/audit?requestId=${encodeURIComponent('云梦 招商')}`)).status).toBe(400);
  });

  it('is for supervisors, auditors and administrators only', async () => {
    await (await stack.signIn('admin')).get('/api/v1/audit').expect(200);
    await (
      await stack.signIn(await createUser({ username: 'duban', roles: ['supervisor'] }))
    )
      .get('/api/v1/audit')
      .expect(200);
    const zhaoshang = await stack.signIn('zhaoshang');
    expect((await zhaoshang.get('/api/v1/audit')).body.error.code).toBe('FORBIDDEN');
    expect((await zhaoshang.get('/api/v1/audit/export.csv')).status).toBe(403);
  });

  it('exports CSV that Excel opens in Chinese, with formulas defused', async () => {
    const csv = await auditor.get(`/api/v1/audit/export.csv?requestId=${requestId}`).buffer(true).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=audit-\d{8}\.csv$/);
    const text = csv.text;
    expect(text.startsWith('\uFEFF时间,办件编号,事项,序号,操作,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, three entries, and the empty string after the last CRLF
    expect(lines[1]).toContain(',提交,submit,王丽,');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"",""点我"")",`);
    expect(text).toContain('"材料齐全, ""同意""\n转银行"');
    const english = await auditor.get('/api/v1/audit/export.csv').set('Accept-Language', 'en').buffer(true).expect(200);
    expect(english.text.startsWith('\uFEFFTime,Request,Process,Seq,Action,')).toBe(true);
  });

  it('verifies every chain, and says where an edited entry breaks one', async () => {
    expect((await auditor.get('/api/v1/audit/verify').expect(200)).body).toMatchObject({ ok: true, broken: [] });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId(requestId, 2) as never },
      { $set: { comment: '同意' } },
    );
    const all = (await auditor.get('/api/v1/audit/verify').expect(200)).body;
    expect(all).toMatchObject({ ok: false, broken: [{ requestId, brokenAtSeq: 2, reason: 'hash_mismatch' }] });
    expect(all.requests).toBeGreaterThanOrEqual(1);
    const one = (await auditor.get(`/api/v1/audit/verify?requestId=${requestId}`).expect(200)).body;
    expect(one).toEqual({
      ok: false,
      requests: 1,
      entries: 3,
      broken: [{ requestId, brokenAtSeq: 2, reason: 'hash_mismatch' }],
    });
  });
});
