// The storefront's process supervisor with real forked processes: a stand-in server program (written
// to a temp dir) in place of the web server, so the test needs no build. N processes share one port; a
// process that dies is forked again; stop() ends them all. And WEB_CONCURRENCY's accepted values.
import cluster from 'node:cluster';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, describe, expect, it } from 'vitest';
import { readConcurrency, superviseWebProcesses } from './cluster.ts';

const dir = mkdtempSync(join(tmpdir(), 'shelf-web-cluster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readConcurrency', () => {
  it('reads a number of processes or auto, and names the values it accepts', () => {
    expect(readConcurrency(undefined)).toBe(1);
    expect(readConcurrency(' 4 ')).toBe(4);
    expect(readConcurrency('auto')).toBe(availableParallelism());
    expect(() => readConcurrency('0')).toThrowError(
      'Invalid configuration: WEB_CONCURRENCY must be a number of processes (1-64) or auto, got "0"',
    );
    expect(() => readConcurrency('65')).toThrowError(/WEB_CONCURRENCY/);
  });
});

describe('superviseWebProcesses', () => {
  it('runs N processes on one port, forks a dead one again, and stops them all', async () => {
    const port = await findFreePort();
    const program = join(dir, 'server.mjs');
    writeFileSync(
      program,
      `import { createServer } from 'node:http';
createServer((_req, res) => res.end(String(process.pid))).listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`,
    );
    cluster.setupPrimary({ exec: program, execArgv: [], silent: true });
    const supervisor = superviseWebProcesses(2, { restartDelayMs: 50 });
    try {
      await supervisor.listening;
      const pids = new Set<number>();
      // A new connection each time: the primary hands connections, not requests, to its processes in turn
      // (one handed to a process as it dies gets no answer).
      const ask = () =>
        new Promise<number>((resolve, reject) => {
          get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
            let body = '';
            res.on('data', (chunk) => {
              body += chunk;
            });
            res.on('end', () => resolve(Number(body)));
          })
            .on('error', reject)
            .setTimeout(1000, function (this: { destroy(error: Error): void }) {
              this.destroy(new Error('no answer'));
            });
        });
      for (let i = 0; i < 20 && pids.size < 2; i++) pids.add(await ask());
      expect(pids.size).toBe(2);

      const [victim] = [...pids];
      process.kill(victim!, 'SIGKILL');
      const seen = new Set<number>();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && ![...seen].some((pid) => pid !== 0 && !pids.has(pid))) {
        seen.add(await ask().catch(() => 0));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const replacement = [...seen].find((pid) => pid !== 0 && !pids.has(pid));
      expect(replacement).toBeDefined();
      expect(Object.keys(cluster.workers ?? {})).toHaveLength(2);
    } finally {
      await supervisor.stop();
    }
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  }, 30_000);
});
