// What a license certificate asserts, and the strict reading of it: a certificate is only as trustworthy
// as the checks on what it decodes to, so an unknown field or a wrong type makes the whole payload
// invalid. There is deliberately no customer email or name in it: certificates get copied around.
import { isWellFormedLicenseKey } from './license-key.ts';

export type LicenseCertificatePayload = {
  licenseKey: string;
  licenseId: string;
  productId: string;
  /** The activation this certificate was issued to: one machine or installation. */
  instanceId: string;
  instanceName: string;
  /** ISO 8601 UTC instants. */
  issuedAt: string;
  /** When the license itself ends; null for a license that never expires. */
  expiresAt: string | null;
  /** Until when the app may trust this certificate offline; after it, re-validate online. Never after expiresAt. */
  validUntil: string;
  /** Null means unlimited. */
  activationLimit: number | null;
  /** What the license unlocks: the product's slug, and room for feature names later. */
  entitlements: string[];
};

export const CERTIFICATE_VERSION = 1;

/** The field order of the signed JSON: the version first, then the payload. */
export const CERTIFICATE_FIELDS = [
  'v',
  'licenseKey',
  'licenseId',
  'productId',
  'instanceId',
  'instanceName',
  'issuedAt',
  'expiresAt',
  'validUntil',
  'activationLimit',
  'entitlements',
] as const;

const ISO_UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const MAX_ID_LENGTH = 200;
const MAX_NAME_LENGTH = 320;
const MAX_ENTITLEMENTS = 64;

/** Returns a fresh payload holding only the known fields, or null if anything is off. */
export function parseLicenseCertificatePayload(value: unknown): LicenseCertificatePayload | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const known: readonly string[] = CERTIFICATE_FIELDS;
  if (keys.length !== known.length || !keys.every((key) => known.includes(key))) return null;
  if (record.v !== CERTIFICATE_VERSION) return null;
  const payload = toPayload(record);
  return payload && describePayloadProblem(payload) === null ? payload : null;
}

/** Explains what is wrong with a payload about to be signed, or null when it is fine. */
export function describePayloadProblem(payload: LicenseCertificatePayload): string | null {
  if (typeof payload.licenseKey !== 'string' || !isWellFormedLicenseKey(payload.licenseKey)) {
    return 'licenseKey must be a canonical license key';
  }
  if (!isShortText(payload.licenseId, MAX_ID_LENGTH)) return 'licenseId must be a non-empty string';
  if (!isShortText(payload.productId, MAX_ID_LENGTH)) return 'productId must be a non-empty string';
  if (!isShortText(payload.instanceId, MAX_ID_LENGTH)) return 'instanceId must be a non-empty string';
  if (!isShortText(payload.instanceName, MAX_NAME_LENGTH)) return 'instanceName must be a non-empty string';
  if (!isIsoUtcInstant(payload.issuedAt)) return 'issuedAt must be an ISO 8601 UTC instant';
  if (payload.expiresAt !== null && !isIsoUtcInstant(payload.expiresAt)) {
    return 'expiresAt must be an ISO 8601 UTC instant or null';
  }
  if (!isIsoUtcInstant(payload.validUntil)) return 'validUntil must be an ISO 8601 UTC instant';
  if (payload.expiresAt !== null && Date.parse(payload.validUntil) > Date.parse(payload.expiresAt)) {
    return 'validUntil must not be after expiresAt';
  }
  if (
    payload.activationLimit !== null &&
    (!Number.isSafeInteger(payload.activationLimit) || payload.activationLimit < 0)
  ) {
    return 'activationLimit must be a non-negative integer or null';
  }
  if (!isEntitlementList(payload.entitlements)) {
    return `entitlements must be at most ${MAX_ENTITLEMENTS} distinct non-empty strings`;
  }
  return null;
}

function toPayload(record: Record<string, unknown>): LicenseCertificatePayload | null {
  const { licenseKey, licenseId, productId, instanceId, instanceName } = record;
  const { issuedAt, expiresAt, validUntil, activationLimit, entitlements } = record;
  if (
    typeof licenseKey !== 'string' ||
    typeof licenseId !== 'string' ||
    typeof productId !== 'string' ||
    typeof instanceId !== 'string' ||
    typeof instanceName !== 'string' ||
    typeof issuedAt !== 'string' ||
    (typeof expiresAt !== 'string' && expiresAt !== null) ||
    typeof validUntil !== 'string' ||
    (typeof activationLimit !== 'number' && activationLimit !== null) ||
    !isEntitlementList(entitlements)
  ) {
    return null;
  }
  return {
    licenseKey,
    licenseId,
    productId,
    instanceId,
    instanceName,
    issuedAt,
    expiresAt,
    validUntil,
    activationLimit,
    entitlements: [...entitlements],
  };
}

function isEntitlementList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_ENTITLEMENTS &&
    value.every((entry) => isShortText(entry, MAX_ID_LENGTH)) &&
    new Set(value).size === value.length
  );
}

function isShortText(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

// The round trip rejects dates the regex allows but the calendar does not (2025-02-30).
function isIsoUtcInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_UTC_INSTANT.test(value)) return false;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  const canonical = date.toISOString();
  return value.length === canonical.length ? value === canonical : `${value.slice(0, -1)}.000Z` === canonical;
}
