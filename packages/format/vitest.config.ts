import { defineConfig } from 'vitest/config';

// Generous timeouts: `pnpm test` runs every package at once on small CI machines.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
