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

export type CacheLimits<T> = {
  /** Past this many entries the cache starts over. */
  maxEntries: number;
  /** Past this total size (as `sizeOf` measures it) the cache starts over. */
  maxSize?: number;
  sizeOf?: (value: T) => number;
};

/** Values stored under the catalog version read before they were computed; any newer version empties it. */
export class VersionedCache<T> {
  private version = -1n;
  private readonly entries = new Map<string, T>();
  private size = 0;
  /** Reads answered from the cache, and reads that loaded (whether or not they could be stored). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly clock: VersionClock,
    private readonly limits: CacheLimits<T>,
  ) {}

  /**
   * `load`'s answer for `key`, from the cache when the catalog has not changed since it was stored.
   * `keep` decides whether a freshly loaded answer may be stored (an error answer is not).
   */
  async read(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const version = await this.clock.current();
    if (version > this.version) {
      this.clear();
      this.version = version;
    } else if (version < this.version) {
      // An older read that answered late: still true for this request, but not for the cache.
      this.counts.misses += 1;
      return load();
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.counts.hits += 1;
      return cached;
    }
    this.counts.misses += 1;
    // Read after the version, so the data is at least as new as the version it is stored under.
    const value = await load();
    if (this.version === version && value !== undefined && keep(value)) this.store(key, value);
    return value;
  }

  private store(key: string, value: T): void {
    const { maxEntries, maxSize, sizeOf } = this.limits;
    const size = sizeOf ? sizeOf(value) : 0;
    if (maxSize !== undefined && size > maxSize) return;
    if (this.entries.size >= maxEntries || (maxSize !== undefined && this.size + size > maxSize))
      this.clear();
    this.entries.set(key, value);
    this.size += size;
  }

  private clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}

/** A running API's catalog version clock (shared by everything cached under it) and the service's read cache. */
export type CatalogCaches = {
  clock: VersionClock;
  reads: VersionedCache<unknown>;
};

// One cache per running API (its services), so two APIs in one process behave like two processes.
const caches = new WeakMap<AppServices, CatalogCaches>();

/** This API's catalog version clock and read cache, made on first use. */
export function catalogCaches(services: AppServices): CatalogCaches {
  let found = caches.get(services);
  if (!found) {
    const clock = new VersionClock(() => readCatalogVersion(services.orm.em as EntityManager));
    found = { clock, reads: new VersionedCache<unknown>(clock, { maxEntries }) };
    caches.set(services, found);
  }
  return found;
}

/**
 * Runs a public catalog read through the cache. Inside a transaction the read goes to the database:
 * the transaction may have changed the catalog itself.
 */
export function cachedCatalogRead<T>(ctx: ServiceContext, key: string, load: () => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return load();
  return catalogCaches(ctx.services).reads.read(key, load) as Promise<T>;
}
