import mongoose from 'mongoose';
import { AuditEventModel } from '../models/audit-event';
import { verifyAllAuditChains, type AuditVerificationSummary } from '../audit/verify-audit-chain';
import { copyDatabase, type CollectionCopy, type CopyProgress } from './copy-database';

/** One database moved from one server to another, and what its checks found. */
export interface DatabaseMigration {
  database: string;
  collections: CollectionCopy[];
  /** Its audit chains as read on the new server, when it has any. */
  auditChains?: AuditVerificationSummary;
  ok: boolean;
}

/**
 * Copies every database of the server at `fromUri` to the server at `toUri` (both without a
 * database name), then checks each one: every collection holds the same documents on both
 * sides, and every audit chain verifies on the new server. The source is only read, so a
 * failed or interrupted migration leaves it as it was and can simply run again.
 */
export async function migrateDatabases(
  fromUri: string,
  toUri: string,
  onProgress: (database: string, progress: CopyProgress) => void = () => undefined,
): Promise<DatabaseMigration[]> {
  const source = await mongoose.createConnection(fromUri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  const target = await mongoose.createConnection(toUri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    const { databases } = await source.listDatabases();
    const names = databases.map(({ name }) => name).filter((name) => !['admin', 'local', 'config'].includes(name));
    const migrations: DatabaseMigration[] = [];
    for (const database of names.sort()) {
      const collections = await copyDatabase(
        source.getClient().db(database),
        target.getClient().db(database),
        (progress) => onProgress(database, progress),
      );
      const auditChains = collections.some(({ collection }) => collection === AuditEventModel.collection.name)
        ? await verifyAuditChainsIn(target.useDb(database, { useCache: false }))
        : undefined;
      migrations.push({
        database,
        collections,
        ...(auditChains ? { auditChains } : {}),
        ok: collections.every(({ identical }) => identical) && (auditChains?.ok ?? true),
      });
    }
    return migrations;
  } finally {
    await Promise.allSettled([source.close(), target.close()]);
  }
}

/** The store's own chain check, run on one database of the new server. */
function verifyAuditChainsIn(database: mongoose.Connection): Promise<AuditVerificationSummary> {
  return verifyAllAuditChains(
    database.model(AuditEventModel.modelName, AuditEventModel.schema, AuditEventModel.collection.name),
  );
}
