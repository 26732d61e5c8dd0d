import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import mongoose from 'mongoose';

/** What is kept with each file in GridFS (`attachments.files`), besides its name, length and upload date. */
export interface AttachmentMetadata {
  requestId: string;
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

function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the store is not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
}

/** The GridFS files collection: its documents describe the stored files. */
function files() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the store is not connected');
  return db.collection<{
    _id: string;
    filename: string;
    length: number;
    uploadDate: Date;
    metadata: AttachmentMetadata;
  }>(`${BUCKET}.files`);
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
  return file
    ? { id: file._id, name: file.filename, size: file.length, uploadedAt: file.uploadDate, metadata: file.metadata }
    : null;
}

/** A request's attachments, oldest first. */
export async function listAttachments(requestId: string): Promise<StoredAttachment[]> {
  const found = await files().find({ 'metadata.requestId': requestId }).sort({ uploadDate: 1, _id: 1 }).toArray();
  return found.map((file) => ({
    id: file._id,
    name: file.filename,
    size: file.length,
    uploadedAt: file.uploadDate,
    metadata: file.metadata,
  }));
}

/** The file's bytes, streamed from its chunks. */
export function openAttachment(id: string): Readable {
  return bucket().openDownloadStream(id as never);
}
