import { randomBytes } from 'node:crypto';
import mongoose, { type mongo } from 'mongoose';

/**
 * Volume for query plans: enough documents that PostgreSQL's planner reads by index whenever an
 * index can serve a filter (on a table of a few pages it scans whatever indexes exist). Requests
 * are cloned from real ones, as bench/src/load/request-volume.ts does for the bench: every
 * document the app wrote for the request, in every collection, under a new request id, so the
 * copies have the real shapes whatever the store's schema is. People, organisations and sessions
 * are cloned from real ones too. Nothing here goes through the app: it is setup, not recorded.
 */
export interface RequestTemplate {
  requestId: string;
  documents: { collection: string; document: mongo.Document }[];
}

const FILES = 'attachments.files';
const CHUNKS = 'attachments.chunks';

/** Every document of one request: `_id` or top-level `requestId` naming it, its files and their chunks. */
export async function readRequestTemplate(requestId: string): Promise<RequestTemplate> {
  const documents: RequestTemplate['documents'] = [];
  for (const { name } of await database().listCollections({}, { nameOnly: true }).toArray()) {
    if (name.startsWith('system.') || name === CHUNKS) continue;
    const filter = name === FILES ? { 'metadata.requestId': requestId } : { $or: [{ _id: requestId }, { requestId }] };
    for (const document of await database()
      .collection(name)
      .find(filter as mongo.Filter<mongo.Document>)
      .toArray())
      documents.push({ collection: name, document });
  }
  const fileIds = documents.filter((entry) => entry.collection === FILES).map((entry) => entry.document._id);
  for (const document of await database()
    .collection(CHUNKS)
    .find({ files_id: { $in: fileIds } })
    .toArray())
    documents.push({ collection: CHUNKS, document });
  return { requestId, documents };
}

/** How one clone differs from its template. */
export interface CloneSpec {
  requestId: string;
  /** `createdAt` of the request's projections (ISO string), so lists have an order to sort. */
  createdAt: string;
  /** Whole string values to swap: the template's applicant and handlers for other people. */
  replaceValues: ReadonlyMap<string, string>;
}

/** Inserts the clones, batched per collection. */
export async function insertRequestClones(template: RequestTemplate, specs: readonly CloneSpec[]): Promise<void> {
  const byCollection = new Map<string, mongo.Document[]>();
  const add = (collection: string, document: mongo.Document) => {
    const list = byCollection.get(collection) ?? [];
    list.push(document);
    byCollection.set(collection, list);
  };
  for (const spec of specs) {
    const fileIds = new Map<unknown, unknown>();
    for (const { collection, document } of template.documents) {
      if (collection === CHUNKS) continue;
      const copy = rewrite(document, template.requestId, spec) as mongo.Document;
      if (typeof copy._id !== 'string') copy._id = new mongoose.Types.ObjectId();
      else if (copy._id === document._id) copy._id = `${document._id}~${spec.requestId}`;
      if (collection === FILES) fileIds.set(String(document._id), copy._id);
      if (typeof copy.createdAt === 'string') copy.createdAt = spec.createdAt;
      add(collection, copy);
    }
    for (const { collection, document } of template.documents)
      if (collection === CHUNKS)
        add(CHUNKS, {
          ...document,
          _id: new mongoose.Types.ObjectId(),
          files_id: fileIds.get(String(document.files_id)),
        });
  }
  for (const [collection, documents] of byCollection) await insertAll(collection, documents);
}

/**
 * Copies of `count` documents like `template` (people, organisations, sessions), made by `vary`
 * from the template and the copy's number.
 */
export async function insertCopies(
  collection: string,
  template: mongo.Document,
  count: number,
  vary: (index: number) => mongo.Document,
): Promise<void> {
  const documents = Array.from({ length: count }, (_, index) => ({ ...template, ...vary(index) }));
  await insertAll(collection, documents);
}

/** A session id as the app makes them: random, unguessable. */
export const randomSessionId = () => randomBytes(32).toString('base64url');

async function insertAll(collection: string, documents: mongo.Document[]): Promise<void> {
  for (let start = 0; start < documents.length; start += 1_000) {
    const batch = documents.slice(start, start + 1_000);
    try {
      await database().collection(collection).insertMany(batch, { ordered: false });
    } catch (error) {
      throw new Error(`inserting ${batch.length} copies into ${collection} failed: ${String(error)}`, { cause: error });
    }
  }
}

/** A deep copy with whole string values swapped and the request id replaced inside every string. */
function rewrite(value: unknown, requestId: string, spec: CloneSpec): unknown {
  if (typeof value === 'string') {
    const swapped = spec.replaceValues.get(value);
    if (swapped !== undefined) return swapped;
    return value.includes(requestId) ? value.replaceAll(requestId, spec.requestId) : value;
  }
  if (Array.isArray(value)) return value.map((item) => rewrite(item, requestId, spec));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = rewrite(item, requestId, spec);
    return copy;
  }
  // Dates, ObjectIds, binaries: immutable here, shared as they are.
  return value;
}

function database(): mongo.Db {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the store is not connected');
  return db;
}
