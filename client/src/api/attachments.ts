import { queryOptions } from '@tanstack/react-query';
import { currentLanguage, i18n } from '../i18n/i18n';
import { api } from './api';
import { ApiError, NETWORK_ERROR, parseErrorBody } from './api-error';

/** A file stored with a request (GridFS), checked by its content, downloaded from `/api/v1/attachments/:id`. */
export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy?: { userId: string; displayName: string };
}

export function attachmentListQuery(requestId: string) {
  return queryOptions({
    queryKey: ['requests', requestId, 'attachments'],
    queryFn: async () =>
      (await api<{ items: Attachment[] }>(`/requests/${encodeURIComponent(requestId)}/attachments`)).items,
  });
}

export const attachmentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

/** Attaches a file to a request that exists. */
export function uploadAttachment(requestId: string, file: File): Promise<Attachment> {
  return postFile(`/api/v1/requests/${encodeURIComponent(requestId)}/attachments`, file);
}

/**
 * Uploads a file into a form being filled, before its request exists: the
 * server keeps it for the uploader until the submitted data names it.
 */
export function uploadFormFile(file: File): Promise<Attachment> {
  return postFile('/api/v1/attachments', file);
}

/** Takes back a file uploaded into a form and not submitted yet (the server keeps submitted ones). */
export async function deleteFormFile(id: string): Promise<void> {
  await api(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Sends a file's bytes as the body (the server sniffs the type and refuses what it does not allow). */
async function postFile(url: string, file: File): Promise<Attachment> {
  let response: Response;
  try {
    response = await fetch(`${url}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': file.type || 'application/octet-stream',
      },
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as Attachment;
  const error = parseErrorBody(body);
  if (!error)
    throw new ApiError(
      response.status,
      `HTTP_${response.status}`,
      i18n.t('errors.unexpected', { status: response.status }),
    );
  throw new ApiError(response.status, error.code, error.message, error.fields);
}
