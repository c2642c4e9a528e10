// The lifetime rule shared by our signed URLs and S3 presigned ones: S3 refuses anything longer
// than seven days, and the local driver follows suit so switching drivers changes nothing.

export const MAX_SIGNED_URL_EXPIRES_IN_SECONDS = 7 * 24 * 60 * 60;

export function assertValidExpiresIn(seconds: number, max = MAX_SIGNED_URL_EXPIRES_IN_SECONDS): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw new RangeError(`expiresInSeconds must be an integer from 1 to ${max}, got ${seconds}`);
  }
}
