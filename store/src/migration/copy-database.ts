import { createHash } from 'node:crypto';
import mongoose from 'mongoose';

type Db = mongoose.mongo.Db;
type Document = mongoose.mongo.Document;

/** What was copied of one collection, and whether both sides now hold the same documents. */
export interface CollectionCopy {
  collection: string;
  sourceCount: number;
  targetCount: number;
  /** Both sides hold the same documents, value for value and type for type. */
  identical: boolean;
}

export interface CopyProgress {
  collection: string;
  copied: number;
  total: number;
}

/** Documents per insert: small enough for GridFS chunks (255 kB each) to stay well under a message. */
const BATCH = 100;

/**
 * Copies every collection of `source` into `target` with its indexes, then checks that each
 * collection holds the same number of documents and the same documents on both sides (an
 * order-independent digest of every document's canonical Extended JSON, so a changed value or
 * type shows, whatever order either database returns them in). A collection already in
 * `target` is dropped first: a copy interrupted halfway is started again, never merged.
 * Uses only what MongoDB and FerretDB share, so either side may be either.
 */
export async function copyDatabase(
  source: Db,
  target: Db,
  onProgress: (progress: CopyProgress) => void = () => undefined,
): Promise<CollectionCopy[]> {
  const names = (await source.listCollections({}, { nameOnly: true }).toArray())
    .map(({ name }) => name)
    .filter((name) => !name.startsWith('system.'))
    .sort();
  const existing = new Set((await target.listCollections({}, { nameOnly: true }).toArray()).map(({ name }) => name));
  const copies: CollectionCopy[] = [];
  for (const name of names) {
    if (existing.has(name)) await target.dropCollection(name);
    await target.createCollection(name);
    await copyIndexes(source, target, name);
    const total = await source.collection(name).countDocuments();
    let copied = 0;
    let batch: Document[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await target.collection(name).insertMany(batch, { ordered: true });
      copied += batch.length;
      batch = [];
      onProgress({ collection: name, copied, total });
    };
    for await (const document of source.collection(name).find({})) {
      batch.push(document);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (total === 0) onProgress({ collection: name, copied: 0, total: 0 });
    copies.push(await compareCollection(source, target, name));
  }
  return copies;
}

/**
 * Whether `source` and `target` hold the same documents in collection `name`: equal counts and
 * equal order-independent digests.
 */
export async function compareCollection(source: Db, target: Db, name: string): Promise<CollectionCopy> {
  const [sourceSide, targetSide] = await Promise.all([digestCollection(source, name), digestCollection(target, name)]);
  return {
    collection: name,
    sourceCount: sourceSide.count,
    targetCount: targetSide.count,
    identical: sourceSide.count === targetSide.count && sourceSide.digest === targetSide.digest,
  };
}

async function copyIndexes(source: Db, target: Db, name: string): Promise<void> {
  const indexes = await source.collection(name).listIndexes().toArray();
  for (const index of indexes) {
    if (index.name === '_id_') continue;
    const { key, name: indexName, unique } = index as { key: Document; name: string; unique?: boolean };
    await target.collection(name).createIndex(key, { name: indexName, ...(unique ? { unique: true } : {}) });
  }
}

/** The sum, modulo 2^256, of the SHA-256 of each document's canonical Extended JSON. */
async function digestCollection(db: Db, name: string): Promise<{ count: number; digest: string }> {
  const modulus = 1n << 256n;
  let sum = 0n;
  let count = 0;
  for await (const document of db.collection(name).find({})) {
    const canonical = mongoose.mongo.BSON.EJSON.stringify(document, { relaxed: false });
    sum = (sum + BigInt(`0x${createHash('sha256').update(canonical).digest('hex')}`)) % modulus;
    count += 1;
  }
  return { count, digest: sum.toString(16) };
}
