import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { attachmentReferences, fieldTitle, type FieldError, type FormDefinition } from '@tongban/forms';
import {
  deleteWaitingAttachments,
  findAttachment,
  findAttachments,
  linkAttachments,
  listAttachments,
  readRequestProjection,
  RequestProjectionModel,
  saveAttachment,
  waitingAttachments,
  type StoredAttachment,
} from '@tongban/store';
import { fromBuffer } from 'file-type';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';
import { formVersion, processVersion } from '../requests/published-definitions';
import { readerOf, withheldAttachmentIds } from '../requests/request-reader';

/** Largest file accepted; the route's body limit says the same. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * Files one person may keep uploaded into forms not yet submitted: enough
 * for the longest application, not a place to store things.
 */
export const MAX_WAITING_FILES = 50;
export const MAX_WAITING_BYTES = 200 * 1024 * 1024;
/** A form left unsent this long gives its files up: they are deleted at its uploader's next upload. */
export const WAITING_FILE_DAYS = 7;

/**
 * What may be attached, by what the bytes are (file-type's sniffing), with the
 * file-name extensions each may carry. Scans and photos, PDF and office files:
 * what a government service asks an enterprise for. Nothing executable, no
 * HTML or SVG (they run scripts when opened in a browser).
 */
const ALLOWED: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  // Office 97–2003 (doc, xls, ppt) are compound files: file-type names the container.
  'application/x-cfb': ['doc', 'xls', 'ppt'],
  'application/zip': ['zip', 'ofd'],
};

/** Declared types that say nothing: the bytes decide. */
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

type RequestForAttachments = Awaited<ReturnType<typeof readableRequest>>;

/** The request, if the caller may read it; else it does not exist for them. */
async function readableRequest(ability: AppAbility, requestId: string) {
  const request = await RequestProjectionModel.findById(requestId, {
    applicantOrgId: 1,
    participantIds: 1,
    filedBy: 1,
    processKey: 1,
    processVersion: 1,
    formKey: 1,
    formVersion: 1,
  }).lean();
  if (!request || !ability.can('read', subject('Request', { ...request }) as never))
    throw new ApiError('REQUEST_NOT_FOUND');
  return request;
}

/** The applicant's side, whoever holds or held a task of it, the clerk who filed it: those who work on it. */
function mayAttach(ability: AppAbility, user: CurrentUser, request: RequestForAttachments): boolean {
  return (
    ability.can('act', subject('Request', { ...request }) as never) ||
    request.participantIds.includes(user.id) ||
    request.filedBy?.userId === user.id
  );
}

function toAttachmentView(attachment: StoredAttachment) {
  return {
    id: attachment.id,
    name: attachment.name,
    contentType: attachment.metadata.contentType,
    size: attachment.size,
    sha256: attachment.metadata.sha256,
    uploadedAt: attachment.uploadedAt.toISOString(),
    uploadedBy: attachment.metadata.uploadedBy,
  };
}

/** What a caller sends to store a file: its name, the Content-Type it declared, its bytes. */
interface Upload {
  name: string;
  declaredType: string | undefined;
  content: Buffer;
}

/**
 * Stores a file for a request after checking what it is: its bytes must be
 * one of the allowed kinds, its name's extension must fit that kind, and a
 * declared Content-Type must agree. 415 otherwise; nothing is stored.
 */
export async function attachFile(ability: AppAbility, user: CurrentUser, requestId: string, input: Upload) {
  const request = await readableRequest(ability, requestId);
  if (!mayAttach(ability, user, request)) throw new ApiError('ATTACHMENT_NOT_ALLOWED');
  return toAttachmentView(await storeChecked(user, input, requestId));
}

/**
 * Stores a file uploaded into a form before there is a request (an
 * application being filled, a fill step's form): it waits, readable by its
 * uploader only, until the form's data names it and is submitted
 * (`claimFormAttachments`). Those who fill forms may upload, within a cap of
 * waiting files per person.
 */
export async function uploadFormFile(ability: AppAbility, user: CurrentUser, input: Upload) {
  if (!(ability.can('create', 'Request') || ability.can('file', 'Request') || ability.can('act', 'Task')))
    throw new ApiError('ATTACHMENT_NOT_ALLOWED');
  await deleteWaitingAttachments(user.id, { uploadedBefore: new Date(Date.now() - WAITING_FILE_DAYS * 86_400_000) });
  const waiting = await waitingAttachments(user.id);
  if (waiting.count >= MAX_WAITING_FILES || waiting.bytes + input.content.length > MAX_WAITING_BYTES)
    throw new ApiError('ATTACHMENTS_WAITING_LIMIT', undefined, `${waiting.count} files, ${waiting.bytes} bytes`);
  return toAttachmentView(await storeChecked(user, input, undefined));
}

async function storeChecked(user: CurrentUser, input: Upload, requestId: string | undefined) {
  if (input.content.length === 0) throw new ApiError('ATTACHMENT_EMPTY');
  const sniffed = await fromBuffer(input.content);
  const extensions = sniffed ? ALLOWED[sniffed.mime] : undefined;
  const extension = input.name.includes('.') ? input.name.split('.').pop()!.toLowerCase() : '';
  const declared = input.declaredType?.split(';')[0]?.trim().toLowerCase();
  if (
    !sniffed ||
    !extensions ||
    !extensions.includes(extension) ||
    (declared && !GENERIC_TYPES.has(declared) && declared !== sniffed.mime && !officeAlias(declared, sniffed.mime))
  )
    throw new ApiError(
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      undefined,
      `sniffed ${sniffed?.mime ?? 'nothing'} for ${extension}`,
    );
  return saveAttachment({
    id: `att-${randomUUID().replaceAll('-', '')}`,
    name: input.name,
    content: input.content,
    metadata: {
      ...(requestId ? { requestId } : {}),
      contentType: sniffed.mime,
      uploadedBy: { userId: user.id, displayName: user.displayName },
    },
  });
}

