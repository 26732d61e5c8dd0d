import mongoose from 'mongoose';
import { createAttachmentIndexes } from './attachments/attachment-store';
import { upgradeStoredData } from './migration/upgrade-stored-data';
import { allModels } from './models';

mongoose.set('strictQuery', true);

/**
 * Connects the process-wide mongoose connection, makes sure every index
 * exists and that data kept from an earlier release has had its upgrades
 * (`upgradeStoredData`; both idempotent). Works against MongoDB and FerretDB alike.
 */
export async function connectStore(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false });
  await Promise.all([...allModels.map((model) => model.createIndexes()), createAttachmentIndexes()]);
  await upgradeStoredData();
  return mongoose;
}

export async function disconnectStore(): Promise<void> {
  await mongoose.disconnect();
}

/** True when the database answers a ping. */
export async function isStoreReachable(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db) return false;
    await db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
