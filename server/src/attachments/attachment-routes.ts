import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { Router } from 'express';
import { AttachmentGoneError, readAttachment } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import { requireUser, signedIn } from '../auth/current-user';
import { attachmentParams, uploadQuery } from '../http/attachment-schemas';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import { idParams } from '../http/schemas';
import {
  attachFile,
  deleteFormFile,
  listRequestAttachments,
  MAX_ATTACHMENT_BYTES,
  readableAttachment,
  uploadFormFile,
} from './attachments';

/** The raw bytes of an upload, whatever their declared type: the content is sniffed, not trusted. */
const rawBody = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });

/**
 * `/requests/:id/attachments` (upload, list), `/attachments` (upload into a form) and
 * `/attachments/:id` (download; delete while it waits for its form).
 */
export function attachmentRoutes(): Router {
  const router = Router();

  router.post('/requests/:id/attachments', requireUser, rawBody, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { id } = parseParams(idParams, req.params, 'REQUEST_NOT_FOUND');
    const { name } = parseInput(uploadQuery, req.query, req);
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const attachment = await attachFile(ability, user, id, { name, declaredType: req.get('Content-Type'), content });
    res.status(201).location(`/api/v1/attachments/${attachment.id}`).json(attachment);
  });

  router.post('/attachments', requireUser, rawBody, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { name } = parseInput(uploadQuery, req.query, req);
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const attachment = await uploadFormFile(ability, user, { name, declaredType: req.get('Content-Type'), content });
    res.status(201).location(`/api/v1/attachments/${attachment.id}`).json(attachment);
  });

  router.get('/requests/:id/attachments', requireUser, async (req, res) => {
    const { id } = parseParams(idParams, req.params, 'REQUEST_NOT_FOUND');
    const { user, ability } = signedIn(req);
    res.json(await listRequestAttachments(user, ability, id));
  });

  router.get('/attachments/:id', requireUser, async (req, res) => {
    const { id } = parseParams(attachmentParams, req.params, 'ATTACHMENT_NOT_FOUND');
    const { user, ability } = signedIn(req);
    const attachment = await readableAttachment(ability, user, id);
    // The first chunk is read before anything is sent: a file taken back in between answers 404, not a cut connection.
    const bytes = readAttachment(id);
    const first = await bytes.next().catch((error: unknown) => {
      throw error instanceof AttachmentGoneError ? new ApiError('ATTACHMENT_NOT_FOUND') : error;
    });
    // Always a download, never rendered in our origin; the type is what the bytes are.
    res.attachment(attachment.name);
    res.set({
      'Content-Type': attachment.contentType,
      'Content-Length': String(attachment.size),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    // Past the headers, a failure can only cut the response short, which the client sees as an incomplete download.
    await pipeline(Readable.from(startingWith(first, bytes)), res).catch(() => res.destroy());
  });

  router.delete('/attachments/:id', requireUser, async (req, res) => {
    const { id } = parseParams(attachmentParams, req.params, 'ATTACHMENT_NOT_FOUND');
    await deleteFormFile(signedIn(req).user, id);
    res.status(204).end();
  });

  return router;
}

async function* startingWith<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}
