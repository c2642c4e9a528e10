// HMAC-signed, expiring URLs for the local storage driver, following the rules of S3 presigned
// URLs: the signature covers the method, the path, the expiry and every response override
// (filename, content type), links live at most seven days, and checks are constant-time.
import { createHmac } from 'node:crypto';
import { safeEqual } from './safe-equal.ts';
import { assertValidExpiresIn, MAX_SIGNED_URL_EXPIRES_IN_SECONDS } from './signed-url-expiry.ts';

export type UrlSignerOptions = {
  secret: string | Uint8Array;
  /** Origin (and optional path prefix) the signed URLs point at, e.g. `https://shop.example.com`. */
  baseUrl: string;
  maxExpiresInSeconds?: number;
};

export type SignUrlOptions = {
  expiresInSeconds: number;
  /** Served as the attachment's name. */
  filename?: string;
  /** Overrides the stored content type, like S3's response-content-type. */
  contentType?: string;
  now?: Date;
};

export type VerifiedUrl = { ok: true; path: string; filename: string | null; contentType: string | null };
export type RejectedUrl = { ok: false; reason: 'missing' | 'tampered' | 'expired' };

export type UrlSigner = {
  /** Returns an absolute URL for `path` (which starts with `/`, not yet percent-encoded). */
  sign(path: string, options: SignUrlOptions): string;
  /** Checks an absolute URL, or a path with its query string as found in `req.url`. */
  verify(urlOrPathWithQuery: string, options?: { now?: Date }): VerifiedUrl | RejectedUrl;
};

const MIN_SECRET_BYTES = 16;
const MAX_URL_LENGTH = 8192;
const SIGNED_METHOD = 'GET';
const PARAM = {
  expires: 'expires',
  filename: 'filename',
  contentType: 'content-type',
  signature: 'signature',
};

export function createUrlSigner(options: UrlSignerOptions): UrlSigner {
  const secret = typeof options.secret === 'string' ? Buffer.from(options.secret, 'utf8') : options.secret;
  if (secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  const maxExpiresIn = options.maxExpiresInSeconds ?? MAX_SIGNED_URL_EXPIRES_IN_SECONDS;
  assertValidExpiresIn(maxExpiresIn);
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const baseUrl = `${base.origin}${basePath}`;

  const computeSignature = (path: string, expires: string, filename: string, contentType: string) =>
    createHmac('sha256', secret)
      // A JSON array cannot be re-split differently, unlike fields joined by a separator that a
      // path or filename may itself contain.
      .update(JSON.stringify([SIGNED_METHOD, path, expires, filename, contentType]))
      .digest('hex');

  return {
    sign(path, { expiresInSeconds, filename, contentType, now = new Date() }) {
      assertSignablePath(path);
      assertValidExpiresIn(expiresInSeconds, maxExpiresIn);
      const expires = String(Math.floor(now.getTime() / 1000) + expiresInSeconds);
      const query = new URLSearchParams({ [PARAM.expires]: expires });
      if (filename) query.set(PARAM.filename, filename);
      if (contentType) query.set(PARAM.contentType, contentType);
      query.set(PARAM.signature, computeSignature(path, expires, filename ?? '', contentType ?? ''));
      return `${baseUrl}${encodePath(path)}?${query}`;
    },

    verify(urlOrPathWithQuery, { now = new Date() } = {}) {
      const url = parseUrl(urlOrPathWithQuery, base.origin);
      if (url === null) return { ok: false, reason: 'tampered' };
      const path = decodePath(stripBasePath(url, urlOrPathWithQuery, basePath));
      const expires = readSingleParam(url.searchParams, PARAM.expires);
      const signature = readSingleParam(url.searchParams, PARAM.signature);
      const filename = readSingleParam(url.searchParams, PARAM.filename);
      const contentType = readSingleParam(url.searchParams, PARAM.contentType);
      if (expires === undefined || signature === undefined) return { ok: false, reason: 'missing' };
      if (
        path === null ||
        expires === null ||
        signature === null ||
        filename === null ||
        contentType === null ||
        !/^\d{1,15}$/.test(expires) ||
        !/^[0-9a-f]{64}$/.test(signature)
      ) {
        return { ok: false, reason: 'tampered' };
      }
      const expected = computeSignature(path, expires, filename ?? '', contentType ?? '');
      if (!safeEqual(signature, expected)) return { ok: false, reason: 'tampered' };
      // Like S3, a link is good up to and including its expiry second.
      if (Math.floor(now.getTime() / 1000) > Number(expires)) return { ok: false, reason: 'expired' };
      return { ok: true, path, filename: filename || null, contentType: contentType || null };
    },
  };
}

// Browsers resolve dot segments before sending, so a path holding them could never verify.
function assertSignablePath(path: string): void {
  if (!path.startsWith('/') || path.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new TypeError(
      `cannot sign path ${JSON.stringify(path)}: it must start with / and have no dot segments`,
    );
  }
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

// Signatures cover the decoded path, so `%7E` and `~` (or any other spelling a proxy may choose)
// verify alike.
function decodePath(encodedPath: string): string | null {
  try {
    return decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
}

// A request path like `//evil.example/x` must stay a path, so it is appended to our origin
// rather than resolved against it.
function parseUrl(input: string, origin: string): URL | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(input.startsWith('/') ? `${origin}${input}` : input);
  } catch {
    return null;
  }
}

// Absolute URLs are the ones we handed out, prefix included; request paths have it stripped
// already by whatever mounted the handler.
function stripBasePath(url: URL, input: string, basePath: string): string {
  const isAbsolute = !input.startsWith('/');
  if (isAbsolute && basePath !== '' && url.pathname.startsWith(`${basePath}/`)) {
    return url.pathname.slice(basePath.length);
  }
  return url.pathname;
}

/** undefined when absent, null when repeated (a second value must not slip past the signature). */
function readSingleParam(params: URLSearchParams, name: string): string | null | undefined {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0]! : null;
}
