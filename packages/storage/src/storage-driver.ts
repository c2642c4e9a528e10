// The contract every file store implements (local disk, S3 and compatibles), so the rest of the
// app never knows where a product file lives.
import type { Readable } from 'node:stream';

export type StorageBody = Buffer | Uint8Array | Readable;

export type PutObjectOptions = { contentType: string };

/** What was actually stored, measured while writing; sha256 is lower-case hex. */
export type PutObjectResult = { size: number; sha256: string };

export type SignedDownloadUrlOptions = {
  /** The name the browser saves the file under. */
  filename: string;
  expiresInSeconds: number;
  /** Overrides the content type given at upload. */
  contentType?: string;
};

/** A part of a multipart upload as the store acknowledged it. */
export type UploadedPart = { partNumber: number; etag: string };

/**
 * Uploads that go from the browser straight to the store (S3), bypassing the API: presigned PUTs, and
 * multipart uploads for files too big for one request. The local driver has none: its bytes come
 * through the API, which measures them while writing.
 */
export interface DirectUploads {
  presignPut(
    key: string,
    options: { contentType: string; size: number; expiresInSeconds: number },
  ): Promise<string>;
  /** Starts a multipart upload and returns the store's upload id. */
  startMultipart(key: string, options: { contentType: string }): Promise<string>;
  presignPart(key: string, uploadId: string, partNumber: number, expiresInSeconds: number): Promise<string>;
  completeMultipart(key: string, uploadId: string, parts: UploadedPart[]): Promise<void>;
  /** Succeeds when the upload is already gone. */
  abortMultipart(key: string, uploadId: string): Promise<void>;
  /** The stored object's size in bytes, or null when there is none. */
  size(key: string): Promise<number | null>;
}

export interface StorageDriver {
  put(key: string, body: StorageBody, options: PutObjectOptions): Promise<PutObjectResult>;
  /** Rejects with StorageObjectNotFoundError when there is no such object. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Succeeds when the object is already gone. */
  delete(key: string): Promise<void>;
  signedDownloadUrl(key: string, options: SignedDownloadUrlOptions): Promise<string>;
  /** Present when the store accepts uploads straight from browsers (S3). */
  directUploads?: DirectUploads;
}
