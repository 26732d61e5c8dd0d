import mongoose from 'mongoose';
import { allModels } from './models';

// Filters built from request input can never smuggle in query operators such as
// `{ "$gt": "" }`: mongoose wraps them in `$eq` unless our own code marks a filter trusted.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);

/**
 * Connects the process-wide mongoose connection and makes sure every index
 * exists (idempotent). Works against MongoDB and FerretDB alike.
 */
export async function connectStore(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false });
  await Promise.all(allModels.map((model) => model.createIndexes()));
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

/** Marks a filter built by our own code (not from input) as allowed to use operators. */
export const trusted = <T>(filter: T): T => mongoose.trusted(filter) as T;
