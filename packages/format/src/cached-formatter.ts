// Building an Intl formatter loads and resolves locale data, which costs far more than formatting
// one value with it; the catalog formats a price per product per request. So each distinct
// formatter is built once and kept.

// Locales can come from stored settings or requests; the cap keeps odd tags from growing the cache
// without end, and a real store uses a handful of keys.
const maxEntries = 500;

export function cachedFormatter<T>(cache: Map<string, T>, key: string, create: () => T): T {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const created = create();
  if (cache.size >= maxEntries) cache.clear();
  cache.set(key, created);
  return created;
}
