// The session cookies: what each holds, where it is sent, how long it lives, and Secure on https.
import { describe, expect, it } from 'vitest';
import {
  affiliateSessionCookie,
  cookieOptions,
  readAffiliateToken,
  readSessionToken,
  sessionCookie,
} from './session.server.ts';

const withCookies = (...pairs: string[]) =>
  new Request('http://shop.test/affiliate', { headers: { Cookie: pairs.join('; ') } });
const pair = async (cookie: typeof sessionCookie, value: string) =>
  (await cookie.serialize(value)).split(';')[0]!;

describe('cookieOptions', () => {
  const now = new Date('2026-12-01T12:00:00.000Z');

  it('lives until the session expires, Secure only on an https public URL', () => {
    expect(
      cookieOptions({ publicUrl: 'http://localhost:3000', expiresAt: '2026-12-31T12:00:00.000Z', now }),
    ).toEqual({
      secure: false,
      maxAge: 30 * 24 * 60 * 60,
    });
    expect(
      cookieOptions({ publicUrl: 'https://shop.example.com', expiresAt: '2026-12-01T12:15:00.000Z', now }),
    ).toEqual({
      secure: true,
      maxAge: 900,
    });
  });

  it('clears the cookie without an expiry, or for one already past or unreadable', () => {
    expect(cookieOptions({ publicUrl: 'https://shop.example.com' })).toEqual({ secure: true, maxAge: 0 });
    expect(
      cookieOptions({ publicUrl: 'http://localhost', expiresAt: '2026-11-30T00:00:00.000Z', now }).maxAge,
    ).toBe(0);
    expect(cookieOptions({ publicUrl: 'http://localhost', expiresAt: 'soon', now }).maxAge).toBe(0);
  });
});

describe('the affiliate session cookie', () => {
  it('is httpOnly, SameSite=Lax, sent only to /affiliate, with the given lifetime and Secure', async () => {
    const header = await affiliateSessionCookie.serialize('tok', { secure: true, maxAge: 900 });
    expect(header).toMatch(/^shelf_affiliate=/);
    expect(header).toContain('Path=/affiliate');
    expect(header).toContain('Max-Age=900');
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Secure');
  });

  it('clears with Max-Age=0', async () => {
    expect(await affiliateSessionCookie.serialize('', { secure: false, maxAge: 0 })).toContain('Max-Age=0');
  });
});

describe('reading the tokens', () => {
  it('reads each sign-in from its own cookie only', async () => {
    const request = withCookies(
      await pair(sessionCookie, 'creator-token'),
      await pair(affiliateSessionCookie, 'affiliate-token'),
    );
    expect(await readSessionToken(request)).toBe('creator-token');
    expect(await readAffiliateToken(request)).toBe('affiliate-token');
    const affiliateOnly = withCookies(await pair(affiliateSessionCookie, 'affiliate-token'));
    expect(await readSessionToken(affiliateOnly)).toBeNull();
  });

  it('ignores a value that is no bearer token', async () => {
    expect(await readAffiliateToken(withCookies(await pair(affiliateSessionCookie, 'two words')))).toBeNull();
    expect(await readAffiliateToken(withCookies('shelf_affiliate=not-base64-json'))).toBeNull();
    expect(await readAffiliateToken(withCookies())).toBeNull();
  });
});
