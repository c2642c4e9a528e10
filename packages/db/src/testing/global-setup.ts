// vitest globalSetup: one Postgres server and template per run, handed to test files via inject().
import type { TestProject } from 'vitest/node';
import { startTestDatabaseServer } from './test-database.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, teardown } = await startTestDatabaseServer();
  project.provide('testDatabase', server);
  return teardown;
}
