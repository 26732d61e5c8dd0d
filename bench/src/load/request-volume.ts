import mongoose from 'mongoose';
import {
  lastRequestNumberPosition,
  RequestNumberModel,
  RequestProjectionModel,
  requestNumberAt,
  TaskProjectionModel,
  type RequestNumber,
} from '@tongban/store';

/**
 * Volume for the measurements at 1k–100k requests. Going through workflows
 * would take hours at 100k, so requests are cloned: every document the app
 * wrote for one real request (its projection, its tasks, its audit entries,
 * its notifications, whatever collection holds it) is copied under a new
 * request id. The copies have the real documents' shape and size whatever
 * the store's schema is today. Their audit chains do not verify (the hashes
 * name the original): they are volume, never read as a chain.
 */
export interface RequestTemplate {
  requestId: string;
  documents: { collection: string; document: Record<string, unknown> }[];
}

/** Reads every document of one request from every collection: `_id` or `requestId` naming it. */
export async function readRequestTemplate(requestId: string): Promise<RequestTemplate> {
  const db = database();
  const documents: RequestTemplate['documents'] = [];
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name.startsWith('system.')) continue;
    const found = await db
      .collection(name)
      .find({ $or: [{ _id: requestId as never }, { requestId }] })
      .toArray();
    for (const document of found) documents.push({ collection: name, document });
  }
  if (!documents.some((entry) => entry.collection === RequestProjectionModel.collection.collectionName))
    throw new Error(`request ${requestId} has no projection to clone`);
  return { requestId, documents };
}

/** How one clone differs from its template. */
export interface CloneSpec {
  requestId: string;
  /** Top-level `createdAt` of the request and its tasks (ISO string), so lists have an order to sort. */
  createdAt: string;
  /** Whole string values to swap, e.g. the template's assignee for another person. */
  replaceValues?: ReadonlyMap<string, string>;
}

/** Inserts clones of `template`, batched per collection; fails naming the collection that refused one. */
export async function insertClones(template: RequestTemplate, specs: readonly CloneSpec[]): Promise<void> {
  const byCollection = new Map<string, Record<string, unknown>[]>();
  const numbered = template.documents.find(
    (entry) => entry.collection === RequestNumberModel.collection.collectionName,
  );
  // A 办件编号 is one position of an office's day, claimed once: each clone takes the day's next free
  // position, after the real requests' (which keep numbering after the clones').
  const claim = numbered?.document as RequestNumber | undefined;
  let position = claim ? await lastRequestNumberPosition(claim.prefix, claim.date) : 0;
  for (const templateSpec of specs) {
    let spec = templateSpec;
    if (claim) {
      const own = requestNumberAt(claim.prefix, claim.date, ++position);
      const replaceValues = new Map(spec.replaceValues).set(claim._id, own._id).set(claim.number, own.number);
      spec = { ...spec, replaceValues };
    }
    for (const { collection, document } of template.documents) {
      const copy = rewrite(document, template.requestId, spec) as Record<string, unknown>;
      // The claim's position as a number too: the app reads a day's last position from it.
      if (document === numbered?.document) copy.seq = position;
      // Ids that do not name the request (ObjectIds) get fresh ones.
      if (typeof copy._id !== 'string') copy._id = new mongoose.Types.ObjectId();
      if (typeof copy.createdAt === 'string' && isProjection(collection)) copy.createdAt = spec.createdAt;
      const list = byCollection.get(collection) ?? [];
      list.push(copy);
      byCollection.set(collection, list);
    }
  }
  for (const [collection, documents] of byCollection) {
    try {
      await database().collection(collection).insertMany(documents, { ordered: false });
    } catch (error) {
      throw new Error(`inserting ${documents.length} clones into ${collection} failed: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

function isProjection(collection: string): boolean {
  return (
    collection === RequestProjectionModel.collection.collectionName ||
    collection === TaskProjectionModel.collection.collectionName
  );
}

/** A deep copy with the request id replaced inside every string and whole values swapped. */
function rewrite(value: unknown, requestId: string, spec: CloneSpec): unknown {
  if (typeof value === 'string') {
    const swapped = spec.replaceValues?.get(value);
    if (swapped !== undefined) return swapped;
    return value.includes(requestId) ? value.replaceAll(requestId, spec.requestId) : value;
  }
  if (Array.isArray(value)) return value.map((item) => rewrite(item, requestId, spec));
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = rewrite(item, requestId, spec);
    return copy;
  }
  // Dates, ObjectIds, binaries: immutable here, shared as they are.
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function database() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the store is not connected');
  return db;
}
