// Page titles carry the store's name, which the root loader provides to every route's meta function.
import type { StoreInfo } from '../graphql/store.server';

type MetaMatch = { id: string; data: unknown };

export const FALLBACK_STORE_NAME = 'Shelf';

export function storeNameFrom(matches: ReadonlyArray<MetaMatch>): string {
  const root = matches.find((match) => match.id === 'root')?.data as { store?: StoreInfo } | undefined;
  return root?.store?.name ?? FALLBACK_STORE_NAME;
}

export function pageTitle(page: string, storeName: string): string {
  return `${page} · ${storeName}`;
}
