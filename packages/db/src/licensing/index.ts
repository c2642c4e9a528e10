// License keys and their activations. Owned by the API module of the same name.

export { License, type LicenseStatus, licenseStatuses } from './license.entity.ts';
export { LicenseActivation } from './license-activation.entity.ts';
