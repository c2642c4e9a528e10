import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDispositionAttachment, createUrlSigner, type UrlSigner } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.ts';
import { serveLocalFile } from './serve-local-file.ts';
import type { StorageDriver } from './storage-driver.ts';
import { requestRaw } from './testing/request-raw.ts';

const KIT_BYTES = randomBytes(150_000);
const secret = 'serve-local-file-test-secret-0123456789';

let sandbox: string;
let server: Server;
let origin: string;
let signer: UrlSigner;
let storage: StorageDriver;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'shelf-serve-local-'));
  const rootDir = join(sandbox, 'files');
  let handle: ReturnType<typeof serveLocalFile> | undefined;
  server = createServer((req, res) => void handle?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  signer = createUrlSigner({ secret, baseUrl: origin });
  storage = createLocalStorage({ rootDir, signer });
  handle = serveLocalFile({ rootDir, signer });
  await storage.put('products/1/kit.fig', KIT_BYTES, { contentType: 'application/x-figma' });
  await storage.put('products/2/other.pdf', Buffer.from('%PDF other'), { contentType: 'application/pdf' });
  await writeFile(join(sandbox, 'outside.txt'), 'must never be served');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(sandbox, { recursive: true, force: true });
});

function kitUrl(options: { filename?: string; contentType?: string } = {}): Promise<string> {
  return storage.signedDownloadUrl('products/1/kit.fig', {
    filename: 'UI Kit (2026).fig',
    expiresInSeconds: 120,
    ...options,
  });
}

function editUrl(url: string, edit: (url: URL) => void): string {
  const parsed = new URL(url);
  edit(parsed);
  return parsed.toString();
}

