import type { TimelineEntry } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { ADMINISTRATION_CHAIN, AuditEventModel, AuditHeadModel } from '../models';
import {
  AdministrationIntentModel,
  beginAdministrationIntent,
  endAdministrationIntent,
  recoverAdministrationIntents,
  STALE_INTENT_MS,
} from './administration-intents';
import { appendAdministrationEntry } from './append-administration-entry';
import { appendAuditEntries } from './append-audit-entries';
import { auditEventId, auditHash, GENESIS_HASH } from './audit-hash';
import { verifyAdministrationChain, verifyAllAuditChains } from './verify-audit-chain';

useStore();

const admin = { userId: 'u-admin', displayName: '系统管理员', orgId: 'org-admin', orgName: '市营商环境局' };
const renamed = (n: number) => ({
  actor: admin,
  action: 'organisation_updated' as const,
  object: { kind: 'organisation' as const, id: `org-${n}`, name: `单位${n}` },
  detail: { changes: { name: { before: `旧${n}`, after: `单位${n}` } } },
});

describe('the administration chain', () => {
  it('notices that its last entries were removed, or its last one rewritten, against its head', async () => {
    await AuditEventModel.deleteMany({ requestId: ADMINISTRATION_CHAIN });
    await AuditHeadModel.deleteMany({});
    await appendAdministrationEntry(renamed(11));
    await appendAdministrationEntry(renamed(12));
    const third = await appendAdministrationEntry(renamed(13));
    expect(await AuditHeadModel.findById(ADMINISTRATION_CHAIN).lean()).toMatchObject({ seq: 3, hash: third.hash });
    expect(await verifyAdministrationChain()).toEqual({ ok: true, entries: 3 });
    await AuditEventModel.collection.deleteOne({ _id: auditEventId(ADMINISTRATION_CHAIN, 3) as never });
    expect(await verifyAdministrationChain()).toEqual({ ok: false, entries: 2, brokenAtSeq: 3, reason: 'truncated' });
    expect((await verifyAllAuditChains()).administration).toEqual({
      ok: false,
      entries: 2,
      brokenAtSeq: 3,
      reason: 'truncated',
    });
    // Rewritten whole from the entry on (each hash recomputed): the head still holds the hash it saw.
    const { _id, hash: _hash, ...content } = third;
    const forged = { ...content, object: { ...content.object!, name: '伪造' } };
    await AuditEventModel.collection.insertOne({ _id: _id as never, ...forged, hash: auditHash(forged) });
    expect(await verifyAdministrationChain()).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'hash_mismatch' });
    await AuditEventModel.deleteMany({ requestId: ADMINISTRATION_CHAIN });
    await AuditHeadModel.deleteMany({});
  });

  it('chains each change to the one before, beside the request chains, and verifies', async () => {
    const request: TimelineEntry = { seq: 1, at: '2026-01-05T01:00:00.000Z', actor: admin, action: 'submit' };
    await appendAuditEntries({ requestId: 'req-1', processKey: 'p', entries: [request] });
    const first = await appendAdministrationEntry(renamed(1));
    const second = await appendAdministrationEntry(renamed(2));
    expect(first).toMatchObject({ _id: auditEventId(ADMINISTRATION_CHAIN, 1), seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, object: { kind: 'organisation', id: 'org-2' } });
    expect(second).not.toHaveProperty('processKey');
    expect(await verifyAdministrationChain()).toEqual({ ok: true, entries: 2 });
    expect(await verifyAllAuditChains()).toEqual({
      ok: true,
      requests: 1,
      entries: 1,
      broken: [],
      administration: { ok: true, entries: 2 },
    });
  });

  it('stores a detail as it was hashed, empty objects included', async () => {
    const entry = await appendAdministrationEntry({ ...renamed(3), detail: { changes: {}, passwordChanged: true } });
    expect((await AuditEventModel.findById(entry._id).lean())?.detail).toEqual({ changes: {}, passwordChanged: true });
    expect(await verifyAdministrationChain()).toMatchObject({ ok: true });
  });

  it('keeps one chain when many changes land at the same moment', async () => {
    const before = await AuditEventModel.countDocuments({ requestId: ADMINISTRATION_CHAIN });
    const appended = await Promise.all(
      Array.from({ length: 12 }, (_, i) => appendAdministrationEntry(renamed(10 + i))),
    );
    const seqs = appended.map((entry) => entry.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => before + 1 + i));
    expect(await verifyAdministrationChain()).toEqual({ ok: true, entries: before + 12 });
  });

  it('records a change whose API stopped before its entry, marked unconfirmed; a change under way is left alone', async () => {
    const object = { kind: 'organisation' as const, id: 'org-crashed', name: '断电单位' };
    const stale = await beginAdministrationIntent({ actor: admin, action: 'organisation_deleted', object });
    const startedAt = new Date(Date.now() - 2 * STALE_INTENT_MS);
    await AdministrationIntentModel.updateOne({ _id: stale }, { $set: { startedAt } });
    const underWay = await beginAdministrationIntent({ actor: admin, action: 'organisation_created', object });
    expect(await recoverAdministrationIntents()).toBe(1);
    expect(await recoverAdministrationIntents()).toBe(0);
    const recorded = await AuditEventModel.find({ 'object.id': 'org-crashed' }).lean();
    expect(recorded).toEqual([
      expect.objectContaining({
        action: 'organisation_deleted',
        actor: admin,
        object,
        detail: { unconfirmed: true, startedAt: startedAt.toISOString() },
      }),
    ]);
    expect(await AdministrationIntentModel.exists({ _id: stale })).toBeNull();
    expect(await AdministrationIntentModel.exists({ _id: underWay })).toBeTruthy();
    await endAdministrationIntent(underWay);
    expect(await verifyAdministrationChain()).toMatchObject({ ok: true });
  });

  it('says where an edited administrative entry or its object breaks the chain', async () => {
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId(ADMINISTRATION_CHAIN, 2) as never },
      { $set: { 'detail.changes.name.after': '别的名字' } },
    );
    expect(await verifyAdministrationChain()).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'hash_mismatch' });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId(ADMINISTRATION_CHAIN, 2) as never },
      { $set: { 'detail.changes.name.after': '单位2' } },
    );
    expect(await verifyAdministrationChain()).toMatchObject({ ok: true });
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId(ADMINISTRATION_CHAIN, 4) as never },
      { $set: { 'object.id': 'org-other' } },
    );
    const all = await verifyAllAuditChains();
    expect(all).toMatchObject({
      ok: false,
      broken: [],
      administration: { ok: false, brokenAtSeq: 4, reason: 'hash_mismatch' },
    });
  });
});
