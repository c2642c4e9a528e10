// Several storefront processes on one machine (WEB_CONCURRENCY=N, node:cluster), run by the supervisor
// the API shares (`@shelf/process`): the primary forks N processes that share the listening port, forks a
// dead one again after a growing delay, and on SIGTERM stops them all (each drains its own requests)
// before it exits. The web server keeps no state, so unlike the API's primary it prepares nothing.
import { type Supervisor, superviseProcesses } from '@shelf/process';

export { readConcurrency } from '@shelf/process';

export function superviseWebProcesses(
  count: number,
  options: { restartDelayMs?: number; maxRestartDelayMs?: number; stopTimeoutMs?: number } = {},
): Supervisor {
  return superviseProcesses({
    ...options,
    count,
    name: 'web process',
    onDied: ({ slot, pid, code, signal, restartInMs }) =>
      console.error(
        `[web] process ${slot} (pid ${pid}) died (${signal ?? code}); restarting in ${restartInMs} ms`,
      ),
  });
}
