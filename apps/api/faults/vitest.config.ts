// The fault suite (`pnpm test:faults`): scenarios that break something under load and end with the
// invariants in support/invariants.ts. Files run one at a time; they are heavy and bounded in time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['faults/**/*.fault.test.ts'],
    globalSetup: ['@shelf/db/testing/global-setup'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The pg driver reports each connection a scenario killed on purpose; the scenarios assert the effect.
    onConsoleLog: (log) => !log.startsWith('Connection Error:'),
  },
});
