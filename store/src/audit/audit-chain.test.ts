import { createHash } from 'node:crypto';
import type { TimelineEntry } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { AuditEventModel, RequestProjectionModel } from '../models';
import { appendAuditEntries } from './append-audit-entries';
import { auditEventId, GENESIS_HASH } from './audit-hash';
import { APPEND_GRACE_MS, verifyAllAuditChains, verifyAuditChain } from './verify-audit-chain';

useStore();

const actor = { userId: 'u1', displayName: '张三', orgId: 'o1', orgName: '招商服务中心' };
const entries: TimelineEntry[] = [
  { seq: 1, at: '2026-01-05T01:00:00.000Z', actor, action: 'submit' },
  { seq: 2, at: '2026-01-05T02:00:00.000Z', actor, action: 'approve', stepId: 's1', comment: '同意' },
  { seq: 3, at: '2026-01-05T03:00:00.000Z', actor: null, action: 'complete' },
];

async function appendAll(requestId: string) {
  await appendAuditEntries({ requestId, processKey: 'p', entries: entries.slice(0, 2) });
  await appendAuditEntries({ requestId, processKey: 'p', entries: entries.slice(1) });
}

describe('audit chain', () => {
  it('appends each entry once, chained, and verifies', async () => {
    await appendAll('r-ok');
    await appendAll('r-ok');
    expect(await AuditEventModel.countDocuments({ requestId: 'r-ok' })).toBe(3);
    expect(await verifyAuditChain('r-ok')).toEqual({ ok: true, entries: 3 });
  });

  it('says where an edited entry breaks the chain', async () => {
    await appendAll('r-edit');
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId('r-edit', 2) as never },
      { $set: { comment: '不同意' } },
    );
    expect(await verifyAuditChain('r-edit')).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'hash_mismatch' });
  });

  it('covers where a return sent the request, so changing it breaks the chain', async () => {
    const returned: TimelineEntry = {
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      actor,
      action: 'return',
      to: 'applicant',
      comment: '补正',
    };
    await appendAuditEntries({ requestId: 'r-return', processKey: 'p', entries: [returned] });
    expect(await verifyAuditChain('r-return')).toEqual({ ok: true, entries: 1 });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId('r-return', 1) as never },
      { $set: { to: 'step-1' } },
    );
    expect(await verifyAuditChain('r-return')).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'hash_mismatch' });
  });

  it('covers an entry’s detail and on whose behalf it was done, whatever the key order', async () => {
    const extended: TimelineEntry = {
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      actor: { ...actor, onBehalfOf: { userId: 'u2', displayName: '李四' } },
      action: 'extension_approved',
      detail: { workingDays: 3, dueAt: '2026-01-09T16:00:00.000Z' },
    };
    await appendAuditEntries({ requestId: 'r-detail', processKey: 'p', entries: [extended] });
    expect(await verifyAuditChain('r-detail')).toEqual({ ok: true, entries: 1 });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId('r-detail', 1) as never },
      { $set: { detail: { dueAt: '2026-01-09T16:00:00.000Z', workingDays: 3 } } },
    );
    expect(await verifyAuditChain('r-detail')).toEqual({ ok: true, entries: 1 });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId('r-detail', 1) as never },
      { $set: { 'detail.workingDays': 30 } },
    );
    expect(await verifyAuditChain('r-detail')).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'hash_mismatch' });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId('r-detail', 1) as never },
      { $set: { 'detail.workingDays': 3, 'actor.onBehalfOf.userId': 'u3' } },
    );
    expect(await verifyAuditChain('r-detail')).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'hash_mismatch' });
  });

  it.each([
    ['the actor’s organisation name', { 'actor.orgName': '另一个单位' }],
    ['the actor’s name', { 'actor.displayName': '王五' }],
    ['the name of the absent person a substitute acted for', { 'actor.onBehalfOf.displayName': '赵六' }],
    ['the name of a hand-over’s target', { 'target.displayName': '钱七' }],
    ['a field no version of the scheme names', { remark: '事后补记' }],
  ])('covers %s, as the export shows it', async (_field, change) => {
    const requestId = `r-names-${Object.keys(change)[0]}`;
    const handedOver: TimelineEntry = {
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      actor: { ...actor, onBehalfOf: { userId: 'u2', displayName: '李四' } },
      action: 'transfer',
      target: { userId: 'u4', displayName: '孙八', orgId: 'o1', orgName: '招商服务中心' },
    };
    await appendAuditEntries({ requestId, processKey: 'p', entries: [handedOver] });
    expect(await verifyAuditChain(requestId)).toEqual({ ok: true, entries: 1 });
    await AuditEventModel.collection.updateOne({ _id: auditEventId(requestId, 1) as never }, { $set: change });
    expect(await verifyAuditChain(requestId)).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'hash_mismatch' });
  });

  it('still verifies entries written under the first scheme, which did not cover names', async () => {
    const content = {
      requestId: 'r-v1',
      processKey: 'p',
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      actor,
      action: 'submit' as const,
      prevHash: GENESIS_HASH,
    };
    await AuditEventModel.collection.insertOne({
      _id: auditEventId('r-v1', 1) as never,
      ...content,
      // The first scheme's hash of this entry, as a chain written before version 2 holds it.
      hash: createHash('sha256')
        .update(JSON.stringify(['r-v1', 'p', 1, content.at, 'u1', '张三', 'o1', 'submit', null, null, GENESIS_HASH]))
        .digest('hex'),
    });
    expect(await verifyAuditChain('r-v1')).toEqual({ ok: true, entries: 1 });
    await appendAuditEntries({ requestId: 'r-v1', processKey: 'p', entries: [entries[1]!] });
    expect(await verifyAuditChain('r-v1')).toEqual({ ok: true, entries: 2 });
    expect((await AuditEventModel.findById(auditEventId('r-v1', 2)).lean())?.hashVersion).toBe(2);
  });

  it('says where a deleted entry breaks the chain', async () => {
    await appendAll('r-delete');
    await AuditEventModel.collection.deleteOne({ _id: auditEventId('r-delete', 2) as never });
    expect(await verifyAuditChain('r-delete')).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'gap' });
  });

  it('refuses to chain an entry whose predecessor is missing', async () => {
    await expect(
      appendAuditEntries({ requestId: 'r-gap', processKey: 'p', entries: entries.slice(1, 2) }),
    ).rejects.toThrow(/missing/);
  });

  it('notices that the last entries were removed, against the length its projection recorded', async () => {
    const anchor = (requestId: string, updatedAt: string) =>
      RequestProjectionModel.collection.insertOne({ _id: requestId as never, auditLength: 3, updatedAt });
    const later = new Date(Date.parse('2026-01-05T03:00:00.000Z') + APPEND_GRACE_MS + 1);
    await appendAll('r-truncated');
    await anchor('r-truncated', '2026-01-05T03:00:00.000Z');
    expect(await verifyAuditChain('r-truncated', later)).toEqual({ ok: true, entries: 3 });
    await AuditEventModel.collection.deleteOne({ _id: auditEventId('r-truncated', 3) as never });
    expect(await verifyAuditChain('r-truncated', later)).toEqual({
      ok: false,
      entries: 2,
      brokenAtSeq: 3,
      reason: 'truncated',
    });
    // Within moments of the projection's write, the missing entry is an append on its way.
    expect(await verifyAuditChain('r-truncated', new Date('2026-01-05T03:05:00.000Z'))).toEqual({
      ok: true,
      entries: 2,
    });
    // A chain removed whole has nothing left to check but its anchor.
    await anchor('r-vanished', '2026-01-05T03:00:00.000Z');
    const all = await verifyAllAuditChains(AuditEventModel, later);
    expect(all.broken).toEqual(
      expect.arrayContaining([
        { requestId: 'r-truncated', brokenAtSeq: 3, reason: 'truncated' },
        { requestId: 'r-vanished', brokenAtSeq: 1, reason: 'truncated' },
      ]),
    );
    await RequestProjectionModel.collection.deleteMany({ _id: { $in: ['r-truncated', 'r-vanished'] as never[] } });
  });

  it('checks every chain in one pass and lists each broken one with where it breaks', async () => {
    const all = await verifyAllAuditChains();
    const ids = await AuditEventModel.distinct('requestId');
    expect(all).toMatchObject({ ok: false, requests: ids.length, entries: await AuditEventModel.countDocuments() });
    expect(all.broken).toEqual(
      expect.arrayContaining([
        { requestId: 'r-delete', brokenAtSeq: 2, reason: 'gap' },
        { requestId: 'r-edit', brokenAtSeq: 2, reason: 'hash_mismatch' },
        { requestId: 'r-return', brokenAtSeq: 1, reason: 'hash_mismatch' },
      ]),
    );
    // The same answer as checking each chain on its own.
    for (const requestId of ids) {
      const one = await verifyAuditChain(requestId);
      const broken = all.broken.find((chain) => chain.requestId === requestId);
      expect(broken ? { ok: false, ...broken } : { requestId, ok: true }).toEqual(
        one.ok ? { requestId, ok: true } : { requestId, ok: false, brokenAtSeq: one.brokenAtSeq, reason: one.reason },
      );
    }
  });
});
