// The service context's lazy parts: the EntityManager and the logger are made on first use, shared by
// the copies Apollo Server makes of a request's context, and kept right by the contexts derived for a
// transaction or a child logger.
import { Product } from '@shelf/db/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext, type ServiceContext, withLog, withTransaction } from '../src/context.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

function requestContext(): ServiceContext {
  return createServiceContext(api.services, { requestId: 'req-1', actor: { kind: 'anonymous' } });
}

/** What Apollo Server does with the context of every request (cloneObject in ApolloServer.js). */
function apolloCopy<T extends object>(ctx: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx);
}

function lazyParts(ctx: ServiceContext): { em?: unknown; log?: unknown } {
  return (ctx as unknown as { lazy: { em?: unknown; log?: unknown } }).lazy;
}

describe('request context', () => {
  it('makes neither EntityManager nor logger when copied, and the copy shares what it makes', () => {
    const ctx = requestContext();
    const copy = apolloCopy(ctx);
    expect(lazyParts(ctx)).toEqual({ em: undefined });

    const em = copy.em;
    expect(em).toBeDefined();
    expect(ctx.em).toBe(em);
    expect(copy.log).toBe(ctx.log);
    expect(copy.requestId).toBe('req-1');
  });

  it('gives a transaction its own EntityManager and runs after-commit tasks only once committed', async () => {
    const ctx = requestContext();
    const ran: string[] = [];
    await withTransaction(ctx, async (tx) => {
      expect(tx.inTransaction).toBe(true);
      expect(tx.em).not.toBe(ctx.em);
      expect(tx.em.isInTransaction()).toBe(true);
      expect(tx.log).toBe(ctx.log);
      expect(tx.actor).toEqual({ kind: 'anonymous' });
      // A nested call joins the same transaction.
      await withTransaction(tx, async (inner) => {
        expect(inner.em).toBe(tx.em);
      });
      tx.afterCommit(async () => {
        ran.push('committed');
      });
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['committed']);

    const rolledBack: string[] = [];
    await expect(
      withTransaction(ctx, async (tx) => {
        tx.afterCommit(async () => {
          rolledBack.push('ran');
        });
        await tx.em.count(Product, {});
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(rolledBack).toEqual([]);
  });

  it('derives a context with a child logger that keeps the EntityManager', () => {
    const ctx = requestContext();
    const child = ctx.log.child({ eventId: 'evt_1' });
    const derived = withLog(ctx, child);
    expect(derived.log).toBe(child);
    expect(derived.em).toBe(ctx.em);
    expect(derived.requestId).toBe(ctx.requestId);
    expect(derived.inTransaction).toBe(false);
  });

  it('answers anonymous and signed-in GraphQL requests', async () => {
    const anonymous = await api.graphql<{ products: { totalCount: number } }>(
      '{ products(first: 1) { totalCount } }',
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.products.totalCount).toBeGreaterThan(0);

    const login = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
    );
    const token = login.data!.login.token;
    const me = await api.graphql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.email).toBe('owner@example.com');

    const wrong = await api.graphql('{ me { email } }', {}, { authorization: 'Bearer not-a-session' });
    expect(wrong.data?.me ?? null).toBeNull();
  });
});
