// License keys, their activations and their history. Owned by the API module of the same name.

export { License, type LicenseStatus, licenseStatuses } from './license.entity.ts';
export { LicenseActivation } from './license-activation.entity.ts';
export { LicenseEvent, type LicenseEventType, licenseEventTypes } from './license-event.entity.ts';
