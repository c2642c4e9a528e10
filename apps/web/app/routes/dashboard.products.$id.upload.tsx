// The product editor's uploads (no page of its own). Every request must come from a dashboard page: same
// origin and the page's CSRF token in X-CSRF-Token.
//   POST {step: 'create', name, size, contentType, kind}  where to send the bytes (the API's answer; with
//        the local file store the URL is this route's own PUT);
//   PUT  ?uploadId=...                                     the bytes, streamed on to the API's upload route
//        with the creator's session (local file store only);
//   POST {step: 'attach', uploadId, needsCompletion, parts, kind, replaceFileId?, notifyBuyers?, alt?}
//        completes a direct upload if needed and makes it a file, a new version of one, or a preview image.
import type { ActionFunctionArgs } from '@remix-run/node';
import { data } from '@remix-run/node';
import { isApiError, shopperMessage } from '../graphql/client.server';
import {
  addPreviewImage,
  addProductFile,
  completeProductUpload,
  createProductUpload,
  replaceProductFile,
} from '../graphql/products.server';
import { requireCsrfHeader } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { env } from '../lib/env.server';
import { readSessionToken } from '../lib/session.server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FAILED = 'The upload did not go through. Please try again.';
const noStore = { 'Cache-Control': 'private, no-store' };

type Step = {
  step?: unknown;
  name?: unknown;
  size?: unknown;
  contentType?: unknown;
  kind?: unknown;
  uploadId?: unknown;
  needsCompletion?: unknown;
  parts?: unknown;
  replaceFileId?: unknown;
  notifyBuyers?: unknown;
  alt?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function refused(error: unknown) {
  if (error instanceof Response) throw error;
  const status = isApiError(error, 'FORBIDDEN') ? 403 : isApiError(error, 'NOT_FOUND') ? 404 : 400;
  const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, FAILED);
  return data({ error: message }, { status, headers: noStore });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  await requireCsrfHeader(request);
  const productId = params.id ?? '';
  if (!UUID.test(productId)) return data({ error: 'There is no such product.' }, { status: 404 });
  if (request.method === 'PUT')
    return forwardBytes(request, new URL(request.url).searchParams.get('uploadId'));
  if (request.method !== 'POST') return data({ error: 'Method not allowed.' }, { status: 405 });

  const body = (await request.json().catch(() => null)) as Step | null;
  const caller = { request, context };
  try {
    return await asCreator(request, async () => {
      if (body?.step === 'create') {
        const upload = await createProductUpload(caller, {
          productId,
          name: text(body.name),
          size: Number(body.size),
          contentType: text(body.contentType),
          kind: body.kind === 'PREVIEW' ? 'PREVIEW' : 'FILE',
        });
        // The local store's URL is the API's, which the browser cannot authenticate to: send it here.
        const local = upload.method === 'PUT' && !upload.needsCompletion;
        const url = local
          ? `/dashboard/products/${productId}/upload?uploadId=${encodeURIComponent(upload.id)}`
          : upload.url;
        return data({ ...upload, url }, { headers: noStore });
      }
      if (body?.step === 'attach') {
        const uploadId = text(body.uploadId);
        if (body.needsCompletion === true) {
          const parts = Array.isArray(body.parts)
            ? (body.parts as Array<{ partNumber?: unknown; etag?: unknown }>).map((part) => ({
                partNumber: Number(part.partNumber),
                etag: text(part.etag),
              }))
            : null;
          await completeProductUpload(caller, uploadId, parts);
        }
        if (body.kind === 'PREVIEW') {
          await addPreviewImage(caller, { productId, uploadId, alt: text(body.alt) || null });
        } else if (typeof body.replaceFileId === 'string') {
          await replaceProductFile(caller, {
            fileId: body.replaceFileId,
            uploadId,
            notifyBuyers: body.notifyBuyers === true,
          });
        } else {
          await addProductFile(caller, productId, uploadId);
        }
        return data({ ok: true }, { headers: noStore });
      }
      return data({ error: 'Unknown upload step.' }, { status: 400, headers: noStore });
    });
  } catch (error) {
    return refused(error);
  }
}

/** Streams the browser's bytes to the API's upload route as the signed-in creator, and relays its answer. */
async function forwardBytes(request: Request, uploadId: string | null): Promise<Response> {
  const token = await readSessionToken(request);
  if (!token) return Response.json({ error: 'Sign in again to upload.' }, { status: 401, headers: noStore });
  if (!uploadId || !UUID.test(uploadId) || !request.body)
    return Response.json({ error: 'There is no such upload.' }, { status: 404, headers: noStore });
  const headers = new Headers({ Authorization: `Bearer ${token}` });
  for (const name of ['Content-Type', 'Content-Length']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  try {
    const answer = await fetch(`${env.apiUrl}/uploads/${uploadId}`, {
      method: 'PUT',
      headers,
      body: request.body,
      // Streamed as it arrives: a 5 GB file never sits in this server's memory.
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const payload = (await answer.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!answer.ok)
      return Response.json(
        { error: payload?.error?.message ?? FAILED },
        { status: answer.status, headers: noStore },
      );
    return Response.json({ ok: true }, { headers: noStore });
  } catch {
    return Response.json({ error: FAILED }, { status: 502, headers: noStore });
  }
}
