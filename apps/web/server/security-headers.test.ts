import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createCspNonce, securityHeaders } from './security-headers.ts';

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

describe('securityHeaders', () => {
  it('sends every response its own nonce in the policy, with the fixed headers worked out once', async () => {
    const app = express();
    app.use(securityHeaders({ ...local, publicUrl: 'https://shop.example.com' }));
    app.get('/', (_req, res) => res.send(String(res.locals.cspNonce)));
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const [first, second] = await Promise.all([fetch(url), fetch(url)]);
      for (const response of [first!, second!]) {
        const nonce = await response.text();
        expect(response.headers.get('content-security-policy')).toBe(
          contentSecurityPolicy(nonce, { ...local, publicUrl: 'https://shop.example.com' }),
        );
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
      expect(first!.headers.get('content-security-policy')).not.toBe(
        second!.headers.get('content-security-policy'),
      );
    } finally {
      server.close();
    }
  });
});
