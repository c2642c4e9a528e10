import { describe, expect, it } from 'vitest';
import {
  affiliateCodeForRequest,
  parseRefCode,
  readRefCookie,
  refCookieForRequest,
  serializeRefCookie,
} from './affiliate-ref.ts';

describe('parseRefCode', () => {
  it('accepts letters, digits, dash and underscore up to 64 characters', () => {
    expect(parseRefCode('anna')).toBe('anna');
    expect(parseRefCode('Anna_2026-spring')).toBe('Anna_2026-spring');
    expect(parseRefCode('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it.each([null, undefined, '', 'a'.repeat(65), 'anna smith', 'anna;Path=/', 'ånna', '../x', 'a%20b'])(
    'rejects %j',
    (value) => {
      expect(parseRefCode(value)).toBeNull();
    },
  );
});

describe('readRefCookie', () => {
  it('finds the code among other cookies', () => {
    expect(readRefCookie('theme=dark; shelf_ref=anna; other=1')).toBe('anna');
    expect(readRefCookie('shelf_ref=bob')).toBe('bob');
  });

  it('ignores missing, similarly named and invalid cookies', () => {
    expect(readRefCookie(null)).toBeNull();
    expect(readRefCookie('')).toBeNull();
    expect(readRefCookie('xshelf_ref=anna; shelf_refx=bob')).toBeNull();
    expect(readRefCookie('shelf_ref=not valid!')).toBeNull();
    expect(readRefCookie('shelf_ref')).toBeNull();
  });
});

describe('serializeRefCookie', () => {
  it('keeps the code for 30 days, HttpOnly and SameSite=Lax', () => {
    expect(serializeRefCookie('anna', { secure: false })).toBe(
      'shelf_ref=anna; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax',
    );
  });

  it('marks the cookie Secure on https', () => {
    expect(serializeRefCookie('anna', { secure: true })).toMatch(/; Secure$/);
  });
});

describe('requests', () => {
  const request = (url: string, cookie?: string) =>
    new Request(url, { headers: cookie ? { Cookie: cookie } : {} });

  it('sets the cookie only for a valid ?ref=', () => {
    expect(refCookieForRequest(request('http://shop.test/products?ref=anna'))).toBe(
      'shelf_ref=anna; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax',
    );
    expect(refCookieForRequest(request('https://shop.test/?ref=anna'))).toMatch(/Secure/);
    expect(refCookieForRequest(request('http://shop.test/products?ref=<script>'))).toBeNull();
    expect(refCookieForRequest(request('http://shop.test/products'))).toBeNull();
  });

  it('attributes a checkout to the URL code first, then the cookie', () => {
    expect(affiliateCodeForRequest(request('http://shop.test/p?ref=new', 'shelf_ref=old'))).toBe('new');
    expect(affiliateCodeForRequest(request('http://shop.test/p?ref=bad code', 'shelf_ref=old'))).toBe('old');
    expect(affiliateCodeForRequest(request('http://shop.test/p', 'shelf_ref=old'))).toBe('old');
    expect(affiliateCodeForRequest(request('http://shop.test/p'))).toBeNull();
  });
});
