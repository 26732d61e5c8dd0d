import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startLegacySqliteDatabase, withDatabaseName, type Database } from '@tongban/tools';
import type { TimelineEntry } from '@tongban/workflows';
import mongoose from 'mongoose';
import { connectStore, disconnectStore } from '../connection';
import { appendAuditEntries } from '../audit/append-audit-entries';
import { appendAdministrationEntry } from '../audit/append-administration-entry';
import { saveAttachment, readAttachment } from '../attachments/attachment-store';
import { AuditEventModel, RequestProjectionModel } from '../models';
import { migrateDatabases } from './migrate-databases';

const actor = { userId: 'u-1', displayName: '张三', orgId: 'org-1', orgName: '云梦县招商服务中心' };
const REQUESTS = 250;
const attachmentContent = crypto.randomBytes(600_000);

let legacy: Database;
let legacyDir: string;
let targetServerUri: string;
const database = `tongban_migration_${crypto.randomBytes(4).toString('hex')}`;

/** The harness's PostgreSQL-backed FerretDB, without the harness's own database name. */
function harnessServerUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: run the tests through jest, which starts the database');
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

beforeAll(async () => {
  targetServerUri = harnessServerUri();
  legacyDir = fs.mkdtempSync(path.join(process.env.TONGBAN_TEST_TMP ?? '/tmp', 'legacy-sqlite-'));
  legacy = await startLegacySqliteDatabase({ dir: legacyDir, logFile: path.join(legacyDir, 'ferretdb.log') });

  // What a data directory from before 2026-12 holds, written by the store itself on SQLite.
  await connectStore(withDatabaseName(legacy.uri, database));
  for (let index = 1; index <= REQUESTS; index += 1) {
    const requestId = `req-${String(index).padStart(6, '0')}`;
    const entries: TimelineEntry[] = [
      { seq: 1, at: '2026-11-02T01:00:00.000Z', actor, action: 'submit' },
      { seq: 2, at: '2026-11-02T02:00:00.000Z', actor, action: 'approve', stepId: 'accept', comment: '同意，绿色通道' },
    ];
    await appendAuditEntries({ requestId, processKey: 'loan-renewal', entries });
    await RequestProjectionModel.collection.insertOne({
      _id: requestId as never,
      revision: 3,
      status: 'running',
      applicantOrgId: 'org-yipule',
      data: { 企业名称: '易普乐生物科技', 金额: 6_000_000, 明细: [{ 名称: '设备', 数量: 2 }] },
      createdAt: new Date(Date.UTC(2026, 10, 2, 1, 0, index)).toISOString(),
    });
  }
  await appendAdministrationEntry({
    actor,
    action: 'organisation_created',
    object: { kind: 'organisation', id: 'org-1', name: '云梦县招商服务中心' },
    detail: { changes: {} },
  });
  await saveAttachment({
    id: 'att-statements',
    name: '近三个月财务报表.pdf',
    content: attachmentContent,
    metadata: { contentType: 'application/pdf', uploadedBy: { userId: 'u-1', displayName: '张三' } },
  });
  await disconnectStore();
}, 300_000);

afterAll(async () => {
  await legacy?.stop();
  fs.rmSync(legacyDir, { recursive: true, force: true });
  const target = await mongoose.createConnection(withDatabaseName(targetServerUri, database)).asPromise();
  await target.dropDatabase();
  await target.close();
});

describe('moving an SQLite data directory to PostgreSQL', () => {
  it('copies every collection, and proves every document and every audit chain arrived', async () => {
    const progress: string[] = [];
    const migrations = await migrateDatabases(legacy.uri, targetServerUri, (db, { collection }) =>
      progress.push(`${db}.${collection}`),
    );

    const migration = migrations.find((each) => each.database === database);
    expect(migration?.ok).toBe(true);
    const counts = Object.fromEntries(migration!.collections.map((each) => [each.collection, each.targetCount]));
    expect(counts).toMatchObject({
      requests: REQUESTS,
      audit_events: REQUESTS * 2 + 1,
      'attachments.files': 1,
      'attachments.chunks': Math.ceil(attachmentContent.length / (255 * 1024)),
    });
    expect(migration!.collections.every((each) => each.identical && each.sourceCount === each.targetCount)).toBe(true);
    expect(migration!.auditChains).toMatchObject({
      ok: true,
      requests: REQUESTS,
      entries: REQUESTS * 2,
      administration: { ok: true, entries: 1 },
    });
    expect(progress).toContain(`${database}.audit_events`);

    // Read back through the store on the new server, as the app will.
    await connectStore(withDatabaseName(targetServerUri, database));
    try {
      const request = await RequestProjectionModel.findById('req-000042').lean();
      expect(request?.data).toEqual({ 企业名称: '易普乐生物科技', 金额: 6_000_000, 明细: [{ 名称: '设备', 数量: 2 }] });
      const chunks: Buffer[] = [];
      for await (const chunk of readAttachment('att-statements')) chunks.push(chunk);
      expect(Buffer.concat(chunks).equals(attachmentContent)).toBe(true);
      const indexes = await AuditEventModel.collection.indexes();
      expect(indexes.map((index) => index.key)).toContainEqual({ requestId: 1, seq: 1 });
    } finally {
      await disconnectStore();
    }
  });

  it('runs again after an interruption without merging two copies', async () => {
    const again = await migrateDatabases(legacy.uri, targetServerUri);
    const migration = again.find((each) => each.database === database);
    expect(migration?.ok).toBe(true);
    expect(migration?.collections.find((each) => each.collection === 'requests')?.targetCount).toBe(REQUESTS);
  });

  it('says when the copy does not hold what the source holds', async () => {
    await migrateDatabases(legacy.uri, targetServerUri);
    // A document the copy lost, then a value it changed: both must be caught.
    const { compareCollection } = await import('./copy-database');
    const source = await mongoose.createConnection(withDatabaseName(legacy.uri, database)).asPromise();
    const target = await mongoose.createConnection(withDatabaseName(targetServerUri, database)).asPromise();
    try {
      await target.collection('requests').updateOne({ _id: 'req-000007' as never }, { $set: { status: 'completed' } });
      expect(await compareCollection(source.db!, target.db!, 'requests')).toMatchObject({
        identical: false,
        sourceCount: REQUESTS,
        targetCount: REQUESTS,
      });
      await target.collection('requests').deleteOne({ _id: 'req-000008' as never });
      expect(await compareCollection(source.db!, target.db!, 'requests')).toMatchObject({
        identical: false,
        targetCount: REQUESTS - 1,
      });
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  });
});
