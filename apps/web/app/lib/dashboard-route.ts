// What every dashboard route answers beside its page: never cached (it is one creator's own view), and a
// title that names the store, kept out of search engines.
import type { HeadersFunction, MetaFunction } from '@remix-run/node';
import { pageTitle, storeNameFrom } from './meta';

export const privateHeaders: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export function dashboardMeta(title: string): MetaFunction {
  return ({ matches }) => [
    { title: pageTitle(title, storeNameFrom(matches)) },
    { name: 'robots', content: 'noindex' },
  ];
}
