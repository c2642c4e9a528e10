// The API as `pnpm start` runs it: a real process on the embedded defaults (its own Postgres in a fresh
// DATA_DIR), first-start output, readiness, and a clean stop on SIGTERM. Also the one-line config errors.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@shelf/test-utils/free-port';
import { describe, expect, it } from 'vitest';

const apiDir = join(import.meta.dirname, '..');

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, LOG_LEVEL: 'warn', RUN_WORKER: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('the API process', () => {
  it('stops at start-up with one line naming a wrong variable', async () => {
    const { child, output } = startMain({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-main-')),
      API_PORT: 'abc',
    });
    expect(await exitOf(child)).toBe(1);
    expect(output().trim()).toBe(
      'Invalid configuration: API_PORT must be a port number (0-65535; 0 picks a free port), got "abc"',
    );
  });

  it('refuses a public URL without payment keys, in one line naming the variable to set', async () => {
    const { child, output } = startMain({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-main-')),
      PUBLIC_URL: 'https://shop.example.com',
      STRIPE_SECRET_KEY: '',
      STRIPE_WEBHOOK_SECRET: '',
      PAYMENTS: '',
    });
    expect(await exitOf(child)).toBe(1);
    expect(output().trim()).toBe(
      'Invalid configuration: PUBLIC_URL is public (https://shop.example.com) but STRIPE_SECRET_KEY is not set; set it (and STRIPE_WEBHOOK_SECRET), or set PAYMENTS=test to run test-mode payments on purpose.',
    );
  });

  it('starts on the embedded defaults, seeds, answers and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shelf-main-'));
    const port = await findFreePort();
    const { child, output } = startMain({ DATA_DIR: dataDir, API_PORT: String(port), DATABASE_URL: '' });
    try {
      let ready = false;
      for (let attempt = 0; attempt < 240 && !ready && child.exitCode === null; attempt++) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready, output()).toBe(true);
      expect(output()).toContain('Seeded the demo catalog (5 products).');
      expect(output()).toMatch(/Owner login {2}owner@shelf\.local \/ \S{12,}/);

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ products { totalCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { products: { totalCount: 5 } } });
      const cluster = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as { port: number };
      expect(cluster.port).not.toBe(5432);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).toBe(0);
    // The embedded cluster was stopped with the process: its pid file is gone.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
