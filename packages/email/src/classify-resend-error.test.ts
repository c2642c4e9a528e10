import { describe, expect, it } from 'vitest';
import { classifyResendError, parseRetryAfterMs } from './classify-resend-error.ts';

describe('classifyResendError', () => {
  it('retries rate limits, quota limits, outages and concurrent use of an idempotency key', () => {
    for (const [statusCode, name] of [
      [429, 'rate_limit_exceeded'],
      [429, 'daily_quota_exceeded'],
      [500, 'internal_server_error'],
      [503, 'application_error'],
      [409, 'concurrent_idempotent_requests'],
    ] as const) {
      expect(classifyResendError({ statusCode, name, message: 'm' }, {}).retryable).toBe(true);
    }
  });

  it('dead-letters what Resend will refuse again', () => {
    for (const [statusCode, name] of [
      [400, 'invalid_idempotency_key'],
      [401, 'missing_api_key'],
      [403, 'invalid_from_address'],
      [409, 'invalid_idempotent_request'],
      [422, 'validation_error'],
    ] as const) {
      expect(classifyResendError({ statusCode, name, message: 'm' }, {}).retryable).toBe(false);
    }
  });

  it('falls back to the error name when the body carries no status', () => {
    expect(classifyResendError({ name: 'validation_error', message: 'm' }, {}).retryable).toBe(false);
    expect(classifyResendError({ name: 'application_error', statusCode: null, message: 'm' }, null)).toEqual({
      ok: false,
      retryable: true,
      error: 'Resend application_error: m',
    });
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads seconds or an HTTP date, and Resend ratelimit-reset as a fallback', () => {
    expect(parseRetryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(parseRetryAfterMs({ 'retry-after': '0.5' }, now)).toBe(500);
    expect(parseRetryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, now)).toBe(10_000);
    expect(parseRetryAfterMs({ 'ratelimit-reset': '1' }, now)).toBe(1000);
    expect(parseRetryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});
