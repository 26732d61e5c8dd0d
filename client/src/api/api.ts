import { currentLanguage, i18n } from '../i18n/i18n';
import { ApiError, NETWORK_ERROR, parseErrorBody } from './api-error';

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file's own bytes instead of a JSON body (uploads): sent as they are, with the file's type. */
  file?: File;
  headers?: Record<string, string>;
}

/**
 * Calls `/api/v1{path}` with the session cookie and the UI language, and
 * returns the parsed JSON (undefined for 204). Anything but 2xx throws an
 * `ApiError` carrying the server's code, localized message and field errors.
 */
export async function api<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...request.headers,
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.file) headers['Content-Type'] = request.file.type || 'application/octet-stream';

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: request.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      ...(request.file ? { body: request.file } : {}),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, i18n.t('errors.network'));
  }

  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;

  const error = parseErrorBody(body);
  // A proxy or a crashed server answers without our error body; say so plainly.
  if (!error)
    throw new ApiError(
      response.status,
      `HTTP_${response.status}`,
      i18n.t('errors.unexpected', { status: response.status }),
    );
  throw new ApiError(response.status, error.code, error.message, error.fields);
}
