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

function runNow(log: Logger): (task: () => Promise<void>) => void {
  return (task) => {
    task().catch((error: unknown) => log.error({ err: error }, 'after-commit task failed'));
  };
}

export function createServiceContext(
  services: AppServices,
  options: { requestId: string; actor: Actor; em?: EntityManager },
): ServiceContext {
  let em = options.em;
  let log: Logger | undefined;
  const logger = (): Logger => {
    log ??= services.log.child({ requestId: options.requestId });
    return log;
  };
  // The EntityManager and the logger are made on first use: a route that answers from one raw query
  // (license validation, the hottest path) pays for neither.
  return {
    services,
    get em(): EntityManager {
      em ??= services.orm.em.fork() as EntityManager;
      return em;
    },
    get log(): Logger {
      return logger();
    },
    requestId: options.requestId,
    actor: options.actor,
    inTransaction: false,
    afterCommit: (task) => runNow(logger())(task),
  };
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
    work({
      ...ctx,
      em: em as EntityManager,
      inTransaction: true,
      afterCommit: (task) => {
        tasks.push(task);
      },
    }),
  );
  for (const task of tasks) {
    await task().catch((error: unknown) => ctx.log.error({ err: error }, 'after-commit task failed'));
  }
  return result;
}
