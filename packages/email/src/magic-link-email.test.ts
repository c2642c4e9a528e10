import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.ts';
import { renderMagicLinkEmail } from './magic-link-email.ts';
import { renderRefundEmail } from './refund-email.ts';

const url = 'https://shop.example/account/magic?token=abc&next=%2Forders';

describe('renderMagicLinkEmail', () => {
  it('gives the customer portal link, its lifetime and what to do if unexpected', () => {
    const email = renderMagicLinkEmail({
      storeName: 'Pixel Shop',
      url,
      expiresInMinutes: 15,
      purpose: 'account',
    });
    expect(email.subject).toBe('Your Pixel Shop purchases');
    expect(email.text).toContain(`Open my purchases: ${url}`);
    expect(email.text).toContain('This link expires in 15 minutes.');
    expect(email.text).toContain('you can ignore this email');
    expect(email.html).toContain('This link expires in 15 minutes.');
    expect(extractLinks(email.html)).toEqual([url]);
  });

  it('words each purpose for its reader', () => {
    const affiliate = renderMagicLinkEmail({
      storeName: 'S',
      url,
      expiresInMinutes: 60,
      purpose: 'affiliate',
    });
    expect(affiliate.subject).toBe('Your S affiliate dashboard');
    expect(affiliate.text).toContain('This link expires in 1 hour.');
    const login = renderMagicLinkEmail({ storeName: 'S', url, expiresInMinutes: 1, purpose: 'login' });
    expect(login.subject).toBe('Sign in to S');
    expect(login.text).toContain('This link expires in 1 minute.');
  });

  it('escapes the store name and keeps the subject on one line', () => {
    const email = renderMagicLinkEmail({
      storeName: '<Shop>\r\nBcc: victim@example.com',
      url,
      expiresInMinutes: 15,
      purpose: 'login',
    });
    expect(email.subject).toBe('Sign in to <Shop> Bcc: victim@example.com');
    expect(email.html).toContain('&lt;Shop&gt;');
    expect(email.html).not.toContain('<Shop>');
  });
});

describe('renderRefundEmail', () => {
  it('states the amount and that access ended when it did', () => {
    const email = renderRefundEmail({
      storeName: 'Pixel Shop',
      orderNumber: 'SHELF-1042',
      refundedCents: 4900,
      currency: 'USD',
      accessRevoked: true,
    });
    expect(email.subject).toBe('Refund for your Pixel Shop order SHELF-1042');
    expect(email.text).toContain('We have refunded $49.00 for order SHELF-1042.');
    expect(email.text).toContain('no longer work');
    const partial = renderRefundEmail({
      storeName: 'Pixel Shop',
      orderNumber: 'SHELF-1042',
      refundedCents: 1000,
      currency: 'USD',
      accessRevoked: false,
    });
    expect(partial.text).not.toContain('no longer work');
  });
});
