import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { contentDispositionAttachment } from './content-disposition.ts';
import { presignS3Get } from './presign-s3-get.ts';

// Presigning is pure computation, so no server is needed here; the storage package downloads
// through presigned URLs against a real S3-compatible server.
const client = new S3Client({
  region: 'eu-west-1',
  endpoint: 'http://127.0.0.1:9',
  forcePathStyle: true,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' },
});
const now = new Date('2026-01-02T03:04:05.000Z');
const base = {
  bucket: 'shelf',
  key: 'products/1/kit.fig',
  expiresInSeconds: 300,
  filename: 'Café kit.fig',
  now,
};

describe('presignS3Get', () => {
  it('signs a GET for the object with the attachment disposition and content type', async () => {
    const url = new URL(await presignS3Get(client, { ...base, contentType: 'application/x-figma' }));
    expect(url.origin).toBe('http://127.0.0.1:9');
    expect(url.pathname).toBe('/shelf/products/1/kit.fig');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      contentDispositionAttachment('Café kit.fig'),
    );
    expect(url.searchParams.get('response-content-type')).toBe('application/x-figma');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260102T030405Z');
    expect(url.searchParams.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20260102/eu-west-1/s3/aws4_request');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves the stored content type alone when none is given', async () => {
    const url = new URL(await presignS3Get(client, base));
    expect(url.searchParams.has('response-content-type')).toBe(false);
  });

  it('covers the filename with the signature', async () => {
    const signatureFor = async (filename: string) =>
      new URL(await presignS3Get(client, { ...base, filename })).searchParams.get('X-Amz-Signature');
    expect(await signatureFor('a.fig')).toBe(await signatureFor('a.fig'));
    expect(await signatureFor('a.fig')).not.toBe(await signatureFor('b.fig'));
  });

  it('accepts up to seven days and nothing outside 1..604800 seconds', async () => {
    await expect(presignS3Get(client, { ...base, expiresInSeconds: 604800 })).resolves.toContain(
      'X-Amz-Expires=604800',
    );
    for (const expiresInSeconds of [0, -5, 1.5, 604801]) {
      await expect(presignS3Get(client, { ...base, expiresInSeconds })).rejects.toThrow(RangeError);
    }
  });
});
