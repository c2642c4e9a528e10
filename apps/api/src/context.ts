// The one context every domain service takes first: `(ctx, input)`. It carries the EntityManager (the
// request's own, or the open transaction's), the process services, a logger bound to the request id, and
// the actor on whose behalf the work is done. Entry points build it (GraphQL requests, HTTP routes,
// webhooks, workers, commands); services never fork their own EntityManager, so a service called inside
// another's transaction joins it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User, UserRole } from '@shelf/db/accounts';
import type { AppServices } from './app-services.ts';
import type { Logger } from './logger.ts';

/** Who is asking. Services authorise against this, never against raw headers. */
export type Actor =
  | { kind: 'anonymous' }
  /** The store acting on its own: webhooks, the worker, reconciliation, start-up. */
  | { kind: 'system'; name: string }
  | { kind: 'user'; user: User; role: UserRole; via: 'session' }
  /** An API key: who made it (null once they are removed), its name (for the audit log) and its scopes. */
  | { kind: 'api_key'; user: User | null; apiKeyId: string; name?: string; scopes: readonly string[] }
  | { kind: 'customer'; customerId: string }
  | { kind: 'affiliate'; affiliateId: string };

export type ServiceContext = {
  readonly services: AppServices;
  /** The request's EntityManager, or the transaction's inside withTransaction. */
  readonly em: EntityManager;
  readonly log: Logger;
  readonly requestId: string;
  readonly actor: Actor;
  readonly inTransaction: boolean;
  /**
   * Runs `task` once the surrounding transaction has committed (at once outside a transaction). For work
   * that must not happen for a rolled-back change, such as handing a stored email to the queue.
   */
  afterCommit(task: () => Promise<void>): void;
};

/** What the GraphQL layer adds for resolvers: the caller's address and headers. */
export type RequestContext = ServiceContext & {
  ip: string | null;
  userAgent: string | null;
  authorization: string | undefined;
};

/** The parts of a context made on first use, in one object that every copy of the context shares. */
type LazyParts = { em?: EntityManager; log?: Logger };

/**
 * A context whose EntityManager and logger are made on first use: a route that answers from one raw query
 * (license validation) or from the catalog cache pays for neither. They are getters on the prototype and
 * what they make is kept in `lazy`, an own property, so a copy that keeps the prototype (Apollo Server
 * clones the context of every request with `Object.assign(Object.create(proto), ctx)`) shares them and
 * forces nothing. Spreading a context would lose them: derive one with `withEm` or `withLog` instead.
 */
class RequestScope implements ServiceContext {
  readonly services: AppServices;
  readonly requestId: string;
  readonly actor: Actor;
  readonly inTransaction: boolean;
  readonly afterCommit: (task: () => Promise<void>) => void;
  readonly lazy: LazyParts;
  /** How to make the lazy parts: an own property, so Apollo's copies (which lose private fields) have it. */
  readonly make: { em(): EntityManager; log(): Logger };

  constructor(
    from: Pick<ServiceContext, 'services' | 'requestId' | 'actor' | 'inTransaction'>,
    make: { em(): EntityManager; log(): Logger },
    options: { lazy?: LazyParts; afterCommit?: (task: () => Promise<void>) => void } = {},
  ) {
    this.services = from.services;
    this.requestId = from.requestId;
    this.actor = from.actor;
    this.inTransaction = from.inTransaction;
    this.lazy = options.lazy ?? {};
    this.make = make;
    this.afterCommit =
      options.afterCommit ??
      ((task) => {
        task().catch((error: unknown) => this.log.error({ err: error }, 'after-commit task failed'));
      });
  }

  get em(): EntityManager {
    this.lazy.em ??= this.make.em();
    return this.lazy.em;
  }

  get log(): Logger {
    this.lazy.log ??= this.make.log();
    return this.lazy.log;
  }
}

export function createServiceContext(
  services: AppServices,
  options: { requestId: string; actor: Actor; em?: EntityManager },
): ServiceContext {
  return new RequestScope(
    { services, requestId: options.requestId, actor: options.actor, inTransaction: false },
    {
      em: () => services.orm.em.fork() as EntityManager,
      log: () => services.log.child({ requestId: options.requestId }),
    },
    { lazy: { em: options.em } },
  );
}

/**
 * The same context with its own `extra` fields (the GraphQL layer's caller details); its EntityManager
 * and logger are still made on first use.
 */
export function extendContext<T extends object>(ctx: ServiceContext, extra: T): ServiceContext & T {
  return Object.assign(ctx, extra);
}

/** `ctx` working through `em` (a transaction's), everything else the same; its logger stays `ctx`'s. */
export function withEm(
  ctx: ServiceContext,
  em: EntityManager,
  transaction?: { afterCommit(task: () => Promise<void>): void },
): ServiceContext {
  return new RequestScope(
    { ...pickShared(ctx), inTransaction: transaction ? true : ctx.inTransaction },
    { em: () => em, log: () => ctx.log },
    { lazy: { em }, afterCommit: transaction?.afterCommit ?? ctx.afterCommit },
  );
}

/** `ctx` logging through `log` (a child with more fields), everything else the same, its EntityManager too. */
export function withLog(ctx: ServiceContext, log: Logger): ServiceContext {
  return new RequestScope(
    { ...pickShared(ctx), inTransaction: ctx.inTransaction },
    { em: () => ctx.em, log: () => log },
    { lazy: { log }, afterCommit: ctx.afterCommit },
  );
}

function pickShared(ctx: ServiceContext): Pick<ServiceContext, 'services' | 'requestId' | 'actor'> {
  return { services: ctx.services, requestId: ctx.requestId, actor: ctx.actor };
}

/** A context for work the store does on its own (webhooks, jobs, timers, commands). */
export function systemContext(services: AppServices, name: string, requestId = name): ServiceContext {
  return createServiceContext(services, { requestId, actor: { kind: 'system', name } });
}

/**
 * Runs `work` in one database transaction and hands it a context bound to it. Called inside another
 * withTransaction it joins that transaction, so a service can require atomicity without knowing whether
 * its caller already opened one. After-commit tasks run, in order, once the outermost transaction commits.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  const tasks: Array<() => Promise<void>> = [];
  const result = await ctx.em.transactional((em) =>
    work(
      withEm(ctx, em as EntityManager, {
        afterCommit: (task) => {
          tasks.push(task);
        },
      }),
    ),
  );
  for (const task of tasks) {
    await task().catch((error: unknown) => ctx.log.error({ err: error }, 'after-commit task failed'));
  }
  return result;
}
