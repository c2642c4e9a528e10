// Form posts that change something must come from this site's own pages.
import { describe, expect, it } from 'vitest';
import { isSameOriginPost } from './http.server.ts';

const post = (url: string, origin?: string) =>
  new Request(url, { method: 'POST', headers: origin ? { Origin: origin } : {} });

describe('isSameOriginPost', () => {
  it('accepts a post from the origin it was sent to, or from the public URL', () => {
    expect(
      isSameOriginPost(
        post('http://127.0.0.1:3000/dashboard/login', 'http://127.0.0.1:3000'),
        'http://localhost:3000',
      ),
    ).toBe(true);
    // Behind a proxy that terminates TLS, the request itself reads as http.
    expect(
      isSameOriginPost(
        post('http://shop.example.com/dashboard/login', 'https://shop.example.com'),
        'https://shop.example.com/',
      ),
    ).toBe(true);
  });

  it('refuses another site, another port or scheme, an opaque origin and a post without an Origin', () => {
    const publicUrl = 'https://shop.example.com';
    expect(
      isSameOriginPost(post('https://shop.example.com/dashboard/logout', 'https://evil.example'), publicUrl),
    ).toBe(false);
    expect(
      isSameOriginPost(post('https://shop.example.com/x', 'https://shop.example.com:8443'), publicUrl),
    ).toBe(false);
    expect(isSameOriginPost(post('https://shop.example.com/x', 'http://shop.example.com'), publicUrl)).toBe(
      false,
    );
    expect(isSameOriginPost(post('https://shop.example.com/x', 'null'), publicUrl)).toBe(false);
    expect(isSameOriginPost(post('https://shop.example.com/x'), publicUrl)).toBe(false);
  });
});
