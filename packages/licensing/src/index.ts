// Public surface of @shelf/licensing: the license key format.
export { generateLicenseKey, isWellFormedLicenseKey, normaliseLicenseKey } from './license-key.ts';
