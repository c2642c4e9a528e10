import { defineConfig } from 'vitest/config';

// Real forked processes: generous timeouts for small CI machines running every package at once.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' },
});
