import { describe, expect, it } from 'vitest';
import { createUrlSigner } from './url-signer.ts';

const secret = 'test-secret-with-enough-bytes-0123456789';
const signer = createUrlSigner({ secret, baseUrl: 'https://shop.example.com' });
const now = new Date('2026-05-01T10:00:00.400Z');
const nowSeconds = Math.floor(now.getTime() / 1000);

function signKit(options: { filename?: string; contentType?: string } = { filename: 'UI Kit.fig' }) {
  return signer.sign('/files/products/42/kit.fig', { expiresInSeconds: 300, now, ...options });
}

/** Rewrites one query parameter of a URL, keeping everything else as it was. */
function withParam(url: string, name: string, value: string | null): string {
  const parsed = new URL(url);
  if (value === null) parsed.searchParams.delete(name);
  else parsed.searchParams.set(name, value);
  return parsed.toString();
}

function pathWithQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describe('createUrlSigner().sign', () => {
  it('returns an absolute URL carrying the expiry, the filename and an HMAC-SHA256 signature', () => {
    const url = new URL(signKit());
    expect(url.origin).toBe('https://shop.example.com');
    expect(url.pathname).toBe('/files/products/42/kit.fig');
    expect([...url.searchParams.keys()]).toEqual(['expires', 'filename', 'signature']);
    expect(url.searchParams.get('expires')).toBe(String(nowSeconds + 300));
    expect(url.searchParams.get('filename')).toBe('UI Kit.fig');
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('percent-encodes the path', () => {
    const url = signer.sign('/files/my file/ü?#.txt', { expiresInSeconds: 60, now });
    expect(new URL(url).pathname).toBe('/files/my%20file/%C3%BC%3F%23.txt');
  });

  it('is deterministic for the same input and differs by secret', () => {
    const other = createUrlSigner({ secret: `${secret}!`, baseUrl: 'https://shop.example.com' });
    expect(signKit()).toBe(signKit());
    expect(
      other.sign('/files/products/42/kit.fig', { expiresInSeconds: 300, now, filename: 'UI Kit.fig' }),
    ).not.toBe(signKit());
  });

  it.each([0, -1, 1.5, 7 * 24 * 3600 + 1, Number.POSITIVE_INFINITY])(
    'refuses an expiry of %s seconds',
    (seconds) => {
      expect(() => signer.sign('/files/a', { expiresInSeconds: seconds })).toThrow(RangeError);
    },
  );

  it('accepts exactly seven days, like S3', () => {
    expect(() => signer.sign('/files/a', { expiresInSeconds: 7 * 24 * 3600 })).not.toThrow();
  });

  it('honours a lower maximum', () => {
    const strict = createUrlSigner({ secret, baseUrl: 'https://shop.example.com', maxExpiresInSeconds: 60 });
    expect(() => strict.sign('/files/a', { expiresInSeconds: 61 })).toThrow(RangeError);
    expect(() => strict.sign('/files/a', { expiresInSeconds: 60 })).not.toThrow();
  });

  it.each(['files/a', '', '/files/../secret', '/files/./a', '/files/a/..'])(
    'refuses to sign the path %j',
    (path) => {
      expect(() => signer.sign(path, { expiresInSeconds: 60 })).toThrow(TypeError);
    },
  );
});

describe('createUrlSigner', () => {
  it('refuses a short secret, a bad base URL and a maximum above seven days', () => {
    expect(() => createUrlSigner({ secret: 'short', baseUrl: 'https://x.test' })).toThrow(RangeError);
    expect(() => createUrlSigner({ secret: new Uint8Array(8), baseUrl: 'https://x.test' })).toThrow(
      RangeError,
    );
    expect(() => createUrlSigner({ secret, baseUrl: 'not a url' })).toThrow();
    expect(() => createUrlSigner({ secret, baseUrl: 'https://x.test', maxExpiresInSeconds: 604801 })).toThrow(
      RangeError,
    );
  });
});

describe('createUrlSigner().verify', () => {
  it('accepts the signed URL, absolute or as a request path', () => {
    const url = signKit();
    const expected = {
      ok: true,
      path: '/files/products/42/kit.fig',
      filename: 'UI Kit.fig',
      contentType: null,
    };
    expect(signer.verify(url, { now })).toEqual(expected);
    expect(signer.verify(pathWithQuery(url), { now })).toEqual(expected);
  });

  it('round-trips unusual paths, filenames and content types', () => {
    const url = signer.sign('/files/dossier/été 100%/naïve ~ file.pdf', {
      expiresInSeconds: 60,
      now,
      filename: 'Résumé "final" & co.pdf',
      contentType: 'application/pdf; charset=binary',
    });
    expect(signer.verify(pathWithQuery(url), { now })).toEqual({
      ok: true,
      path: '/files/dossier/été 100%/naïve ~ file.pdf',
      filename: 'Résumé "final" & co.pdf',
      contentType: 'application/pdf; charset=binary',
    });
  });

  it('accepts another percent-encoding of the same path', () => {
    const url = pathWithQuery(signer.sign('/files/a~b', { expiresInSeconds: 60, now }));
    expect(signer.verify(url.replace('a~b', 'a%7Eb'), { now }).ok).toBe(true);
    expect(signer.verify(url.replace('a~b', '%61%7e%62'), { now }).ok).toBe(true);
  });

  it('reports a missing filename as null', () => {
    expect(signer.verify(signKit({}), { now })).toMatchObject({
      ok: true,
      filename: null,
      contentType: null,
    });
  });

  it('keeps a request path starting with // a path', () => {
    const url = signer.sign('//evil.example/files/a', { expiresInSeconds: 60, now });
    expect(signer.verify(pathWithQuery(url), { now })).toMatchObject({
      ok: true,
      path: '//evil.example/files/a',
    });
  });

  it.each([
    ['path', (url: string) => url.replace('/42/', '/43/')],
    ['path, one character longer', (url: string) => url.replace('kit.fig', 'kit.figs')],
    ['expiry', (url: string) => withParam(url, 'expires', String(nowSeconds + 301))],
    ['expiry, with a leading zero', (url: string) => withParam(url, 'expires', `0${nowSeconds + 300}`)],
    ['filename', (url: string) => withParam(url, 'filename', 'UI Kit.exe')],
    ['filename, removed', (url: string) => withParam(url, 'filename', null)],
    ['content type, added', (url: string) => withParam(url, 'content-type', 'text/html')],
    [
      'signature, one character',
      (url: string) => url.replace(/signature=(.)/, (_m, c) => `signature=${c === 'a' ? 'b' : 'a'}`),
    ],
    [
      'signature, in upper case',
      (url: string) => url.replace(/signature=([0-9a-f]+)/, (_m, s) => `signature=${s.toUpperCase()}`),
    ],
    ['signature, truncated', (url: string) => url.slice(0, -1)],
    ['filename, repeated', (url: string) => `${url}&filename=other.exe`],
    ['expiry, repeated', (url: string) => `${url}&expires=${nowSeconds + 99999}`],
    ['expiry, not a number', (url: string) => withParam(url, 'expires', 'soon')],
    ['expiry, huge', (url: string) => withParam(url, 'expires', '9'.repeat(30))],
  ])('rejects a tampered %s', (_label, tamper) => {
    expect(signer.verify(tamper(signKit()), { now })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('rejects a URL signed with another secret', () => {
    const other = createUrlSigner({ secret: `${secret}!`, baseUrl: 'https://shop.example.com' });
    const url = other.sign('/files/products/42/kit.fig', {
      expiresInSeconds: 300,
      now,
      filename: 'UI Kit.fig',
    });
    expect(signer.verify(url, { now })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('reports a missing expiry or signature as missing', () => {
    expect(signer.verify(withParam(signKit(), 'signature', null), { now })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(signer.verify(withParam(signKit(), 'expires', null), { now })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(signer.verify('/files/products/42/kit.fig', { now })).toEqual({ ok: false, reason: 'missing' });
  });

  it('is valid through the expiry second and expired after it', () => {
    const url = signKit();
    const at = (seconds: number) => new Date((nowSeconds + seconds) * 1000);
    expect(signer.verify(url, { now: at(300) }).ok).toBe(true);
    expect(signer.verify(url, { now: new Date(at(301).getTime() - 1) }).ok).toBe(true);
    expect(signer.verify(url, { now: at(301) })).toEqual({ ok: false, reason: 'expired' });
  });

  it('checks the signature before the expiry', () => {
    const tampered = withParam(signKit(), 'filename', 'other.bin');
    expect(signer.verify(tampered, { now: new Date('2030-01-01T00:00:00Z') })).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('uses the current time by default', () => {
    expect(signer.verify(signKit())).toEqual({ ok: false, reason: 'expired' });
    expect(signer.verify(signer.sign('/files/a', { expiresInSeconds: 60 })).ok).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['not a URL', 'not a url'],
    ['broken percent-encoding', `/files/%E0%A4%A?expires=1&signature=${'a'.repeat(64)}`],
    ['a huge URL', `/files/${'a'.repeat(10_000)}?expires=1&signature=${'a'.repeat(64)}`],
  ])('rejects %s as tampered without throwing', (_label, input) => {
    expect(signer.verify(input, { now })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('rejects non-string input without throwing', () => {
    expect(signer.verify(undefined as unknown as string)).toEqual({ ok: false, reason: 'tampered' });
  });
});

describe('a base URL with a path prefix', () => {
  const prefixed = createUrlSigner({ secret, baseUrl: 'https://shop.example.com/api/' });

  it('puts the prefix in the URL but signs the path the handler sees', () => {
    const url = prefixed.sign('/files/a.zip', { expiresInSeconds: 60, now });
    expect(url.startsWith('https://shop.example.com/api/files/a.zip?')).toBe(true);
    expect(prefixed.verify(url, { now })).toMatchObject({ ok: true, path: '/files/a.zip' });
    expect(prefixed.verify(pathWithQuery(url).replace('/api', ''), { now })).toMatchObject({
      ok: true,
      path: '/files/a.zip',
    });
  });
});