describe('serveLocalFile over HTTP', () => {
  it('serves the exact bytes with the download headers', async () => {
    const response = await fetch(await kitUrl());
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(KIT_BYTES)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/x-figma');
    expect(response.headers.get('content-length')).toBe(String(KIT_BYTES.length));
    expect(response.headers.get('content-disposition')).toBe(
      contentDispositionAttachment('UI Kit (2026).fig'),
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('names the download with a non-ASCII filename', async () => {
    const response = await fetch(await kitUrl({ filename: 'Дизайн-кит é.fig' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      contentDispositionAttachment('Дизайн-кит é.fig'),
    );
    await response.arrayBuffer();
  });

  it('serves the content type override from the URL', async () => {
    const response = await fetch(await kitUrl({ contentType: 'application/zip' }));
    expect(response.headers.get('content-type')).toBe('application/zip');
    await response.arrayBuffer();
  });

  it('falls back to the key name when the URL names no file', async () => {
    const url = signer.sign('/files/products/2/other.pdf', { expiresInSeconds: 60 });
    const response = await fetch(url);
    expect(response.headers.get('content-disposition')).toBe(contentDispositionAttachment('other.pdf'));
    expect(await response.text()).toBe('%PDF other');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(await kitUrl(), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(KIT_BYTES.length));
    expect(await response.text()).toBe('');
  });

  it.each([
    ['path, pointing at another file', (url: URL) => (url.pathname = '/files/products/2/other.pdf')],
    [
      'expiry',
      (url: URL) => url.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600)),
    ],
    ['filename', (url: URL) => url.searchParams.set('filename', 'UI Kit.exe')],
    ['content type, added', (url: URL) => url.searchParams.set('content-type', 'text/html')],
    ['signature', (url: URL) => url.searchParams.set('signature', 'f'.repeat(64))],
    ['signature, removed', (url: URL) => url.searchParams.delete('signature')],
    ['expiry, removed', (url: URL) => url.searchParams.delete('expires')],
  ])('refuses a tampered %s with 403', async (_label, edit) => {
    const response = await fetch(editUrl(await kitUrl(), edit));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('This download link is not valid');
  });

  it('refuses an expired link with 410', async () => {
    const url = signer.sign('/files/products/1/kit.fig', {
      expiresInSeconds: 60,
      filename: 'kit.fig',
      now: new Date(Date.now() - 61_000 - 1000),
    });
    const response = await fetch(url);
    expect(response.status).toBe(410);
    expect(await response.text()).toBe('This download link has expired');
  });

  it('answers 404 for a genuine link to a file that is gone', async () => {
    await storage.put('products/3/temp.bin', Buffer.from('soon gone'), { contentType: 'text/plain' });
    const url = await storage.signedDownloadUrl('products/3/temp.bin', {
      filename: 'temp.bin',
      expiresInSeconds: 60,
    });
    await storage.delete('products/3/temp.bin');
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('File not found');
  });

  it.each([
    ['a directory', '/files/products/1'],
    ['the metadata of a file', '/files/.meta/products/1/kit.fig.json'],
    ['a path outside the route prefix', '/elsewhere/products/1/kit.fig'],
    ['the route prefix itself', '/files'],
    ['a key with a space', '/files/products/1/kit fig'],
  ])('answers 404 for a genuinely signed link to %s', async (_label, path) => {
    const response = await fetch(signer.sign(path, { expiresInSeconds: 60 }));
    expect(response.status).toBe(404);
    await response.arrayBuffer();
  });

  it.each([
    '/files/../outside.txt',
    '/files/%2e%2e/outside.txt',
    '/files/..%2foutside.txt',
    '/files/products/1/../../../outside.txt',
  ])('never serves a file outside rootDir: %s', async (path) => {
    for (const signedPath of ['/outside.txt', '/files/outside.txt']) {
      const query = new URL(signer.sign(signedPath, { expiresInSeconds: 60 })).search;
      const response = await requestRaw(origin, `${path}${query}`);
      expect([403, 404]).toContain(response.status);
      expect(response.body.toString()).not.toContain('must never be served');
    }
  });

  it('checks the key itself, even if a signature over a traversal path were accepted', async () => {
    // A signer that accepts everything leaves the key check as the only guard.
    const trusting: UrlSigner = {
      sign: () => '',
      verify: (url) => ({
        ok: true,
        path: decodeURIComponent(url.split('?')[0]!),
        filename: null,
        contentType: null,
      }),
    };
    const handle = serveLocalFile({ rootDir: join(sandbox, 'files'), signer: trusting });
    const exposed = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => exposed.listen(0, '127.0.0.1', resolve));
    try {
      const exposedOrigin = `http://127.0.0.1:${(exposed.address() as AddressInfo).port}`;
      expect((await requestRaw(exposedOrigin, '/files/products/2/other.pdf')).status).toBe(200);
      for (const path of [
        '/files/..%2foutside.txt',
        '/files/products%2f..%2f..%2f..%2foutside.txt',
        '/files/.meta/products/1/kit.fig.json',
      ]) {
        const response = await requestRaw(exposedOrigin, path);
        expect(response.status).toBe(404);
        expect(response.body.toString()).not.toContain('must never be served');
      }
    } finally {
      await new Promise((resolve) => exposed.close(resolve));
    }
  });

  it('refuses other methods with 405', async () => {
    const response = await fetch(await kitUrl(), { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await response.arrayBuffer();
  });

  it.each([
    '/',
    '/files/',
    '/files/%',
    '/files/%E0%A4%A',
    '/files/products/1/kit.fig?expires=soon&signature=xyz',
    `/files/products/1/kit.fig?expires=1&signature=${'a'.repeat(64)}`,
    `/files/products/1/kit.fig?expires=${'9'.repeat(40)}&signature=${'a'.repeat(64)}`,
    '/files/products/1/kit.fig?expires=1&expires=2&signature=a&signature=b',
    `/files/${'a/'.repeat(3000)}x?expires=1&signature=${'a'.repeat(64)}`,
    '//evil.example/files/products/1/kit.fig',
    '/files/products/1/kit.fig?%zz=1',
  ])('answers bad input with a 4xx, never a 5xx: %s', async (path) => {
    const response = await requestRaw(origin, path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('verifies the full path when Express has stripped the mount path from req.url', async () => {
    const handle = serveLocalFile({ rootDir: join(sandbox, 'files'), signer });
    const mounted = createServer((req, res) => {
      const originalUrl = req.url ?? '';
      void handle({ method: req.method, originalUrl, url: originalUrl.replace(/^\/files/, '') }, res);
    });
    await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
    try {
      const mountedOrigin = `http://127.0.0.1:${(mounted.address() as AddressInfo).port}`;
      const url = new URL(await kitUrl());
      const response = await fetch(`${mountedOrigin}${url.pathname}${url.search}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(KIT_BYTES)).toBe(true);
    } finally {
      await new Promise((resolve) => mounted.close(resolve));
    }
  });
});
