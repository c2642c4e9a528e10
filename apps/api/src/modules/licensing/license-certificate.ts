// The certificate an activation hands the creator's software: signed with the store's Ed25519 key
// (LICENSE_SIGNING_KEY, or the key generated into $DATA_DIR/secrets.json) so the app can check its license
// offline, and published at /.well-known/shelf-license-key. The format and its strict reading live in
// @shelf/licensing; this file decides what a Shelf license puts into it and for how long it vouches.
import { derivePublicKeyPem, signLicenseCertificate } from '@shelf/licensing';
import type { AppServices } from '../../app-services.ts';
import type { ServiceContext } from '../../context.ts';

/**
 * How long an app may trust a certificate without asking the store again. Long enough for a laptop that
 * is offline for weeks, short enough that a refund or revocation reaches every copy within a month.
 */
export const CERTIFICATE_REFRESH_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export type LicenseCertificateInput = {
  licenseId: string;
  licenseKey: string;
  productId: string;
  productSlug: string;
  instanceId: string;
  instanceName: string;
  expiresAt: Date | null;
  activationLimit: number | null;
};

export function issueLicenseCertificate(
  ctx: ServiceContext,
  input: LicenseCertificateInput,
  now: Date = new Date(),
): string {
  const refreshBy = new Date(now.getTime() + CERTIFICATE_REFRESH_DAYS * DAY_MS);
  const validUntil = input.expiresAt !== null && input.expiresAt < refreshBy ? input.expiresAt : refreshBy;
  return signLicenseCertificate(
    {
      licenseKey: input.licenseKey,
      licenseId: input.licenseId,
      productId: input.productId,
      instanceId: input.instanceId,
      instanceName: input.instanceName,
      issuedAt: now.toISOString(),
      expiresAt: input.expiresAt?.toISOString() ?? null,
      validUntil: validUntil.toISOString(),
      activationLimit: input.activationLimit,
      entitlements: [input.productSlug],
    },
    ctx.services.config.secrets.licenseSigningPrivateKey,
  );
}

/**
 * The PEM public key that verifies this store's certificates. With LICENSE_SIGNING_KEY given alone it is
 * derived from the private key (cheap, and the route that asks is cached by its clients for an hour).
 */
export function licensePublicKey(services: AppServices): string {
  const { licenseSigningPublicKey, licenseSigningPrivateKey } = services.config.secrets;
  return licenseSigningPublicKey ?? derivePublicKeyPem(licenseSigningPrivateKey);
}
