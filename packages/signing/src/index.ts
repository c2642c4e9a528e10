// Public surface of @shelf/signing: tokens, constant-time comparison, signed URLs (local and S3),
// password hashing and sealed (encrypted) secrets.
export { contentDispositionAttachment } from './content-disposition.ts';
export {
  DEFAULT_SCRYPT_COST,
  hashPassword,
  needsRehash,
  type ScryptCost,
  verifyPassword,
} from './password-hash.ts';
export { type PresignS3GetOptions, presignS3Get } from './presign-s3-get.ts';
export { generateToken, hashToken } from './random-token.ts';
export { safeEqual } from './safe-equal.ts';
export { openSecret, sealSecret } from './secret-box.ts';
export { MAX_SIGNED_URL_EXPIRES_IN_SECONDS } from './signed-url-expiry.ts';
export {
  createUrlSigner,
  type RejectedUrl,
  type SignUrlOptions,
  type UrlSigner,
  type UrlSignerOptions,
  type VerifiedUrl,
} from './url-signer.ts';
