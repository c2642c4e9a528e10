// Public surface of @shelf/storage: the StorageDriver contract, the local and S3 drivers, and the
// HTTP handler that serves the local driver's signed URLs.
export { createStorage, type StorageSettings, type UploadLimits } from './create-storage.ts';
export { createLocalStorage, type LocalStorageOptions } from './local-storage.ts';
export { createS3Storage, type S3StorageOptions } from './s3-storage.ts';
export {
  type LocalFileHandler,
  type LocalFileRequest,
  type ServeLocalFileOptions,
  serveLocalFile,
} from './serve-local-file.ts';
export type {
  DirectUploads,
  PutObjectOptions,
  PutObjectResult,
  SignedDownloadUrlOptions,
  StorageBody,
  StorageDriver,
  UploadedPart,
} from './storage-driver.ts';
export { InvalidStorageKeyError, StorageObjectNotFoundError } from './storage-errors.ts';
export { isValidStorageKey } from './storage-key.ts';
