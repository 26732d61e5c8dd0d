import { defineEndpoint } from '../http/endpoint';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { AttachmentGoneError, readAttachment } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import {
  attachFile,
  deleteFormFile,
  listRequestAttachments,
  MAX_ATTACHMENT_BYTES,
  readableAttachment,
  uploadFormFile,
} from './attachments';
import { z } from 'zod';
import { attachmentParams, uploadQuery } from '../http/attachment-schemas';
import { idParams } from '../http/schemas';
import type { ErrorCode } from '../errors/messages';
import { BODY_ERRORS, type ApiResponse } from '../openapi/operation-types';

export const attachmentSchema = z
  .strictObject({
    id: z.string().meta({ examples: ['att-0f3c9a7d2b1e4c5a8d6f7e901a2b3c4d'] }),
    name: z.string(),
    contentType: z.string().meta({ description: 'What the bytes are (sniffed), not what the uploader said' }),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime({ offset: true }),
    uploadedBy: z.strictObject({ userId: z.string(), displayName: z.string() }),
  })
  .meta({ description: 'A file kept in GridFS: attached to a request, or uploaded into a form not yet submitted' });

export const attachmentListSchema = z.strictObject({ items: z.array(attachmentSchema) });
export const fileSchema = z.any().meta({ description: 'The file’s bytes' });

/** What both uploads share: the body is the file, the answer the stored file, the same checks refuse. */
const UPLOAD = { query: uploadQuery, upload: { zh: '文件内容', en: 'The file’s bytes' } } as const;
const uploaded = (description: { zh: string; en: string }): Record<number, ApiResponse> => ({
  201: {
    description,
    schema: attachmentSchema,
    headers: { Location: { description: '/api/v1/attachments/{id}', schema: { type: 'string' } } },
  },
});
const UPLOAD_ERRORS: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'ATTACHMENT_NOT_ALLOWED',
  'ATTACHMENT_EMPTY',
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  ...BODY_ERRORS,
];

/** The raw bytes of an upload, whatever their declared type: the content is sniffed, not trusted. */
const rawBody = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });
const uploadedBytes = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

async function* startingWith<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}

/**
 * `/requests/:id/attachments` (upload, list), `/attachments` (upload into a form) and
 * `/attachments/:id` (download; delete while it waits for its form).
 */
