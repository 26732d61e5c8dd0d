import type { TimelineEntry } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { AuditEventModel } from '../models';
import { appendAuditBatch, appendAuditEntries } from './append-audit-entries';
import { auditEventId } from './audit-hash';
import { verifyAuditChain } from './verify-audit-chain';

useStore();

const actor = { userId: 'u1', displayName: '张三', orgId: 'o1', orgName: '招商服务中心' };
const entries: TimelineEntry[] = [
  { seq: 1, at: '2026-01-05T01:00:00.000Z', actor, action: 'submit' },
  { seq: 2, at: '2026-01-05T02:00:00.000Z', actor, action: 'approve', stepId: 's1', comment: '同意' },
  { seq: 3, at: '2026-01-05T03:00:00.000Z', actor: null, action: 'complete' },
];

describe('appending a transition’s audit entries in one insert', () => {
  it('chains each batch from the hash the last one returned, as one-at-a-time appends would', async () => {
    const afterSubmit = await appendAuditBatch({ requestId: 'b-ok', processKey: 'p', entries: entries.slice(0, 1) });
    const last = await appendAuditBatch({
      requestId: 'b-ok',
      processKey: 'p',
      entries: entries.slice(1),
      previousHash: afterSubmit!,
    });
    expect(await verifyAuditChain('b-ok')).toEqual({ ok: true, entries: 3 });
    expect(last).toBe((await AuditEventModel.findById(auditEventId('b-ok', 3)).lean())!.hash);
  });

  it('completes a batch that a crash left half written: one chain, each entry once', async () => {
    const whole = { requestId: 'b-retry', processKey: 'p', entries };
    await appendAuditBatch({ ...whole, entries: entries.slice(0, 2) });
    await AuditEventModel.deleteOne({ _id: auditEventId('b-retry', 2) });
    // The retry writes the whole batch again: entry 1 collides, 2 and 3 land.
    const last = await appendAuditBatch(whole);
    await appendAuditBatch(whole);
    expect(await AuditEventModel.countDocuments({ requestId: 'b-retry' })).toBe(3);
    expect(await verifyAuditChain('b-retry')).toEqual({ ok: true, entries: 3 });
    expect(last).toBe((await AuditEventModel.findById(auditEventId('b-retry', 3)).lean())!.hash);
  });

  it('reads the previous hash back when the caller has none (the first write after an older run)', async () => {
    await appendAuditEntries({ requestId: 'b-resume', processKey: 'p', entries: entries.slice(0, 1) });
    await appendAuditBatch({ requestId: 'b-resume', processKey: 'p', entries: entries.slice(1) });
    expect(await verifyAuditChain('b-resume')).toEqual({ ok: true, entries: 3 });
  });

  it('keeps what a dead attempt stored, though the retry computes other times, and chains after it', async () => {
    // A worker died before its workflow task completed: the task ran again at a later workflow
    // time, so the retry's entries carry other times than those the dead attempt wrote.
    await appendAuditBatch({ requestId: 'b-retried', processKey: 'p', entries: entries.slice(0, 2) });
    const stored = await AuditEventModel.findById(auditEventId('b-retried', 2)).lean();
    const later = entries.map((entry) => ({ ...entry, at: '2026-01-05T09:00:00.000Z' }));
    const last = await appendAuditBatch({ requestId: 'b-retried', processKey: 'p', entries: later });
    expect(await verifyAuditChain('b-retried')).toEqual({ ok: true, entries: 3 });
    expect((await AuditEventModel.findById(auditEventId('b-retried', 2)).lean())!.at).toBe(stored!.at);
    const third = await AuditEventModel.findById(auditEventId('b-retried', 3)).lean();
    expect([third!.at, third!.prevHash, last]).toEqual(['2026-01-05T09:00:00.000Z', stored!.hash, third!.hash]);
  });

  it('refuses entries that are not consecutive', async () => {
    await expect(
      appendAuditBatch({ requestId: 'b-gap', processKey: 'p', entries: [entries[0]!, entries[2]!] }),
    ).rejects.toThrow(/not consecutive/);
    expect(await AuditEventModel.countDocuments({ requestId: 'b-gap' })).toBe(0);
  });
});
