import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createUrlSigner } from '@shelf/signing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.ts';
import type { StorageDriver } from './storage-driver.ts';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './storage-errors.ts';
import { readStream } from './testing/read-stream.ts';

const signer = createUrlSigner({
  secret: 'local-storage-test-secret-0123456789',
  baseUrl: 'https://shop.test',
});
let sandbox: string;
let rootDir: string;
let storage: StorageDriver;

beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'shelf-local-storage-'));
  rootDir = join(sandbox, 'files');
  storage = createLocalStorage({ rootDir, signer });
});

afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('createLocalStorage', () => {
  it('stores a buffer as a file under rootDir and reports its size and sha256', async () => {
    const bytes = randomBytes(10_000);
    expect(
      await storage.put('products/1/kit.fig', bytes, { contentType: 'application/octet-stream' }),
    ).toEqual({
      size: 10_000,
      sha256: sha256(bytes),
    });
    expect(sha256(await readFile(join(rootDir, 'products/1/kit.fig')))).toBe(sha256(bytes));
  });

  it('stores a plain Uint8Array', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    expect(await storage.put('bytes.bin', bytes, { contentType: 'application/octet-stream' })).toEqual({
      size: 4,
      sha256: sha256(bytes),
    });
    expect(new Uint8Array(await readFile(join(rootDir, 'bytes.bin')))).toEqual(bytes);
  });

  it('stores a stream, measuring what was written', async () => {
    const parts = [randomBytes(70_000), Buffer.from('middle'), randomBytes(3)];
    const result = await storage.put('stream.bin', Readable.from(parts), { contentType: 'application/zip' });
    const whole = Buffer.concat(parts);
    expect(result).toEqual({ size: whole.length, sha256: sha256(whole) });
    expect(sha256(await readStream(await storage.get('stream.bin')))).toBe(sha256(whole));
  });

  it('stores a stream of strings as UTF-8', async () => {
    const result = await storage.put('notes.txt', Readable.from(['héllo ', 'wörld']), {
      contentType: 'text/plain',
    });
    expect(result).toEqual({ size: 13, sha256: sha256(Buffer.from('héllo wörld')) });
  });

  it('returns a stream of the stored bytes', async () => {
    const bytes = randomBytes(200_000);
    await storage.put('a/b/c.bin', bytes, { contentType: 'application/octet-stream' });
    expect(sha256(await readStream(await storage.get('a/b/c.bin')))).toBe(sha256(bytes));
  });

  it('replaces an object on a second put', async () => {
    await storage.put('kit.fig', Buffer.from('first version'), { contentType: 'text/plain' });
    await storage.put('kit.fig', Buffer.from('second'), { contentType: 'text/plain' });
    expect((await readStream(await storage.get('kit.fig'))).toString()).toBe('second');
  });

  it('leaves nothing behind when the upload stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.put('broken.bin', failing, { contentType: 'text/plain' })).rejects.toThrow(
      'connection reset',
    );
    expect(await storage.exists('broken.bin')).toBe(false);
    expect(await readdir(join(rootDir, '.tmp'))).toEqual([]);
  });

  it('keeps the previous version when a replacing upload fails', async () => {
    await storage.put('kit.fig', Buffer.from('good'), { contentType: 'text/plain' });
    const failing = new Readable({
      read() {
        this.destroy(new Error('boom'));
      },
    });
    await expect(storage.put('kit.fig', failing, { contentType: 'text/plain' })).rejects.toThrow('boom');
    expect((await readStream(await storage.get('kit.fig'))).toString()).toBe('good');
  });

  it('tells whether an object exists, and a directory is not an object', async () => {
    await storage.put('products/1/kit.fig', Buffer.from('x'), { contentType: 'text/plain' });
    expect(await storage.exists('products/1/kit.fig')).toBe(true);
    expect(await storage.exists('products/1')).toBe(false);
    expect(await storage.exists('products/1/kit.fig/deeper')).toBe(false);
    expect(await storage.exists('nothing-here')).toBe(false);
  });

  it('rejects get for a missing object or a directory with StorageObjectNotFoundError', async () => {
    await storage.put('products/1/kit.fig', Buffer.from('x'), { contentType: 'text/plain' });
    for (const key of ['missing.bin', 'products/1', 'products/1/kit.fig/deeper']) {
      const error = await storage.get(key).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StorageObjectNotFoundError);
      expect(error).toMatchObject({ code: 'STORAGE_OBJECT_NOT_FOUND', key });
    }
  });

  it('deletes an object and its metadata, and deleting again is fine', async () => {
    await storage.put('products/1/kit.fig', Buffer.from('x'), { contentType: 'text/plain' });
    await storage.delete('products/1/kit.fig');
    expect(await storage.exists('products/1/kit.fig')).toBe(false);
    await expect(stat(join(rootDir, '.meta/products/1/kit.fig.json'))).rejects.toThrow();
    await expect(storage.delete('products/1/kit.fig')).resolves.toBeUndefined();
    await expect(storage.delete('never/was/here')).resolves.toBeUndefined();
  });

  it('refuses a content type that could break response headers', async () => {
    for (const contentType of ['', 'pdf', 'text/html\r\nSet-Cookie: a=b', 'text/plain; charset=ü']) {
      await expect(storage.put('x.txt', Buffer.from('x'), { contentType })).rejects.toThrow(TypeError);
    }
    await expect(
      storage.signedDownloadUrl('x.txt', { filename: 'x', expiresInSeconds: 60, contentType: 'nope' }),
    ).rejects.toThrow(TypeError);
  });

  it('refuses traversal and other invalid keys in every operation, touching nothing outside rootDir', async () => {
    const outside = join(sandbox, 'outside.txt');
    await writeFile(outside, 'secret');
    const keys = ['../outside.txt', 'a/../../outside.txt', `/${outside}`, '.meta/x', 'a//b', 'a b', ''];
    for (const key of keys) {
      await expect(storage.put(key, Buffer.from('pwned'), { contentType: 'text/plain' })).rejects.toThrow(
        InvalidStorageKeyError,
      );
      await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.signedDownloadUrl(key, { filename: 'x', expiresInSeconds: 60 })).rejects.toThrow(
        InvalidStorageKeyError,
      );
    }
    expect(await readFile(outside, 'utf8')).toBe('secret');
    expect(await readdir(sandbox)).toEqual(['outside.txt']);
  });

  it('signs URLs for the route prefix', async () => {
    const url = new URL(
      await storage.signedDownloadUrl('products/1/kit.fig', { filename: 'Kit.fig', expiresInSeconds: 60 }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.test/files/products/1/kit.fig');
    expect(signer.verify(url.toString())).toEqual({
      ok: true,
      path: '/files/products/1/kit.fig',
      filename: 'Kit.fig',
      contentType: null,
    });
    const custom = createLocalStorage({ rootDir, signer, routePrefix: '/downloads/files/' });
    const customUrl = await custom.signedDownloadUrl('k.bin', { filename: 'k', expiresInSeconds: 60 });
    expect(new URL(customUrl).pathname).toBe('/downloads/files/k.bin');
  });

  it('refuses a malformed route prefix', () => {
    expect(() => createLocalStorage({ rootDir, signer, routePrefix: 'files' })).toThrow(TypeError);
    expect(() => createLocalStorage({ rootDir, signer, routePrefix: '/fi les' })).toThrow(TypeError);
  });
});
