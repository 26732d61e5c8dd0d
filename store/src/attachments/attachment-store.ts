import { createHash } from 'node:crypto';
import mongoose from 'mongoose';

/** What is kept with each file in GridFS (`attachments.files`), besides its name, length and upload date. */
export interface AttachmentMetadata {
  /**
   * The request the file belongs to. Absent while the file waits, uploaded
   * into a form not yet submitted; submitting the form links it.
   */
  requestId?: string;
  /** What the content is, by its bytes (not what the uploader claimed). */
  contentType: string;
  sha256: string;
  uploadedBy: { userId: string; displayName: string };
}

export interface StoredAttachment {
  id: string;
  name: string;
  size: number;
  uploadedAt: Date;
  metadata: AttachmentMetadata;
}

const BUCKET = 'attachments';

function database() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the store is not connected');
  return db;
}

function bucket() {
  return new mongoose.mongo.GridFSBucket(database(), { bucketName: BUCKET });
}

/** A document of the GridFS files collection: it describes one stored file. */
interface StoredFile {
  _id: string;
  filename: string;
  length: number;
  uploadDate: Date;
  metadata: AttachmentMetadata;
}

function files() {
  return database().collection<StoredFile>(`${BUCKET}.files`);
}

/**
 * Creates the indexes the queries below need besides GridFS's own (idempotent): a request's
 * files, and an uploader's files waiting for their form. On FerretDB they give these nested
 * fields the wrapper's indexes, without which every such query reads the collection whole.
 */
export async function createAttachmentIndexes(): Promise<void> {
  // One command per index, as mongoose sends its models' indexes: FerretDB 1.24 panics on a
  // createIndexes naming two or more indexes that all exist already (every start but the first).
  for (const field of ['metadata.requestId', 'metadata.uploadedBy.userId']) {
    await files().createIndex({ [field]: 1 });
  }
}

/** The GridFS chunks collection: a file's bytes, in pieces that name their file. */
function chunks() {
  return database().collection<{ files_id: string }>(`${BUCKET}.chunks`);
}

/**
 * Stores a file in GridFS under the given id (chunks of 255 kB; works the
 * same on MongoDB and FerretDB). The SHA-256 is computed here, so what is
 * recorded is what was stored.
 */
export async function saveAttachment(input: {
  id: string;
  name: string;
  content: Buffer;
  metadata: Omit<AttachmentMetadata, 'sha256'>;
}): Promise<StoredAttachment> {
  const metadata: AttachmentMetadata = {
    ...input.metadata,
    sha256: createHash('sha256').update(input.content).digest('hex'),
  };
  await new Promise<void>((resolve, reject) => {
    const upload = bucket().openUploadStreamWithId(input.id as never, input.name, { metadata });
    upload.once('finish', () => resolve());
    upload.once('error', reject);
    upload.end(input.content);
  });
  const stored = await findAttachment(input.id);
  if (!stored) throw new Error(`attachment ${input.id} was not stored`);
  return stored;
}

export async function findAttachment(id: string): Promise<StoredAttachment | null> {
  const file = await files().findOne({ _id: id });
  return file ? toStoredAttachment(file) : null;
}

/** The stored files among `ids` (those that exist), by id. */
export async function findAttachments(ids: readonly string[]): Promise<Map<string, StoredAttachment>> {
  const found = await files()
    .find({ _id: { $in: [...new Set(ids)] } })
    .toArray();
  return new Map(found.map((file) => [file._id, toStoredAttachment(file)]));
}

/**
 * Links files uploaded into a form to the request that form's data became.
 * Only files still waiting and uploaded by `uploaderId` move; one already
 * linked to a request stays with it. Returns the ids now linked to
 * `requestId`, so a caller sees whether another request took one first.
 */
export async function linkAttachments(
  ids: readonly string[],
  requestId: string,
  uploaderId: string,
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  await files().updateMany(
    { _id: { $in: unique }, 'metadata.requestId': { $exists: false }, 'metadata.uploadedBy.userId': uploaderId },
    { $set: { 'metadata.requestId': requestId } },
  );
  const linked = await files()
    .find({ _id: { $in: unique }, 'metadata.requestId': requestId }, { projection: { _id: 1 } })
    .toArray();
  return new Set(linked.map((file) => file._id));
}

/** How many files a person uploaded that no request holds yet, and their bytes. */
export async function waitingAttachments(uploaderId: string): Promise<{ count: number; bytes: number }> {
  const waiting = await files()
    .find(
      { 'metadata.uploadedBy.userId': uploaderId, 'metadata.requestId': { $exists: false } },
      { projection: { length: 1 } },
    )
    .toArray();
  return { count: waiting.length, bytes: waiting.reduce((sum, file) => sum + file.length, 0) };
}

/**
 * Deletes files a person uploaded that no request holds: those named (taken
 * out of a form again), or all uploaded before `uploadedBefore` (a form left
 * unsent). A file a request holds is never touched. Returns the ids deleted.
 */
export async function deleteWaitingAttachments(
  uploaderId: string,
  which: { ids: readonly string[] } | { uploadedBefore: Date },
): Promise<string[]> {
  const waiting = await files()
    .find(
      {
        'metadata.uploadedBy.userId': uploaderId,
        'metadata.requestId': { $exists: false },
        ...('ids' in which ? { _id: { $in: [...which.ids] } } : { uploadDate: { $lt: which.uploadedBefore } }),
      },
      { projection: { _id: 1 } },
    )
    .toArray();
  const deleted: string[] = [];
  for (const { _id } of waiting) {
    // The same condition again, in the delete itself: a submission may have linked the file since.
    const { deletedCount } = await files().deleteOne({ _id, 'metadata.requestId': { $exists: false } });
    if (deletedCount === 0) continue;
    await chunks().deleteMany({ files_id: _id });
    deleted.push(_id);
  }
  return deleted;
}

/** A request's attachments, oldest first. */
export async function listAttachments(requestId: string): Promise<StoredAttachment[]> {
  const found = await files().find({ 'metadata.requestId': requestId }).sort({ uploadDate: 1, _id: 1 }).toArray();
  return found.map(toStoredAttachment);
}

function toStoredAttachment(file: StoredFile): StoredAttachment {
  return { id: file._id, name: file.filename, size: file.length, uploadedAt: file.uploadDate, metadata: file.metadata };
}

/**
 * The file is no longer stored in full: deleted, or its chunks gone, between
 * the moment it was found and the moment its bytes were read.
 */
export class AttachmentGoneError extends Error {
  constructor(readonly id: string) {
    super(`attachment ${id} is no longer stored in full`);
    this.name = 'AttachmentGoneError';
  }
}

/**
 * The file's bytes, chunk by chunk. A file that vanishes while it is read
 * (its uploader took it back) ends in `AttachmentGoneError`, never in fewer
 * bytes than its length: GridFS itself would end such a read early without a word.
 */
export async function* readAttachment(id: string): AsyncGenerator<Buffer> {
  const stream = bucket().openDownloadStream(id as never);
  let length: number | undefined;
  stream.once('file', (file: StoredFile) => (length = file.length));
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      yield chunk;
    }
  } catch (error) {
    // The driver's "file not found" is a runtime error marked ENOENT; its chunk checks are MongoGridFSChunkError.
    if ((error as { code?: unknown }).code === 'ENOENT' || error instanceof mongoose.mongo.MongoGridFSChunkError)
      throw new AttachmentGoneError(id);
    throw error;
  } finally {
    stream.destroy();
  }
  if (length !== undefined && read < length) throw new AttachmentGoneError(id);
}
