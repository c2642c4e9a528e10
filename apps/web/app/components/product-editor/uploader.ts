// Sending a product file or preview image from the browser, with progress. The page's upload route
// (/dashboard/products/:id/upload) asks the API where the bytes go: with the local file store, back to
// that route, which streams them on to the API with the creator's session (the browser never holds the
// session token); with S3, straight to the bucket through presigned URLs, one PUT or, for big files, one
// per part. The route then completes the upload and attaches it to the product.

export type UploadKind = 'FILE' | 'PREVIEW';

export type Attach =
  | { kind: 'FILE' }
  | { kind: 'FILE'; replaceFileId: string; notifyBuyers: boolean }
  | { kind: 'PREVIEW'; alt: string };

type UploadTarget = {
  id: string;
  method: 'PUT' | 'MULTIPART';
  url: string | null;
  headers: Array<{ name: string; value: string }>;
  partSize: number | null;
  parts: Array<{ partNumber: number; url: string }>;
  needsCompletion: boolean;
};

export class UploadError extends Error {
  override name = 'UploadError';
}

async function step<T>(routeUrl: string, csrfToken: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(routeUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok || !answer) throw new UploadError(answer?.error ?? 'The upload did not go through.');
  return answer as T;
}

function refusalMessage(xhr: XMLHttpRequest): string {
  if (xhr.status === 413) return 'The file is larger than the store accepts.';
  try {
    const { error } = JSON.parse(xhr.responseText) as { error?: unknown };
    if (typeof error === 'string') return error;
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string') return message;
  } catch {
    // Not JSON (a file store's XML): the status says enough.
  }
  return `The upload was refused (HTTP ${xhr.status}).`;
}

/** PUTs a body with XMLHttpRequest, the one browser API that reports upload progress; returns the ETag. */
function put(
  url: string,
  body: Blob,
  headers: Record<string, string>,
  onProgress: (loaded: number) => void,
): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(xhr.getResponseHeader('ETag'));
      reject(new UploadError(refusalMessage(xhr)));
    };
    xhr.onerror = () => reject(new UploadError('The connection failed during the upload.'));
    xhr.send(body);
  });
}

/**
 * Uploads `file` for the product and attaches it as a new file, a new version of a file, or a preview
 * image. `onProgress` gets the fraction sent, 0 to 1.
 */
export async function uploadProductFile(options: {
  productId: string;
  file: File;
  attach: Attach;
  csrfToken: string;
  onProgress: (fraction: number) => void;
}): Promise<void> {
  const { productId, file, attach, csrfToken, onProgress } = options;
  const routeUrl = `/dashboard/products/${encodeURIComponent(productId)}/upload`;
  const target = await step<UploadTarget>(routeUrl, csrfToken, {
    step: 'create',
    name: file.name,
    size: file.size,
    contentType: file.type || 'application/octet-stream',
    kind: attach.kind,
  });
  const headers = Object.fromEntries(target.headers.map((header) => [header.name, header.value]));
  let parts: Array<{ partNumber: number; etag: string }> | null = null;
  if (target.method === 'PUT' && target.url) {
    // The route's own URL (local store) checks the CSRF token like every other dashboard request.
    const sameSite = target.url.startsWith('/');
    await put(target.url, file, sameSite ? { ...headers, 'X-CSRF-Token': csrfToken } : headers, (loaded) =>
      onProgress(loaded / Math.max(file.size, 1)),
    );
  } else {
    const partSize = target.partSize ?? file.size;
    const sent = new Map<number, number>();
    parts = [];
    for (const part of target.parts) {
      const slice = file.slice((part.partNumber - 1) * partSize, part.partNumber * partSize);
      const etag = await put(part.url, slice, {}, (loaded) => {
        sent.set(part.partNumber, loaded);
        onProgress([...sent.values()].reduce((sum, value) => sum + value, 0) / Math.max(file.size, 1));
      });
      if (!etag) throw new UploadError('The file store did not confirm a part (is ETag exposed by CORS?).');
      parts.push({ partNumber: part.partNumber, etag });
    }
  }
  onProgress(1);
  await step(routeUrl, csrfToken, {
    step: 'attach',
    uploadId: target.id,
    needsCompletion: target.needsCompletion,
    parts,
    ...attach,
  });
}
