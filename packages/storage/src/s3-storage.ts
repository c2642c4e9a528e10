// The production file store: S3 or any S3-compatible service (MinIO, R2), downloaded through
// presigned URLs that name the file the way the local driver does.
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { presignS3Get } from '@shelf/signing';
import { assertValidContentType } from './content-type.ts';
import { withSpooledFile } from './spool-to-temp-file.ts';
import type { DirectUploads, StorageDriver } from './storage-driver.ts';
import { StorageObjectNotFoundError } from './storage-errors.ts';
import { assertValidStorageKey } from './storage-key.ts';
import { digestBytes } from './write-body.ts';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** For S3-compatible services, e.g. `http://localhost:9000` for MinIO. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Omit to use the AWS SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Where streamed uploads are spooled before sending; defaults to the OS temp directory. */
  tmpDir?: string;
};

export function createS3Storage(options: S3StorageOptions): StorageDriver {
  const { bucket, region, endpoint, forcePathStyle, credentials, tmpDir = tmpdir() } = options;
  const client = new S3Client({
    region,
    endpoint,
    forcePathStyle,
    credentials,
    // Since 2025 the SDK adds a CRC32 to every upload, sending streams as aws-chunked with a
    // trailing checksum. Several S3-compatible servers store that framing as the object's bytes
    // instead of decoding it, and we compute our own sha256 anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });

  return {
    async put(key, body, { contentType }) {
      assertValidStorageKey(key);
      assertValidContentType(contentType);
      const send = (payload: Uint8Array | Readable, size: number) =>
        client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: payload,
            ContentType: contentType,
            ContentLength: size,
          }),
        );
      if (body instanceof Uint8Array) {
        const written = digestBytes(body);
        await send(body, written.size);
        return written;
      }
      return withSpooledFile(body, tmpDir, async (filePath, written) => {
        await send(createReadStream(filePath), written.size);
        return written;
      });
    },

    async get(key) {
      assertValidStorageKey(key);
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!(Body instanceof Readable)) throw new TypeError('expected a Node.js stream from GetObject');
        return Body;
      } catch (error) {
        if (isNotFound(error)) throw new StorageObjectNotFoundError(key);
        throw error;
      }
    },

    async exists(key) {
      assertValidStorageKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },

    async delete(key) {
      assertValidStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async signedDownloadUrl(key, { filename, expiresInSeconds, contentType }) {
      assertValidStorageKey(key);
      if (contentType !== undefined) assertValidContentType(contentType);
      return presignS3Get(client, { bucket, key, expiresInSeconds, filename, contentType });
    },

    directUploads: createDirectUploads(client, bucket),
  };
}

// The browser sends the bytes; these only sign its requests and close the upload. The signed PUT names
// the content type and length, so the store refuses a body that differs from what was declared.
function createDirectUploads(client: S3Client, bucket: string): DirectUploads {
  return {
    async presignPut(key, { contentType, size, expiresInSeconds }) {
      assertValidStorageKey(key);
      assertValidContentType(contentType);
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },

    async startMultipart(key, { contentType }) {
      assertValidStorageKey(key);
      assertValidContentType(contentType);
      const { UploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }),
      );
      if (!UploadId) throw new Error('the store started a multipart upload without an id');
      return UploadId;
    },

    async presignPart(key, uploadId, partNumber, expiresInSeconds) {
      assertValidStorageKey(key);
      const command = new UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber: partNumber,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },

    async completeMultipart(key, uploadId, parts) {
      assertValidStorageKey(key);
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: {
            Parts: [...parts]
              .sort((a, b) => a.partNumber - b.partNumber)
              .map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })),
          },
        }),
      );
    },

    async abortMultipart(key, uploadId) {
      assertValidStorageKey(key);
      try {
        await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
      } catch (error) {
        if (!isNotFound(error) && (error as { name?: string }).name !== 'NoSuchUpload') throw error;
      }
    },

    async size(key) {
      assertValidStorageKey(key);
      try {
        const { ContentLength } = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return ContentLength ?? null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}

// GetObject reports NoSuchKey, HeadObject (no body to carry a code) a bare 404 named NotFound.
function isNotFound(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}
