// Turns a Resend error into a send failure the email queue can act on: retry later (rate limits,
// outages, network) or dead-letter (anything Resend will reject again the same way).
//
// What the resend SDK (v6) gives us: it never throws; it returns `{ error, headers }`, where
// `error` is the parsed JSON error body ({ statusCode, name, message }) as Resend sent it, or
// a synthetic `application_error` with the HTTP status for a non-JSON body, or with
// `statusCode: null` and `headers: null` when the request never got a response (network error,
// timeout). `headers` holds the response headers with lower-case names, so Retry-After is readable.
import type { SendFailure } from './email-message.ts';

export type ResendErrorLike = { name?: unknown; message?: unknown; statusCode?: unknown };

// Names Resend will answer the same way however often it is asked.
const permanentNames = new Set([
  'validation_error',
  'missing_required_field',
  'invalid_parameter',
  'invalid_attachment',
  'invalid_from_address',
  'invalid_idempotency_key',
  'invalid_idempotent_request',
  'invalid_access',
  'invalid_region',
  'missing_api_key',
  'invalid_api_key',
  'restricted_api_key',
  'not_found',
  'method_not_allowed',
  'security_error',
]);

function isRetryableStatus(statusCode: number, name: string): boolean {
  if (statusCode === 429 || statusCode === 408 || statusCode >= 500) return true;
  // Another request with the same idempotency key is still in flight: it will settle.
  if (statusCode === 409) return name === 'concurrent_idempotent_requests';
  return false;
}

// Retry-After is seconds or an HTTP date; Resend's own rate-limit reset (seconds) is the fallback.
export function parseRetryAfterMs(
  headers: Record<string, string> | null,
  now = Date.now(),
): number | undefined {
  const value = headers?.['retry-after'] ?? headers?.['ratelimit-reset'];
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function classifyResendError(
  error: ResendErrorLike,
  headers: Record<string, string> | null,
  now = Date.now(),
): SendFailure {
  const name = typeof error.name === 'string' ? error.name : 'unknown_error';
  const message = typeof error.message === 'string' ? error.message : 'no message';
  const statusCode = typeof error.statusCode === 'number' ? error.statusCode : undefined;
  // Without a status (no response at all, or a body without one) only a known permanent name
  // is worth giving up on; the queue's attempt limit bounds the rest.
  const retryable =
    statusCode === undefined ? !permanentNames.has(name) : isRetryableStatus(statusCode, name);
  const retryAfterMs = retryable ? parseRetryAfterMs(headers, now) : undefined;
  const failure: SendFailure = { ok: false, retryable, error: `Resend ${name}: ${message}` };
  if (statusCode !== undefined) failure.statusCode = statusCode;
  if (retryAfterMs !== undefined) failure.retryAfterMs = retryAfterMs;
  return failure;
}
