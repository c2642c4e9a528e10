// Storefront pages anyone may see the same way (the catalog and product pages) can be kept by a CDN or
// shared cache for a short while and served stale while it refreshes them. Nothing on them depends on
// who asks: no session, no cookie is read to render them. A response that sets a cookie (an affiliate
// `?ref=` visit) is made private in entry.server.tsx, and errors keep the default.
import type { HeadersFunction } from '@remix-run/node';

export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export const publicPageHeaders: HeadersFunction = ({ errorHeaders }): Record<string, string> =>
  errorHeaders ? {} : { 'Cache-Control': PUBLIC_PAGE_CACHE_CONTROL };
