// The store's name and test mode for the document shell (the root loader). Every page needs them, so for
// visitors without a creator session they are shared by every request of this process for a few
// seconds: a storefront page then costs the API one request (its own data), not two. A signed-in creator
// always asks the API, so the dashboard shows a new store name as soon as it is saved; shoppers see it
// within STORE_INFO_TTL_MS, well inside the minute that public pages may be cached by a CDN anyway.

import type { ApiCaller } from '../graphql/client.server';
import { getStoreInfo, type StoreInfo } from '../graphql/store.server';
import { readSessionToken } from './session.server';

export const STORE_INFO_TTL_MS = 5_000;

let shared: { info: Promise<StoreInfo>; expiresAt: number } | undefined;

export async function storeInfoForPage(caller: ApiCaller, now = Date.now()): Promise<StoreInfo> {
  if (await readSessionToken(caller.request)) return getStoreInfo(caller);
  if (!shared || shared.expiresAt <= now) {
    // One request in flight for everyone; a failure is not kept, so the next page asks again.
    const info = getStoreInfo({ ...caller, credential: 'none' });
    const entry = { info, expiresAt: now + STORE_INFO_TTL_MS };
    shared = entry;
    info.catch(() => {
      if (shared === entry) shared = undefined;
    });
  }
  return shared.info;
}
