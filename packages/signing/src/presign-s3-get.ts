// Presigned S3 (or MinIO, R2) download URLs that make the browser save the file under its real
// name, using the same Content-Disposition as the local driver.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { contentDispositionAttachment } from './content-disposition.ts';
import { assertValidExpiresIn } from './signed-url-expiry.ts';

export type PresignS3GetOptions = {
  bucket: string;
  key: string;
  expiresInSeconds: number;
  filename: string;
  contentType?: string;
  /** Signing time; defaults to now. */
  now?: Date;
};

export async function presignS3Get(client: S3Client, options: PresignS3GetOptions): Promise<string> {
  const { bucket, key, expiresInSeconds, filename, contentType, now } = options;
  assertValidExpiresIn(expiresInSeconds);
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: key,
    ResponseContentDisposition: contentDispositionAttachment(filename),
    ResponseContentType: contentType,
  });
  return getSignedUrl(client, command, { expiresIn: expiresInSeconds, signingDate: now });
}
