// Starts a real API for a test file: its own cloned database, its own DATA_DIR, a random port.
// Extra environment (Stripe, Resend, S3 stand-ins) is passed through loadConfig like in production.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '@shelf/config';
import { User } from '@shelf/db/accounts';
import { createTestDatabase, type TestDatabase } from '@shelf/db/testing';
import { hashPassword } from '@shelf/signing';
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

function baseEnv(databaseUrl: string, port: number): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-api-test-')),
    API_PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OWNER_EMAIL: 'owner@example.com',
    OWNER_PASSWORD: 'correct horse battery staple',
    NODE_ENV: 'test',
    // Suites send bursts from one address (100 concurrent download POSTs, many sign-ins); the limits have
    // their own suite, rate-limits.test.ts, which turns them on.
    RATE_LIMITS: 'off',
  };
}

export async function startTestApi(
  env: Record<string, string> = {},
  options: { log?: Logger } = {},
): Promise<TestApi> {
  const db = await createTestDatabase(inject('testDatabase'));
  // A concrete port, not 0: signed URLs and email links are built from the public URL before listening.
  const port = await findFreePort();
  const config = loadConfig({
    ...baseEnv(db.url, port),
    API_PUBLIC_URL: `http://127.0.0.1:${port}`,
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

/**
 * Another API process on the database of `api`, with its own DATA_DIR and port and no worker: what runs
 * behind a load balancer, for checking that limits and idempotency hold across processes. Close it.
 */
export async function startSecondApi(api: TestApi, env: Record<string, string> = {}): Promise<RunningApi> {
  const port = await findFreePort();
  return startApi(loadConfig({ ...baseEnv(api.db.url, port), RUN_WORKER: 'false', ...env }));
}

/** A new staff member (a unique email) signed in through GraphQL: their session token. */
export async function signInNewStaff(api: TestApi): Promise<string> {
  const email = `staff-${randomUUID()}@example.com`;
  const password = 'staff password 123';
  const em = api.em();
  em.create(User, { email, name: 'Staff', role: 'staff', passwordHash: await hashPassword(password) });
  await em.flush();
  const answer = await api.graphql<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  if (!answer.data) throw new Error(`staff sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}
