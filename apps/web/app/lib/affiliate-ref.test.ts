// Affiliate attribution on the web: which visits are counted, when the referral cookie is set (only for a
// code the API calls valid, never when the call fails), and which code a checkout carries.
import { describe, expect, it, vi } from 'vitest';
import {
  affiliateCodeForRequest,
  parseRefCode,
  type RefVisit,
  readRefCookie,
  refCookieForVisit,
  refVisitForRequest,
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

const request = (url: string, init: { cookie?: string; method?: string; referer?: string } = {}) =>
  new Request(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.referer ? { Referer: init.referer } : {}),
    },
  });

describe('refVisitForRequest', () => {
  it('counts a GET whose URL carries a well-formed ?ref=, with where it landed and came from', () => {
    expect(
      refVisitForRequest(
        request('http://shop.test/products/aurora?ref=anna&utm=x', { referer: 'https://blog.example/post' }),
      ),
    ).toEqual({ code: 'anna', landingPath: '/products/aurora', referrer: 'https://blog.example/post' });
    expect(refVisitForRequest(request('http://shop.test/?ref=Anna_2'))).toEqual({
      code: 'Anna_2',
      landingPath: '/',
      referrer: null,
    });
  });

  it('names the page, not the data URL, for a client-side navigation', () => {
    expect(refVisitForRequest(request('http://shop.test/products/aurora.data?ref=anna'))?.landingPath).toBe(
      '/products/aurora',
    );
    expect(refVisitForRequest(request('http://shop.test/_root.data?ref=anna'))?.landingPath).toBe('/');
  });

  it('ignores form posts, requests without ?ref= and malformed codes', () => {
    expect(
      refVisitForRequest(request('http://shop.test/products/aurora?ref=anna', { method: 'POST' })),
    ).toBeNull();
    expect(refVisitForRequest(request('http://shop.test/products'))).toBeNull();
    expect(refVisitForRequest(request('http://shop.test/products?ref=<script>'))).toBeNull();
    expect(refVisitForRequest(request('http://shop.test/products?ref='))).toBeNull();
  });
});

describe('refCookieForVisit', () => {
  const visit: RefVisit = { code: 'anna', landingPath: '/products', referrer: null };

  it('remembers the code for 30 days when the API calls it valid, after telling the API of the visit', async () => {
    const record = vi.fn(async () => ({ valid: true }));
    await expect(refCookieForVisit(visit, record, { secure: false })).resolves.toBe(
      'shelf_ref=anna; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax',
    );
    expect(record).toHaveBeenCalledWith(visit);
    await expect(refCookieForVisit(visit, record, { secure: true })).resolves.toMatch(/; Secure$/);
  });

  it('sets nothing for a code that earns nothing (unknown, paused or archived)', async () => {
    await expect(
      refCookieForVisit(visit, async () => ({ valid: false }), { secure: false }),
    ).resolves.toBeNull();
  });

  it('sets nothing and logs one line when the API fails or is too slow, and never throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = async () => {
      throw new Error('The store API did not answer RecordAffiliateClick');
    };
    await expect(refCookieForVisit(visit, failing, { secure: false })).resolves.toBeNull();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toContain('did not answer RecordAffiliateClick');
    logged.mockRestore();
  });
});

describe('affiliateCodeForRequest', () => {
  it('attributes a checkout to the remembered code: the last valid click', () => {
    expect(
      affiliateCodeForRequest(request('http://shop.test/p?ref=unknown', { cookie: 'shelf_ref=anna' })),
    ).toBe('anna');
    expect(affiliateCodeForRequest(request('http://shop.test/p', { cookie: 'shelf_ref=anna' }))).toBe('anna');
  });

  it('falls back to the URL code only when nothing is remembered', () => {
    expect(affiliateCodeForRequest(request('http://shop.test/p?ref=anna'))).toBe('anna');
    expect(affiliateCodeForRequest(request('http://shop.test/p?ref=bad code'))).toBeNull();
    expect(affiliateCodeForRequest(request('http://shop.test/p'))).toBeNull();
  });
});
