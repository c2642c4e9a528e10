// Starts a real API for a test file: its own cloned database, its own DATA_DIR, a random port.
// Extra environment (Stripe, Resend, S3 stand-ins) is passed through loadConfig like in production.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '@shelf/config';
import { createTestDatabase, type TestDatabase } from '@shelf/db/testing';
import { findFreePort } from '@shelf/test-utils/free-port';
import { inject } from 'vitest';
import { type ServiceContext, systemContext } from '../src/context.ts';
import type { Logger } from '../src/logger.ts';
import { type RunningApi, startApi } from '../src/server.ts';

export type TestApi = RunningApi & {
  db: TestDatabase;
  em(): EntityManager;
  /** A service context of its own, for calling domain services directly. */
  ctx(): ServiceContext;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }>;
};

export async function startTestApi(
  env: Record<string, string> = {},
  options: { log?: Logger } = {},
): Promise<TestApi> {
  const db = await createTestDatabase(inject('testDatabase'));
  // A concrete port, not 0: signed URLs and email links are built from the public URL before listening.
  const port = await findFreePort();
  const config = loadConfig({
    DATABASE_URL: db.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-api-test-')),
    API_PORT: String(port),
    API_PUBLIC_URL: `http://127.0.0.1:${port}`,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OWNER_EMAIL: 'owner@example.com',
    OWNER_PASSWORD: 'correct horse battery staple',
    NODE_ENV: 'test',
    // Suites send bursts from one address (100 concurrent download POSTs, many sign-ins); the limits have
    // their own suite, rate-limits.test.ts, which turns them on.
    RATE_LIMITS: 'off',
    ...env,
  });
  const api = await startApi(config, options);
  return {
    ...api,
    db,
    em: () => api.services.orm.em.fork() as EntityManager,
    ctx: () => systemContext(api.services, 'test'),
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await api.close();
      await db.close();
    },
  };
}
