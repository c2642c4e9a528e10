// N copies of one program on one machine (node:cluster): the primary forks them, they share the
// listening port, a copy that dies is forked again after a growing delay, and stop() sends each one
// SIGTERM and waits for it to drain and exit. Both the API and the storefront run their processes
// through this; what a primary prepares before it forks (the API's database) stays with the app.
import cluster, { type Worker } from 'node:cluster';

export type Supervisor = {
  /** Resolves once every process listens; rejects if one exits before it ever listened. */
  listening: Promise<void>;
  /** SIGTERM to every process, then waits for them (SIGKILL after `stopTimeoutMs`). Idempotent. */
  stop(): Promise<void>;
};

/** A process that died after it had started: it is forked again in `restartInMs`. */
export type ProcessDied = {
  slot: number;
  pid: number | undefined;
  code: number | null;
  signal: string | null;
  restartInMs: number;
};

export type SuperviseOptions = {
  count: number;
  /** What the processes are called in errors ("API process 2 exited ..."). */
  name: string;
  /** Added to the environment of every forked process (besides SHELF_PROCESS_INDEX, 1 to count). */
  env?: Record<string, string>;
  /** Told of every process that dies and will be forked again, to log it. */
  onDied?: (died: ProcessDied) => void;
  /** The delay before the first restart of a process; doubled for each further one, up to `maxRestartDelayMs`. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  stopTimeoutMs?: number;
};

/** A process that ran this long before it died starts its restarts from the shortest delay again. */
const HEALTHY_RUN_MS = 30_000;

/**
 * Forks `count` copies of this program (cluster.fork runs the same entry point, or the one given to
 * `cluster.setupPrimary`) and keeps them running until stop().
 */
export function superviseProcesses(options: SuperviseOptions): Supervisor {
  const { count, name } = options;
  const restartDelayMs = options.restartDelayMs ?? 500;
  const maxRestartDelayMs = options.maxRestartDelayMs ?? 30_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 15_000;
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
  // A caller that stops early may never await it.
  listening.catch(() => {});

  function fork(slot: number, failures: number, first: boolean): void {
    const worker = cluster.fork({ ...options.env, SHELF_PROCESS_INDEX: String(slot) });
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
        // A wrong setting would fail the same way forever: the start fails instead of retrying.
        failStart(new Error(`${name} ${slot} exited (${signal ?? code}) before it started listening`));
        return;
      }
      const attempt = Date.now() - forkedAt >= HEALTHY_RUN_MS ? 1 : failures + 1;
      const delay = Math.min(maxRestartDelayMs, restartDelayMs * 2 ** (attempt - 1));
      options.onDied?.({ slot, pid: worker.process.pid, code, signal, restartInMs: delay });
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
                const force = setTimeout(() => worker.process.kill('SIGKILL'), stopTimeoutMs);
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
