import { queryOptions } from '@tanstack/react-query';
import { api } from './api';
import type { operations } from './generated/api-schema';
import type { Schemas } from './types';

/** A file stored with a request (GridFS), checked by its content, downloaded from `/api/v1/attachments/:id`. */
export type Attachment = Schemas['Attachment'];

/** `GET /requests/{id}/attachments`. */
export type AttachmentList = operations['listAttachments']['responses'][200]['content']['application/json'];

export function attachmentListQuery(requestId: string) {
  return queryOptions({
    queryKey: ['requests', requestId, 'attachments'],
    queryFn: async () => (await api<AttachmentList>(`/requests/${encodeURIComponent(requestId)}/attachments`)).items,
  });
}

export const attachmentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

/** Attaches a file to a request that exists (the server sniffs the type and refuses what it does not allow). */
export function uploadAttachment(requestId: string, file: File): Promise<Attachment> {
  return api(`/requests/${encodeURIComponent(requestId)}/attachments?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    file,
  });
}

/**
 * Uploads a file into a form being filled, before its request exists: the
 * server keeps it for the uploader until the submitted data names it.
 */
export function uploadFormFile(file: File): Promise<Attachment> {
  return api(`/attachments?name=${encodeURIComponent(file.name)}`, { method: 'POST', file });
}

/** Takes back a file uploaded into a form and not submitted yet (the server keeps submitted ones). */
export async function deleteFormFile(id: string): Promise<void> {
  await api(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
