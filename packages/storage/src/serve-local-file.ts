// The HTTP side of the local driver: checks a signed URL and streams the file. Framework-agnostic
// (plain node:http request and response), so it also works as an Express 5 handler. Bad links get
// a short 4xx, never a 5xx.
import type { ServerResponse } from 'node:http';
import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentDispositionAttachment, type UrlSigner } from '@shelf/signing';
import { DEFAULT_CONTENT_TYPE, isValidContentType } from './content-type.ts';
import { readObjectMetadata } from './local-object-metadata.ts';
import { openLocalObject } from './open-local-object.ts';
import { DEFAULT_ROUTE_PREFIX, keyFromRoutePath, normaliseRoutePrefix } from './route-prefix.ts';
import { isValidStorageKey } from './storage-key.ts';

export type ServeLocalFileOptions = { rootDir: string; signer: UrlSigner; routePrefix?: string };

/** The parts of an IncomingMessage (or Express request) the handler reads. */
export type LocalFileRequest = { url?: string; originalUrl?: string; method?: string };

export type LocalFileHandler = (req: LocalFileRequest, res: ServerResponse) => Promise<void>;

const NO_STORE = 'private, no-store';

export function serveLocalFile(options: ServeLocalFileOptions): LocalFileHandler {
  const { rootDir, signer } = options;
  const routePrefix = normaliseRoutePrefix(options.routePrefix ?? DEFAULT_ROUTE_PREFIX);

  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    // Express strips the mount path from req.url when mounted with app.use; the signature covers
    // the full path, which it keeps in originalUrl.
    const verdict = signer.verify(req.originalUrl ?? req.url ?? '');
    if (!verdict.ok) {
      return verdict.reason === 'expired'
        ? sendText(res, 410, 'This download link has expired')
        : sendText(res, 403, 'This download link is not valid');
    }
    const key = keyFromRoutePath(verdict.path, routePrefix);
    const object = isValidStorageKey(key) ? await openLocalObject(rootDir, key) : null;
    if (key === null || object === null) return sendText(res, 404, 'File not found');

    const storedType = (await readObjectMetadata(rootDir, key))?.contentType;
    const contentType = [verdict.contentType, storedType].find(isValidContentType) ?? DEFAULT_CONTENT_TYPE;
    res.writeHead(200, {
      'Content-Type': contentType,
      'Content-Length': object.size,
      'Content-Disposition': contentDispositionAttachment(verdict.filename ?? posix.basename(key)),
      'Cache-Control': NO_STORE,
      'X-Content-Type-Options': 'nosniff',
    });
    if (method === 'HEAD') {
      await object.handle.close();
      res.end();
      return;
    }
    try {
      await pipeline(object.handle.createReadStream(), res);
    } catch {
      // The client went away mid-download; pipeline has already closed the file and the socket.
    }
  };
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    'Cache-Control': NO_STORE,
  });
  res.end(message);
}
