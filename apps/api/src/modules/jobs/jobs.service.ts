// Background work for the whole API (decision 005): one pg-boss instance per process, keeping its jobs in
// its own `pgboss` schema of the store's database, so they survive restarts and any process can hand
// work to any other. Modules define their queues and handlers here when the process is assembled; every
// process may send, and only worker processes (config.runWorker) run handlers, periodic tasks and
// pg-boss's own maintenance. Handlers are entry points: each builds the context it works in.
import PgBoss from 'pg-boss';
import type { Logger } from '../../logger.ts';

export type QueueOptions = {
  /** Retries after the first attempt. */
  retryLimit: number;
  /** Wait before the first retry; doubled for each further one with retryBackoff. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job still running after this long is failed (and retried): handlers must finish well within it. */
  expireInSeconds: number;
  /** Handlers running at once per worker process; 1 unless given. */
  workers?: number;
  /** How often an idle worker looks for jobs; sends from the same process wake it at once. */
  pollingIntervalSeconds?: number;
};

/** A job as its handler sees it. `data` is what was sent; a handler checks what it relies on. */
export type Job<T> = { id: string; data: T; retryCount: number; retryLimit: number };

export type SendOptions = {
  /** Marks the job as being about this thing, for sweeps that look for jobs (pendingJobCondition). */
  singletonKey?: string;
  startAfterSeconds?: number;
};

export type Jobs = {
  /**
   * Registers a queue and its handler. Synchronous and cheap: nothing connects until the first send or
   * start, and every queue must be defined by then. A handler that throws has its job retried.
   */
  define<T extends object>(
    queue: string,
    options: QueueOptions,
    handler: (job: Job<T>) => Promise<void>,
  ): void;
  /** Registers a task worker processes run at start and then every `intervalSeconds`, never overlapping. */
  every(name: string, intervalSeconds: number, task: () => Promise<void>): void;
  /** Sends a job; returns its id. Starts pg-boss on first use, and wakes a local worker at once. */
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Worker processes only: starts the handlers of every queue and the periodic tasks. */
  start(): Promise<void>;
  /** Stops taking jobs and waits (10 s at most) for running handlers and tasks. Idempotent. */
  stop(): Promise<void>;
};

export type JobsOptions = {
  connectionString: string;
  log: Logger;
  /** Whether this process runs handlers, periodic tasks and queue maintenance. */
  runWorker: boolean;
  /** Connections in pg-boss's own pool. */
  max?: number;
};

const SCHEMA = 'pgboss';
const STOP_TIMEOUT_MS = 10_000;

type Queue = {
  options: QueueOptions;
  run(job: PgBoss.JobWithMetadata<object>): Promise<void>;
  workerIds: string[];
};

type PeriodicTask = { name: string; intervalSeconds: number; task: () => Promise<void> };

/**
 * A SQL condition for sweeps that compare their own rows with pg-boss's job table: true while `queue`
 * has an unfinished job (created, retry or active: pg-boss's state enum is ordered) whose singleton key
 * is `singletonKeySql`, an expression over the caller's row. Its one parameter is in `params`.
 */
export function pendingJobCondition(
  queue: string,
  singletonKeySql: string,
): { sql: string; params: [string] } {
  return {
    sql: `exists (
      select 1 from ${SCHEMA}.job pending_job
      where pending_job.name = ? and pending_job.singleton_key = ${singletonKeySql}
        and pending_job.state < 'completed'
    )`,
    params: [queue],
  };
}

// pg-boss 10 marks a finished job complete (or failed) without awaiting it (manager.js, `work`'s
// onFetch), so a database connection cut at that moment rejects with nobody listening, and Node ends the
// process. That one kind of rejection (the connection went away: the job is retried after it expires,
// the handlers are idempotent) is logged instead; any other unhandled rejection still ends the process,
// as it would without this listener.
const CONNECTION_LOST_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  'ECONNRESET',
  'EPIPE',
]);
let connectionLossLog: Logger | undefined;

function isConnectionLoss(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  const code = (reason as Error & { code?: string }).code;
  return (
    (code !== undefined && CONNECTION_LOST_CODES.has(code)) ||
    /Connection terminated|connection.*(closed|ended)|Client has encountered a connection error/i.test(
      reason.message,
    )
  );
}

function tolerateLostConnections(log: Logger): void {
  if (connectionLossLog) return;
  connectionLossLog = log;
  process.on('unhandledRejection', (reason) => {
    if (!isConnectionLoss(reason)) throw reason;
    const { code, message } = reason as Error & { code?: string };
    connectionLossLog?.warn(
      { component: 'jobs', code, message },
      'job queue lost its database connection mid-job',
    );
  });
}

