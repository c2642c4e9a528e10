// The API's process supervisor with real forked processes: a stand-in program (written to a temp dir)
// in place of the API, so the test compiles nothing. The processes share one port; one that dies is
// forked again; stop() ends them all; and a process that exits before it ever listened fails the start
// (a wrong setting would otherwise be retried forever).
import cluster from 'node:cluster';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, describe, expect, it } from 'vitest';
import { superviseProcesses } from '../src/cluster.ts';
import { createLogger } from '../src/logger.ts';

const dir = mkdtempSync(join(tmpdir(), 'shelf-api-cluster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = createLogger('silent');

function program(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

/** The pid of the process that answers, on a connection of its own (the primary deals connections in turn). */
const ask = (port: number) =>
  new Promise<number>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve(Number(body)));
    })
      .on('error', reject)
      // One handed to a process as it dies gets no answer.
      .setTimeout(1000, function (this: { destroy(error: Error): void }) {
        this.destroy(new Error('no answer'));
      });
  });

describe('superviseProcesses', () => {
  it('runs N processes on one port with the given environment, forks a dead one again, and stops them all', async () => {
    const port = await findFreePort();
    cluster.setupPrimary({
      exec: program(
        'api.mjs',
        `import { createServer } from 'node:http';
createServer((_req, res) => res.end(process.env.DATABASE_URL === 'postgres://primary/db' ? String(process.pid) : 'wrong'))
  .listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`,
      ),
      execArgv: [],
      silent: true,
    });
    const supervisor = superviseProcesses({
      count: 2,
      log,
      env: { DATABASE_URL: 'postgres://primary/db' },
      restartDelayMs: 50,
    });
    try {
      await supervisor.listening;
      const pids = new Set<number>();
      for (let i = 0; i < 20 && pids.size < 2; i++) pids.add(await ask(port));
      expect(pids.size).toBe(2);
      expect([...pids].every((pid) => Number.isInteger(pid) && pid > 0)).toBe(true);

      const [victim] = [...pids];
      process.kill(victim!, 'SIGKILL');
      let replacement: number | undefined;
      const deadline = Date.now() + 10_000;
      while (!replacement && Date.now() < deadline) {
        const pid = await ask(port).catch(() => 0);
        if (pid !== 0 && !pids.has(pid)) replacement = pid;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(replacement).toBeDefined();
      expect(Object.keys(cluster.workers ?? {})).toHaveLength(2);
    } finally {
      await supervisor.stop();
    }
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  }, 30_000);

  it('fails the start when a process exits before it listens', async () => {
    cluster.setupPrimary({ exec: program('broken.mjs', 'process.exit(3);\n'), execArgv: [], silent: true });
    const supervisor = superviseProcesses({ count: 2, log, restartDelayMs: 50 });
    await expect(supervisor.listening).rejects.toThrow(/exited \(3\) before it started listening/);
    await supervisor.stop();
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  });
});
