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

export interface StorageDriver {
  put(key: string, body: StorageBody, options: PutObjectOptions): Promise<PutObjectResult>;
  /** Rejects with StorageObjectNotFoundError when there is no such object. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Succeeds when the object is already gone. */
  delete(key: string): Promise<void>;
  signedDownloadUrl(key: string, options: SignedDownloadUrlOptions): Promise<string>;
}