export const ATTACHMENT_ENDPOINTS = [
  defineEndpoint({
    method: 'POST',
    path: '/attachments',
    operationId: 'uploadFormFile',
    tag: 'attachments',
    auth: 'session',
    summary: { zh: '上传表单中的附件', en: 'Upload a file into a form' },
    description: {
      zh: '填写申请表或填报环节的表单时上传文件，办件尚未产生。文件暂存，仅上传人可下载；表单数据以 { id, name } 引用它，提交（申请、重新提交、填报、更正）时与办件关联，此后可查看该办件的人均可下载。引用他人的文件或已属于其他办件的文件，提交时返回 422。类型与大小的检查同上传办件附件；每人暂存的文件最多 50 个、共 200 MB。',
      en: 'Upload a file while filling an application or a fill step’s form, before there is a request. The file waits, downloadable by its uploader only; the form data refers to it as { id, name }, and submitting (apply, resubmit, fill, correct) links it to the request, after which whoever may read the request may download it. Referring to someone else’s file or one another request holds is a 422 on submit. Type and size checks as for request attachments; at most 50 waiting files, 200 MB in all, per person.',
    },
    ...UPLOAD,
    responses: uploaded({ zh: '已暂存', en: 'Stored, waiting for its form' }),
    errors: [...UPLOAD_ERRORS, 'ATTACHMENTS_WAITING_LIMIT'],
    middleware: [rawBody],
    handler: async ({ user, ability, query, req, res }) => {
      const attachment = await uploadFormFile(ability, user, {
        name: query.name,
        declaredType: req.get('Content-Type'),
        content: uploadedBytes(req.body),
      });
      res.status(201).location(`/api/v1/attachments/${attachment.id}`);
      return attachment;
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/requests/:id/attachments',
    operationId: 'attachFile',
    tag: 'attachments',
    auth: 'session',
    summary: { zh: '上传附件', en: 'Attach a file' },
    description: {
      zh: '请求体为文件本身（不是 JSON），文件名在 ?name= 中。按文件内容识别类型：仅 PDF、PNG/JPEG/WebP/TIFF、Office 文档、OFD 与 ZIP，且须与扩展名及声明的 Content-Type 一致；最大 20 MB。申请单位、经办人员与代办窗口可上传；只读的督办与审计 403。',
      en: 'The body is the file itself (not JSON), its name in ?name=. The type is read from the content: only PDF, PNG/JPEG/WebP/TIFF, Office documents, OFD and ZIP, matching the extension and any declared Content-Type; at most 20 MB. The applicant’s side, handlers and the window clerk who filed it may attach; read-only supervisors and auditors get 403.',
    },
    params: idParams,
    ...UPLOAD,
    responses: uploaded({ zh: '已保存', en: 'Stored' }),
    errors: [...UPLOAD_ERRORS, 'NOT_FOUND', 'REQUEST_NOT_FOUND'],
    paramsNotFound: 'REQUEST_NOT_FOUND',
    middleware: [rawBody],
    handler: async ({ user, ability, params, query, req, res }) => {
      const attachment = await attachFile(ability, user, params.id, {
        name: query.name,
        declaredType: req.get('Content-Type'),
        content: uploadedBytes(req.body),
      });
      res.status(201).location(`/api/v1/attachments/${attachment.id}`);
      return attachment;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/requests/:id/attachments',
    operationId: 'listAttachments',
    tag: 'attachments',
    auth: 'session',
    summary: { zh: '办件的附件', en: 'A request’s attachments' },
    params: idParams,
    responses: { 200: { description: { zh: '附件', en: 'Attachments' }, schema: attachmentListSchema } },
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'REQUEST_NOT_FOUND'],
    paramsNotFound: 'REQUEST_NOT_FOUND',
    handler: ({ user, ability, params }) => listRequestAttachments(user, ability, params.id),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/attachments/:id',
    operationId: 'downloadAttachment',
    tag: 'attachments',
    auth: 'session',
    summary: { zh: '下载附件', en: 'Download an attachment' },
    description: {
      zh: '仅可查看该办件的人可下载；尚未随表单提交的文件仅上传人可下载（否则 404）。总是作为下载（Content-Disposition: attachment），不在本站内打开。',
      en: 'Only for those who may read its request; a file not yet submitted with its form only for its uploader (else 404). Always a download (Content-Disposition: attachment), never rendered on this origin.',
    },
    params: attachmentParams,
    responses: {
      200: {
        description: { zh: '文件', en: 'The file' },
        schema: fileSchema,
        contentType: 'application/octet-stream',
        headers: {
          'Content-Disposition': { description: "attachment; filename*=UTF-8''…", schema: { type: 'string' } },
        },
      },
    },
    errors: ['UNAUTHENTICATED', 'ATTACHMENT_NOT_FOUND'],
    paramsNotFound: 'ATTACHMENT_NOT_FOUND',
    handler: async ({ user, ability, params: { id }, res }) => {
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
    },
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/attachments/:id',
    operationId: 'deleteFormFile',
    tag: 'attachments',
    auth: 'session',
    summary: { zh: '删除尚未提交的附件', en: 'Delete a file not yet submitted' },
    description: {
      zh: '从表单中移除刚上传、尚未随表单提交的文件。仅上传人可删；已随办件提交的文件是办件记录的一部分，返回 409。未提交超过 7 天的文件在上传人下次上传时删除。',
      en: 'Takes a file just uploaded into a form, and not yet submitted with it, out again. Only its uploader may; a file submitted with a request is part of its record (409). Files left unsent for 7 days are deleted at their uploader’s next upload.',
    },
    params: attachmentParams,
    responses: { 204: { description: { zh: '已删除', en: 'Deleted' } } },
    errors: ['UNAUTHENTICATED', 'ATTACHMENT_NOT_FOUND', 'ATTACHMENT_SUBMITTED'],
    paramsNotFound: 'ATTACHMENT_NOT_FOUND',
    handler: async ({ user, params, res }) => {
      await deleteFormFile(user, params.id);
      res.status(204).end();
    },
  }),
];
