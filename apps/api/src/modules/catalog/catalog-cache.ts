// The public catalog's reads cached in process (decision 010). Every entry is stored under the catalog
// version read before its data; every request reads the version again, in a query that starts after the
// request began, and uses the cache only when it is still that version. Triggers bump the version in the
// same transaction as any write to products, files or preview images, so once such a transaction has
// committed, no request that starts later, in any process, is answered from an entry older than it.
// Version reads are shared: every request that arrives while one is in flight waits for the next one,
// which starts after they arrived, so under load the check costs one short query per round trip, not
// per request.
import type { EntityManager } from '@mikro-orm/postgresql';
import { readCatalogVersion } from '@shelf/db/catalog';
import type { AppServices } from '../../app-services.ts';
import type { ServiceContext } from '../../context.ts';

/** Enough for every page and product of a large store; past it the cache starts over. */
const maxEntries = 10_000;

/** Reads the version with at most one query in flight; a caller only ever gets a read begun after its call. */
export class VersionClock {
  private inFlight: Promise<bigint> | null = null;
  private queued: Promise<bigint> | null = null;

  constructor(private readonly read: () => Promise<bigint>) {}

  /** The catalog version as of some moment after this call. */
  current(): Promise<bigint> {
    if (!this.inFlight) return this.start();
    // The read in flight began before this call, so it may miss a commit this caller must see: wait for
    // the next one, which every caller arriving meanwhile shares.
    this.queued ??= this.inFlight.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<bigint> {
    this.queued = null;
    return this.start();
  }

  private start(): Promise<bigint> {
    const reading = this.read().finally(() => {
      if (this.inFlight === reading) this.inFlight = null;
    });
    this.inFlight = reading;
    return reading;
  }
}

export class CatalogCache {
  private version = -1n;
  private readonly entries = new Map<string, unknown>();
  private readonly clock: VersionClock;

  constructor(em: EntityManager) {
    this.clock = new VersionClock(() => readCatalogVersion(em));
  }

  /** `load`'s answer for `key`, from the cache when the catalog has not changed since it was stored. */
  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.clock.current();
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    } else if (version < this.version) {
      // An older read that answered late: still true for this request, but not for the cache.
      return load();
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    // Read after the version, so the data is at least as new as the version it is stored under.
    const value = await load();
    if (this.version === version) {
      if (this.entries.size >= maxEntries) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}

// One cache per running API (its services), so two APIs in one process behave like two processes.
const caches = new WeakMap<AppServices, CatalogCache>();

/**
 * Runs a public catalog read through the cache. Inside a transaction the read goes to the database:
 * the transaction may have changed the catalog itself.
 */
export function cachedCatalogRead<T>(ctx: ServiceContext, key: string, load: () => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return load();
  let cache = caches.get(ctx.services);
  if (!cache) {
    cache = new CatalogCache(ctx.services.orm.em as EntityManager);
    caches.set(ctx.services, cache);
  }
  return cache.read(key, load);
}
