// What an offline license asserts, and the strict reading of it: a token is only as trustworthy as
// the checks on what it decodes to, so anything unexpected makes the whole payload invalid.
import { isWellFormedLicenseKey } from './license-key.ts';

export type OfflineLicensePayload = {
  key: string;
  productId: string;
  customerEmail: string;
  /** ISO 8601 UTC instant, or null for a license that never expires. */
  expiresAt: string | null;
  issuedAt: string;
  activationLimit: number;
};

export const PAYLOAD_VERSION = 1;

const PAYLOAD_FIELDS = ['v', 'key', 'productId', 'customerEmail', 'expiresAt', 'issuedAt', 'activationLimit'];
const ISO_UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const MAX_TEXT_LENGTH = 320;

/** Returns a fresh payload holding only the known fields, or null if anything is off. */
export function parseOfflineLicensePayload(value: unknown): OfflineLicensePayload | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== PAYLOAD_FIELDS.length || !keys.every((key) => PAYLOAD_FIELDS.includes(key))) {
    return null;
  }
  if (record.v !== PAYLOAD_VERSION) return null;
  const payload = toPayload(record);
  return payload && describePayloadProblem(payload) === null ? payload : null;
}

/** Explains what is wrong with a payload about to be signed, or null when it is fine. */
export function describePayloadProblem(payload: OfflineLicensePayload): string | null {
  if (typeof payload.key !== 'string' || !isWellFormedLicenseKey(payload.key)) {
    return 'key must be a canonical license key';
  }
  if (!isShortText(payload.productId)) return 'productId must be a non-empty string';
  if (!isShortText(payload.customerEmail)) return 'customerEmail must be a non-empty string';
  if (!isIsoUtcInstant(payload.issuedAt)) return 'issuedAt must be an ISO 8601 UTC instant';
  if (payload.expiresAt !== null && !isIsoUtcInstant(payload.expiresAt)) {
    return 'expiresAt must be an ISO 8601 UTC instant or null';
  }
  if (!Number.isSafeInteger(payload.activationLimit) || payload.activationLimit < 0) {
    return 'activationLimit must be a non-negative integer';
  }
  return null;
}

function toPayload(record: Record<string, unknown>): OfflineLicensePayload | null {
  const { key, productId, customerEmail, expiresAt, issuedAt, activationLimit } = record;
  if (
    typeof key !== 'string' ||
    typeof productId !== 'string' ||
    typeof customerEmail !== 'string' ||
    (typeof expiresAt !== 'string' && expiresAt !== null) ||
    typeof issuedAt !== 'string' ||
    typeof activationLimit !== 'number'
  ) {
    return null;
  }
  return { key, productId, customerEmail, expiresAt, issuedAt, activationLimit };
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH;
}

// The round trip rejects dates the regex allows but the calendar does not (2025-02-30).
function isIsoUtcInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_UTC_INSTANT.test(value)) return false;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  const canonical = date.toISOString();
  return value.length === canonical.length ? value === canonical : `${value.slice(0, -1)}.000Z` === canonical;
}
