// The supervisor with real forked processes: stand-in server programs (written to a temp dir) in place
// of the API or the storefront, so nothing is built. N processes share one port with the environment
// they were given; one that is killed is forked again; stop() sends SIGTERM and waits until every
// process has drained (and kills one that ignores it); a process that exits before it ever listened
// fails the start.
import cluster from 'node:cluster';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, describe, expect, it } from 'vitest';
import { readConcurrency } from './concurrency.ts';
import { type ProcessDied, superviseProcesses } from './supervise-processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'shelf-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

function run(path: string): void {
  cluster.setupPrimary({ exec: path, execArgv: [], silent: true });
}

/** The body of an answer, on a connection of its own (the primary deals connections in turn). */
const ask = (port: number) =>
  new Promise<string>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      // One handed to a process as it dies gets no answer.
      .setTimeout(1000, function (this: { destroy(error: Error): void }) {
        this.destroy(new Error('no answer'));
      });
  });

describe('readConcurrency', () => {
  it('reads a number of processes or auto, and names the values it accepts', () => {
    expect(readConcurrency(undefined)).toBe(1);
    expect(readConcurrency(' 4 ')).toBe(4);
    expect(readConcurrency('AUTO')).toBe(availableParallelism());
    expect(() => readConcurrency('0')).toThrowError(
      'Invalid configuration: WEB_CONCURRENCY must be a number of processes (1-64) or auto, got "0"',
    );
    expect(() => readConcurrency('65')).toThrowError(/WEB_CONCURRENCY/);
    expect(() => readConcurrency('two')).toThrowError(/WEB_CONCURRENCY/);
  });
});

describe('superviseProcesses', () => {
  it('runs N processes on one port with the given environment and forks a killed one again', async () => {
    const port = await findFreePort();
    run(
      program(
        'server.mjs',
        `import { createServer } from 'node:http';
createServer((_req, res) => res.end(process.pid + ' ' + process.env.SHELF_PROCESS_INDEX + ' ' + process.env.GREETING))
  .listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`,
      ),
    );
    const died: ProcessDied[] = [];
    const supervisor = superviseProcesses({
      count: 2,
      name: 'test process',
      env: { GREETING: 'hello' },
      onDied: (event) => died.push(event),
      restartDelayMs: 50,
    });
    try {
      await supervisor.listening;
      const answers = new Map<number, string>();
      for (let i = 0; i < 20 && answers.size < 2; i++) {
        const [pid, slot, greeting] = (await ask(port)).split(' ');
        expect(greeting).toBe('hello');
        answers.set(Number(pid), slot!);
      }
      expect([...answers.values()].sort()).toEqual(['1', '2']);

      const [victim] = [...answers.keys()];
      process.kill(victim!, 'SIGKILL');
      let replacement: number | undefined;
      const deadline = Date.now() + 10_000;
      while (!replacement && Date.now() < deadline) {
        const pid = Number((await ask(port).catch(() => '0')).split(' ')[0]);
        if (pid !== 0 && !answers.has(pid)) replacement = pid;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(replacement).toBeDefined();
      expect(died).toEqual([
        { slot: Number(answers.get(victim!)), pid: victim, code: null, signal: 'SIGKILL', restartInMs: 50 },
      ]);
      expect(Object.keys(cluster.workers ?? {})).toHaveLength(2);
    } finally {
      await supervisor.stop();
    }
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  });

  it('sends SIGTERM on stop and waits for every process to finish draining', async () => {
    const port = await findFreePort();
    const drained = join(dir, 'drained');
    run(
      program(
        'draining.mjs',
        `import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
createServer((_req, res) => res.end('ok')).listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => {
  // Draining takes a while; the supervisor must wait for it.
  setTimeout(() => {
    appendFileSync(${JSON.stringify(drained)}, process.env.SHELF_PROCESS_INDEX + '\\n');
    process.exit(0);
  }, 300);
});
`,
      ),
    );
    const supervisor = superviseProcesses({ count: 2, name: 'test process' });
    await supervisor.listening;
    expect(existsSync(drained)).toBe(false);
    await supervisor.stop();
    expect(readFileSync(drained, 'utf8').trim().split('\n').sort()).toEqual(['1', '2']);
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  });

  it('kills a process that ignores SIGTERM after the stop timeout', async () => {
    const port = await findFreePort();
    run(
      program(
        'stubborn.mjs',
        `import { createServer } from 'node:http';
createServer((_req, res) => res.end('ok')).listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => {});
`,
      ),
    );
    const supervisor = superviseProcesses({ count: 1, name: 'test process', stopTimeoutMs: 200 });
    await supervisor.listening;
    const [worker] = Object.values(cluster.workers ?? {});
    const exited = new Promise<string | null>((resolve) =>
      worker!.once('exit', (_code, signal) => resolve(signal)),
    );
    await supervisor.stop();
    expect(await exited).toBe('SIGKILL');
  });

  it('fails the start when a process exits before it listens', async () => {
    run(program('broken.mjs', 'process.exit(3);\n'));
    const died: ProcessDied[] = [];
    const supervisor = superviseProcesses({
      count: 2,
      name: 'test process',
      onDied: (event) => died.push(event),
      restartDelayMs: 50,
    });
    await expect(supervisor.listening).rejects.toThrow(
      /^test process [12] exited \(3\) before it started listening$/,
    );
    await supervisor.stop();
    expect(died).toEqual([]);
    expect(Object.keys(cluster.workers ?? {})).toHaveLength(0);
  });
});
