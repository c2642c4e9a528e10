import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createCspNonce } from './security-headers.ts';

const local = { publicUrl: 'http://localhost:3000', apiPublicOrigin: 'http://localhost:4000' };

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce, images from the API, forms to Stripe Checkout, and no framing', () => {
    expect(contentSecurityPolicy('abc==', local)).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'nonce-abc==' 'strict-dynamic'",
        "style-src 'self'",
        "img-src 'self' http://localhost:4000",
        "connect-src 'self'",
        "form-action 'self' https://checkout.stripe.com",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join('; '),
    );
  });

  it('lets fetch reach the S3 bucket the dashboard uploads to, when there is one', () => {
    expect(contentSecurityPolicy('n', { ...local, uploadOrigins: ['https://files.example.com'] })).toContain(
      "connect-src 'self' https://files.example.com;",
    );
  });

  it('upgrades insecure requests only on an https storefront', () => {
    expect(contentSecurityPolicy('n', local)).not.toContain('upgrade-insecure-requests');
    expect(
      contentSecurityPolicy('n', {
        publicUrl: 'https://shop.example.com',
        apiPublicOrigin: 'https://api.example.com',
      }),
    ).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe('createCspNonce', () => {
  it('is 16 random bytes in base64, new every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createCspNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
