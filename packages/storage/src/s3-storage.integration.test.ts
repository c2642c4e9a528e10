import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { S3Client } from '@aws-sdk/client-s3';
import { contentDispositionAttachment, presignS3Get } from '@shelf/signing';
import { S3_STAND_IN_CREDENTIALS, type S3StandIn, startS3StandIn } from '@shelf/test-utils/s3-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage } from './s3-storage.ts';
import type { StorageDriver } from './storage-driver.ts';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './storage-errors.ts';
import { readStream } from './testing/read-stream.ts';

const bucket = 'shelf-test';
let s3rver: S3StandIn;
let spoolDir: string;
let storage: StorageDriver;

beforeAll(async () => {
  s3rver = await startS3StandIn([bucket]);
  spoolDir = await mkdtemp(join(tmpdir(), 'shelf-s3-spool-'));
  storage = createS3Storage({
    bucket,
    region: 'us-east-1',
    endpoint: s3rver.endpoint,
    forcePathStyle: true,
    credentials: S3_STAND_IN_CREDENTIALS,
    tmpDir: spoolDir,
  });
});

afterAll(async () => {
  await s3rver?.close();
  await rm(spoolDir, { recursive: true, force: true });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('createS3Storage against an S3-compatible server', () => {
  it('puts a buffer and gets the same bytes back', async () => {
    const bytes = randomBytes(64_000);
    expect(await storage.put('products/1/kit.fig', bytes, { contentType: 'application/x-figma' })).toEqual({
      size: bytes.length,
      sha256: sha256(bytes),
    });
    expect(sha256(await readStream(await storage.get('products/1/kit.fig')))).toBe(sha256(bytes));
  });

  it('puts a stream byte for byte, with no aws-chunked framing in the object', async () => {
    const parts = [Buffer.from('hello '), randomBytes(300_000), Buffer.from(' world')];
    const whole = Buffer.concat(parts);
    const result = await storage.put('products/1/stream.bin', Readable.from(parts), {
      contentType: 'text/plain',
    });
    expect(result).toEqual({ size: whole.length, sha256: sha256(whole) });
    const stored = await readStream(await storage.get('products/1/stream.bin'));
    expect(stored.length).toBe(whole.length);
    expect(sha256(stored)).toBe(sha256(whole));
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('cleans up the spool file when the upload stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(
      storage.put('products/1/broken.bin', failing, { contentType: 'text/plain' }),
    ).rejects.toThrow('client went away');
    expect(await readdir(spoolDir)).toEqual([]);
    expect(await storage.exists('products/1/broken.bin')).toBe(false);
  });

  it('tells whether an object exists and deletes it', async () => {
    await storage.put('products/2/temp.txt', Buffer.from('temporary'), { contentType: 'text/plain' });
    expect(await storage.exists('products/2/temp.txt')).toBe(true);
    expect(await storage.exists('products/2/never.txt')).toBe(false);
    await storage.delete('products/2/temp.txt');
    expect(await storage.exists('products/2/temp.txt')).toBe(false);
    await expect(storage.delete('products/2/temp.txt')).resolves.toBeUndefined();
  });

  it('rejects get for a missing object with StorageObjectNotFoundError', async () => {
    const error = await storage.get('products/404/missing.bin').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageObjectNotFoundError);
    expect(error).toMatchObject({ key: 'products/404/missing.bin' });
  });

  it('refuses invalid keys before talking to the server', async () => {
    for (const key of ['../escape', '/absolute', 'a//b', '.hidden']) {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        InvalidStorageKeyError,
      );
      await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.signedDownloadUrl(key, { filename: 'x', expiresInSeconds: 60 })).rejects.toThrow(
        InvalidStorageKeyError,
      );
    }
  });

  it('downloads through a presigned URL with the attachment name and stored content type', async () => {
    const bytes = randomBytes(20_000);
    await storage.put('products/3/preset.zip', bytes, { contentType: 'application/zip' });
    const url = await storage.signedDownloadUrl('products/3/preset.zip', {
      filename: 'Préréglages été.zip',
      expiresInSeconds: 120,
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      contentDispositionAttachment('Préréglages été.zip'),
    );
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('applies a content type override', async () => {
    await storage.put('products/3/notes.md', Buffer.from('# notes'), { contentType: 'text/markdown' });
    const url = await storage.signedDownloadUrl('products/3/notes.md', {
      filename: 'notes.md',
      expiresInSeconds: 120,
      contentType: 'application/octet-stream',
    });
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(await response.text()).toBe('# notes');
  });

  it('refuses a presigned URL signed in the past', async () => {
    await storage.put('products/4/old.txt', Buffer.from('old'), { contentType: 'text/plain' });
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: s3rver.endpoint,
      forcePathStyle: true,
      credentials: S3_STAND_IN_CREDENTIALS,
    });
    const url = await presignS3Get(client, {
      bucket,
      key: 'products/4/old.txt',
      filename: 'old.txt',
      expiresInSeconds: 60,
      now: new Date(Date.now() - 2 * 60_000),
    });
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request has expired');
    client.destroy();
  });

  it('refuses a one-second presigned URL two seconds later', async () => {
    await storage.put('products/4/brief.txt', Buffer.from('brief'), { contentType: 'text/plain' });
    // X-Amz-Date has whole seconds, so sign just after a second starts to get the full second.
    await sleep(1010 - (Date.now() % 1000));
    const url = await storage.signedDownloadUrl('products/4/brief.txt', {
      filename: 'brief.txt',
      expiresInSeconds: 1,
    });
    expect((await fetch(url)).status).toBe(200);
    await sleep(2100);
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request has expired');
  });
});