export function createJobs(options: JobsOptions): Jobs {
  const { log, runWorker } = options;
  if (runWorker) tolerateLostConnections(log);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: SCHEMA,
    max: options.max ?? 4,
    // Maintenance (expiring stuck jobs, archiving) belongs to worker processes.
    supervise: runWorker,
    schedule: false,
    application_name: 'shelf-jobs',
  });
  const queues = new Map<string, Queue>();
  const periodicTasks: PeriodicTask[] = [];
  const timers: NodeJS.Timeout[] = [];
  const runningTasks = new Set<Promise<void>>();
  let ready: Promise<void> | undefined;
  let started: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  // pg-boss reports connection trouble as events; unhandled, an 'error' event would crash the process.
  // Log the message and code only: pg errors carry their whole client object. A database shutting down
  // (57P01, e.g. Ctrl-C reaching Postgres first) is expected during a stop, not an error.
  boss.on('error', (error: Error & { code?: string }) => {
    const summary = { component: 'jobs', code: error.code, message: error.message };
    if (error.code === '57P01' || stopping) log.warn(summary, 'job queue lost its database connection');
    else log.error(summary, 'job queue error');
  });

  // Lazy, so that a process without the worker starts pg-boss only when it first sends; a failed start
  // is forgotten so the next call tries again. Creating the queues is idempotent.
  function ensureReady(): Promise<void> {
    if (stopping && !ready) return Promise.reject(new Error('The job queue has been stopped.'));
    ready ??= (async () => {
      await boss.start();
      for (const [name, queue] of queues) await boss.createQueue(name, { name, ...jobOptions(queue) });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  function jobOptions(queue: Queue) {
    const { retryLimit, retryDelaySeconds, retryBackoff, expireInSeconds } = queue.options;
    return { retryLimit, retryDelay: retryDelaySeconds, retryBackoff, expireInSeconds };
  }

  function logFailure(queue: string, job: PgBoss.JobWithMetadata<object>, error: unknown): void {
    const willRetry = job.retryCount < job.retryLimit;
    const details = {
      component: 'jobs',
      queue,
      jobId: job.id,
      retryCount: job.retryCount,
      retryLimit: job.retryLimit,
      error: error instanceof Error ? error.message : String(error),
    };
    if (willRetry) log.warn(details, 'job failed; it will be retried');
    else log.error(details, 'job failed after its last retry');
  }

  function schedule({ name, intervalSeconds, task }: PeriodicTask): void {
    let busy = false;
    const tick = () => {
      if (busy || stopping) return;
      busy = true;
      const run: Promise<void> = task()
        .catch((error: unknown) => log.error({ component: 'jobs', task: name, err: error }, 'task failed'))
        .finally(() => {
          busy = false;
          runningTasks.delete(run);
        });
      runningTasks.add(run);
    };
    tick();
    const timer = setInterval(tick, intervalSeconds * 1000);
    timer.unref();
    timers.push(timer);
  }

  async function startWorkers(name: string, queue: Queue): Promise<void> {
    const workOptions = {
      includeMetadata: true as const,
      batchSize: 1,
      pollingIntervalSeconds: queue.options.pollingIntervalSeconds ?? 2,
    };
    for (let index = 0; index < (queue.options.workers ?? 1); index++) {
      queue.workerIds.push(
        await boss.work<object>(name, workOptions, async ([job]) => {
          if (job) await queue.run(job);
        }),
      );
    }
  }

  return {
    define<T extends object>(
      name: string,
      queueOptions: QueueOptions,
      handler: (job: Job<T>) => Promise<void>,
    ) {
      if (queues.has(name)) throw new Error(`The job queue ${name} is already defined.`);
      if (ready) throw new Error(`The job queue ${name} is defined after the queues were created.`);
      queues.set(name, {
        options: queueOptions,
        workerIds: [],
        async run(job) {
          try {
            await handler({
              id: job.id,
              data: job.data as T,
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            });
          } catch (error) {
            logFailure(name, job, error);
            throw error;
          }
        },
      });
    },

    every(name, intervalSeconds, task) {
      if (started) throw new Error(`The task ${name} is registered after the workers started.`);
      periodicTasks.push({ name, intervalSeconds, task });
    },

    async send(name, data, sendOptions = {}) {
      const queue = queues.get(name);
      if (!queue) throw new Error(`No job queue named ${name} is defined.`);
      await ensureReady();
      // Job-level options, so the retry settings of this release win over whatever the queue was created
      // with by an older one.
      const id = await boss.send(name, data, {
        ...jobOptions(queue),
        ...(sendOptions.singletonKey !== undefined && { singletonKey: sendOptions.singletonKey }),
        ...(sendOptions.startAfterSeconds !== undefined && { startAfter: sendOptions.startAfterSeconds }),
      });
      if (sendOptions.startAfterSeconds === undefined) {
        for (const workerId of queue.workerIds) boss.notifyWorker(workerId);
      }
      return id;
    },

    start() {
      if (!runWorker) return Promise.reject(new Error('Only a worker process starts the job workers.'));
      started ??= (async () => {
        await ensureReady();
        for (const [name, queue] of queues) await startWorkers(name, queue);
        for (const task of periodicTasks) schedule(task);
      })();
      return started;
    },

    stop() {
      stopping ??= (async () => {
        const deadline = Date.now() + STOP_TIMEOUT_MS;
        for (const timer of timers) clearInterval(timer);
        // Tasks first: they may still send jobs, which needs pg-boss running.
        await Promise.race([Promise.all(runningTasks), delay(STOP_TIMEOUT_MS)]);
        const wasStarted = await ready?.then(
          () => true,
          () => false,
        );
        if (wasStarted) await boss.stop({ graceful: true, wait: true, timeout: deadline - Date.now() });
      })();
      return stopping;
    },
  };
}

/** A wait that never holds the process open. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
