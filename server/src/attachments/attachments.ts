import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import {
  findAttachment,
  listAttachments,
  RequestProjectionModel,
  saveAttachment,
  type StoredAttachment,
} from '@tongban/store';
import { fromBuffer } from 'file-type';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';

/** Largest file accepted; the route's body limit says the same. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

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

/**
 * Stores a file for a request after checking what it is: its bytes must be
 * one of the allowed kinds, its name's extension must fit that kind, and a
 * declared Content-Type must agree. 415 otherwise; nothing is stored.
 */
export async function attachFile(
  ability: AppAbility,
  user: CurrentUser,
  requestId: string,
  input: { name: string; declaredType: string | undefined; content: Buffer },
) {
  const request = await readableRequest(ability, requestId);
  if (!mayAttach(ability, user, request)) throw new ApiError('ATTACHMENT_NOT_ALLOWED');
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
  const stored = await saveAttachment({
    id: `att-${randomUUID().replaceAll('-', '')}`,
    name: input.name,
    content: input.content,
    metadata: {
      requestId,
      contentType: sniffed.mime,
      uploadedBy: { userId: user.id, displayName: user.displayName },
    },
  });
  return toAttachmentView(stored);
}

/** Browsers label old Office files by their application; the bytes are a compound file all the same. */
function officeAlias(declared: string, sniffed: string): boolean {
  return (
    sniffed === 'application/x-cfb' &&
    ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'].includes(declared)
  );
}

export async function listRequestAttachments(ability: AppAbility, requestId: string) {
  await readableRequest(ability, requestId);
  return { items: (await listAttachments(requestId)).map(toAttachmentView) };
}

/** An attachment, if the caller may read its request (else 404, as if there were none). */
export async function readableAttachment(ability: AppAbility, id: string) {
  const attachment = await findAttachment(id);
  if (!attachment) throw new ApiError('ATTACHMENT_NOT_FOUND');
  try {
    await readableRequest(ability, attachment.metadata.requestId);
  } catch {
    throw new ApiError('ATTACHMENT_NOT_FOUND');
  }
  return toAttachmentView(attachment);
}
