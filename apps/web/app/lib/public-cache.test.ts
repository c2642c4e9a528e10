import { describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_CACHE_CONTROL, publicPageHeaders } from './public-cache';

const args = (errorHeaders?: Headers) => ({
  loaderHeaders: new Headers(),
  parentHeaders: new Headers(),
  actionHeaders: new Headers(),
  errorHeaders,
});

describe('publicPageHeaders', () => {
  it('lets shared caches keep a public page briefly and serve it stale while refreshing', () => {
    expect(publicPageHeaders(args())).toEqual({ 'Cache-Control': PUBLIC_PAGE_CACHE_CONTROL });
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it('adds nothing to an error page', () => {
    expect(publicPageHeaders(args(new Headers({ 'x-error': '1' })))).toEqual({});
  });
});
