import { ApiError, NETWORK_ERROR, parseErrorBody } from '../api/api-error';

/** The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` first), or undefined. */
export function fileNameFrom(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition)?.[1]?.trim();
}

/** `1.2 MB`: how much has arrived, for a progress message. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a download's body chunk by chunk, telling `onProgress` how many
 * bytes have arrived (the server streams exports, so there is no total to
 * count towards), and answers the whole file with its name. A refusal
 * (4xx/5xx) becomes the `ApiError` the server's body describes.
 */
export async function fetchDownload(
  url: string,
  init: { language: string; fallbackName: string; onProgress?: (bytes: number) => void },
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': init.language } });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network');
  }
  if (!response.ok) {
    const error = parseErrorBody(await response.json().catch(() => null));
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? `HTTP ${response.status}`,
    );
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      init.onProgress?.(received);
    }
  }
  return {
    blob: new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }),
    fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? init.fallbackName,
  };
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
