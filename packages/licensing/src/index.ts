// Public surface of @shelf/licensing: the license key format and signed license certificates.
export {
  type LicenseCertificateVerification,
  signLicenseCertificate,
  verifyLicenseCertificate,
} from './license-certificate.ts';
export type { LicenseCertificatePayload } from './license-certificate-payload.ts';
export { generateLicenseKey, isWellFormedLicenseKey, normaliseLicenseKey } from './license-key.ts';
export { derivePublicKeyPem, generateSigningKeyPair, type SigningKeyPair } from './signing-key-pair.ts';
