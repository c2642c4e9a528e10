// Download link tokens. A token is HMAC-SHA256(secret, grant id): 256 bits nobody can guess without the
// server's secret, never stored (only its SHA-256 is), and re-derivable so the success page, the customer
// portal and a resent email can show the same link again.
import { createHmac } from 'node:crypto';
import { hashToken } from '@shelf/signing';

export function deriveDownloadToken(grantId: string, secret: string): string {
  return createHmac('sha256', secret).update(`download-grant:${grantId}`).digest('base64url');
}

export function downloadTokenHash(grantId: string, secret: string): string {
  return hashToken(deriveDownloadToken(grantId, secret));
}

export function downloadPageUrl(apiPublicUrl: string, grantId: string, secret: string): string {
  return `${apiPublicUrl}/download/${deriveDownloadToken(grantId, secret)}`;
}