/**
 * Before form data becomes a request's (its start, a resubmission, a fill
 * step, a correction): every file its attachment fields name must be one the
 * caller uploaded and no request holds yet, or one this request already
 * holds. Those waiting are then linked to the request, so whoever may read
 * it may download them. Anything else is a field error (422) and nothing is
 * linked. A retried submission (same request id) finds its files already
 * linked and passes.
 */
export async function claimFormAttachments(
  user: CurrentUser,
  form: FormDefinition,
  data: Record<string, unknown>,
  requestId: string,
  language: Language,
): Promise<void> {
  const references = attachmentReferences(form, data);
  if (references.length === 0) return;
  const stored = await findAttachments(references.map((reference) => reference.id));
  const usable = (id: string) => {
    const file = stored.get(id);
    if (!file) return false;
    if (file.metadata.requestId) return file.metadata.requestId === requestId;
    return file.metadata.uploadedBy.userId === user.id;
  };
  const refuse = (paths: readonly { path: string; fieldPath: string }[]) => {
    if (paths.length > 0)
      throw new ApiError(
        'FORM_INVALID',
        paths.map((reference) => unusableFile(form, reference, language)),
      );
  };
  refuse(references.filter((reference) => !usable(reference.id)));
  const linked = await linkAttachments(
    references.map((reference) => reference.id),
    requestId,
    user.id,
  );
  // Another request of the same person may have taken a file between the check and the link.
  refuse(references.filter((reference) => !linked.has(reference.id)));
}

function unusableFile(
  form: FormDefinition,
  reference: { path: string; fieldPath: string },
  language: Language,
): FieldError {
  const title = fieldTitle(form.schema, reference.fieldPath);
  return {
    path: reference.path,
    message:
      language === 'en'
        ? `"${title}": this file is not among your uploads or belongs to another request; upload it again`
        : `“${title}”中的文件不存在或已用于其他办件，请重新上传`,
  };
}

/**
 * Takes back a file uploaded into a form and not submitted (removed from the
 * form again). Only its uploader may, and only while it waits: once a request
 * holds it, it is part of the record (409).
 */
export async function deleteFormFile(user: CurrentUser, id: string): Promise<void> {
  const attachment = await findAttachment(id);
  if (!attachment || attachment.metadata.uploadedBy.userId !== user.id) throw new ApiError('ATTACHMENT_NOT_FOUND');
  const deleted = await deleteWaitingAttachments(user.id, { ids: [id] });
  if (deleted.length === 0) throw new ApiError('ATTACHMENT_SUBMITTED');
}

/** Browsers label old Office files by their application; the bytes are a compound file all the same. */
function officeAlias(declared: string, sniffed: string): boolean {
  return (
    sniffed === 'application/x-cfb' &&
    ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'].includes(declared)
  );
}

export async function listRequestAttachments(user: CurrentUser, ability: AppAbility, requestId: string) {
  const request = await readableRequest(ability, requestId);
  const withheld = await filesWithheldFrom(user, request);
  return {
    items: (await listAttachments(requestId))
      .filter((attachment) => !withheld.has(attachment.id))
      .map(toAttachmentView),
  };
}

/** The files that only fields hidden from `user` hold: they are as hidden as those fields. */
async function filesWithheldFrom(user: CurrentUser, request: RequestForAttachments): Promise<ReadonlySet<string>> {
  const definition = await processVersion(request.processKey, request.processVersion);
  const reader = await readerOf(user, request, definition);
  if (reader.hiddenFields.size === 0) return new Set();
  const [stored, form] = await Promise.all([
    RequestProjectionModel.findById(request._id).lean(),
    formVersion(request.formKey, request.formVersion),
  ]);
  if (!stored || !form) return new Set();
  return withheldAttachmentIds(form, readRequestProjection(stored).data, reader.hiddenFields);
}

/**
 * An attachment, if the caller may read its request, or, while it waits for
 * its form to be submitted, if they uploaded it (else 404, as if there were none).
 */
export async function readableAttachment(ability: AppAbility, user: CurrentUser, id: string) {
  const attachment = await findAttachment(id);
  if (!attachment) throw new ApiError('ATTACHMENT_NOT_FOUND');
  const { requestId, uploadedBy } = attachment.metadata;
  if (!requestId) {
    if (uploadedBy.userId !== user.id) throw new ApiError('ATTACHMENT_NOT_FOUND');
    return toAttachmentView(attachment);
  }
  let request: RequestForAttachments;
  try {
    request = await readableRequest(ability, requestId);
  } catch (error) {
    // Only "not yours to read" hides the file; a database that does not answer stays a 503.
    if (error instanceof ApiError && error.code === 'REQUEST_NOT_FOUND') throw new ApiError('ATTACHMENT_NOT_FOUND');
    throw error;
  }
  if ((await filesWithheldFrom(user, request)).has(id)) throw new ApiError('ATTACHMENT_NOT_FOUND');
  return toAttachmentView(attachment);
}
