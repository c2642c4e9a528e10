// Public surface of @shelf/licensing: license key format and signed offline licenses.
export { generateLicenseKey, isWellFormedLicenseKey, normaliseLicenseKey } from './license-key.ts';
export { isOfflineLicenseExpired, signOfflineLicense, verifyOfflineLicense } from './offline-license.ts';
export type { OfflineLicensePayload } from './offline-license-payload.ts';
export { generateSigningKeyPair, type SigningKeyPair } from './signing-key-pair.ts';
