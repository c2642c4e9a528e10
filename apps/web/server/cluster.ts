// Several storefront processes on one machine (WEB_CONCURRENCY=N, node:cluster): the primary forks N
// processes that share the listening port, forks a dead one again after a growing delay, and on SIGTERM
// stops them all (each drains its own requests) before it exits. The web server keeps no state, so
// unlike the API's primary it prepares nothing.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

/** WEB_CONCURRENCY as the API reads it (@shelf/config): 1 to 64 processes, or `auto` for one per core. */
export function readConcurrency(raw: string | undefined): number {
  const value = raw?.trim().toLowerCase() || '1';
  if (value === 'auto') return availableParallelism();
  if (!/^[1-9]\d?$/.test(value) || Number(value) > 64) {
    throw new Error(
      `Invalid configuration: WEB_CONCURRENCY must be a number of processes (1-64) or auto, got "${raw}"`,
    );
  }
  return Number(value);
}

const HEALTHY_RUN_MS = 30_000;

export type WebSupervisor = { listening: Promise<void>; stop(): Promise<void> };

export function superviseWebProcesses(
  count: number,
  options: { restartDelayMs?: number; maxRestartDelayMs?: number; stopTimeoutMs?: number } = {},
): WebSupervisor {
  const restartDelayMs = options.restartDelayMs ?? 500;
  const maxRestartDelayMs = options.maxRestartDelayMs ?? 30_000;
  const running = new Map<number, Worker>();
  const restarts = new Map<number, NodeJS.Timeout>();
  let stopping: Promise<void> | undefined;
  let waiting = count;
  let markListening: () => void = () => {};
  let failStart: (error: Error) => void = () => {};
  const listening = new Promise<void>((resolve, reject) => {
    markListening = resolve;
    failStart = reject;
  });
  listening.catch(() => {});

  function fork(slot: number, failures: number, first: boolean): void {
    const worker = cluster.fork({ SHELF_PROCESS_INDEX: String(slot) });
    const forkedAt = Date.now();
    let listened = false;
    running.set(slot, worker);
    worker.once('listening', () => {
      listened = true;
      if (first && --waiting === 0) markListening();
    });
    worker.once('exit', (code, signal) => {
      running.delete(slot);
      if (stopping) return;
      if (first && !listened) {
        failStart(new Error(`web process ${slot} exited (${signal ?? code}) before it started listening`));
        return;
      }
      const attempt = Date.now() - forkedAt >= HEALTHY_RUN_MS ? 1 : failures + 1;
      const delay = Math.min(maxRestartDelayMs, restartDelayMs * 2 ** (attempt - 1));
      console.error(
        `[web] process ${slot} (pid ${worker.process.pid}) died (${signal ?? code}); restarting in ${delay} ms`,
      );
      restarts.set(
        slot,
        setTimeout(() => {
          restarts.delete(slot);
          if (!stopping) fork(slot, attempt, false);
        }, delay),
      );
    });
  }

  for (let slot = 1; slot <= count; slot++) fork(slot, 0, true);

  return {
    listening,
    stop() {
      stopping ??= (async () => {
        for (const timer of restarts.values()) clearTimeout(timer);
        await Promise.all(
          [...running.values()].map(
            (worker) =>
              new Promise<void>((resolve) => {
                if (worker.isDead()) return resolve();
                const force = setTimeout(
                  () => worker.process.kill('SIGKILL'),
                  options.stopTimeoutMs ?? 15_000,
                );
                worker.once('exit', () => {
                  clearTimeout(force);
                  resolve();
                });
                worker.process.kill('SIGTERM');
              }),
          ),
        );
      })();
      return stopping;
    },
  };
}
