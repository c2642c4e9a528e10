// The jobs module against real pg-boss in this file's own database: handlers run, a throwing handler is
// retried, a process without the worker can send to one that has it, and stopping waits for running work.
import { createTestDatabase, type TestDatabase } from '@shelf/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { createJobs, type Job, type Jobs, type JobsOptions, pendingJobCondition } from './jobs.service.ts';

let db: TestDatabase;
const running: Jobs[] = [];

function jobsFor(options: Partial<JobsOptions> = {}): Jobs {
  const jobs = createJobs({
    connectionString: db.url,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    runWorker: true,
    ...options,
  });
  running.push(jobs);
  return jobs;
}

const queueOptions = {
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 30,
  pollingIntervalSeconds: 0.5,
};

/** A promise with its resolve function, for handlers to report to the test. */
function signal<T = void>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

beforeAll(async () => {
  db = await createTestDatabase(inject('testDatabase'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((jobs) => jobs.stop()));
});

afterAll(async () => {
  await db?.close();
});

describe('jobs', () => {
  it('runs the handler of a defined queue with the data sent', async () => {
    const jobs = jobsFor();
    const handled = signal<Job<{ greeting: string }>>();
    jobs.define<{ greeting: string }>('test.greet', queueOptions, async (job) => handled.resolve(job));
    await jobs.start();

    const id = await jobs.send('test.greet', { greeting: 'hello' });
    const job = await handled.promise;
    expect(job).toEqual({ id, data: { greeting: 'hello' }, retryCount: 0, retryLimit: 2 });
  });

  it('retries a job whose handler throws', async () => {
    const jobs = jobsFor();
    const attempts: number[] = [];
    const succeeded = signal();
    jobs.define('test.flaky', queueOptions, async (job) => {
      attempts.push(job.retryCount);
      if (job.retryCount === 0) throw new Error('not this time');
      succeeded.resolve();
    });
    await jobs.start();

    await jobs.send('test.flaky', {});
    await succeeded.promise;
    expect(attempts).toEqual([0, 1]);
  });

  it('lets a process without the worker send to one that has it', async () => {
    const sender = jobsFor({ runWorker: false });
    const worker = jobsFor();
    const handled = signal<string>();
    sender.define<{ orderId: string }>('test.cross', queueOptions, async () => {
      throw new Error('a process without the worker never runs handlers');
    });
    worker.define<{ orderId: string }>('test.cross', queueOptions, async (job) =>
      handled.resolve(job.data.orderId),
    );
    await expect(sender.start()).rejects.toThrow('Only a worker process');
    await worker.start();

    await sender.send('test.cross', { orderId: 'order-1' });
    expect(await handled.promise).toBe('order-1');
  });

  it('tells a sweep which keys still have a job waiting', async () => {
    const jobs = jobsFor({ runWorker: false });
    jobs.define('test.later', queueOptions, async () => {});
    await jobs.send('test.later', {}, { singletonKey: 'waiting', startAfterSeconds: 3600 });

    const pending = pendingJobCondition('test.later', '?::text');
    const isPending = async (key: string) => {
      const [row] = await db.orm.em
        .getConnection()
        .execute<Array<{ pending: boolean }>>(`select ${pending.sql} as pending`, [...pending.params, key]);
      return row?.pending;
    };
    expect(await isPending('waiting')).toBe(true);
    expect(await isPending('other')).toBe(false);
  });

  it('waits for a running handler when it stops', async () => {
    const jobs = jobsFor();
    const started = signal();
    let finished = false;
    jobs.define('test.slow', queueOptions, async () => {
      started.resolve();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      finished = true;
    });
    await jobs.start();

    await jobs.send('test.slow', {});
    await started.promise;
    await jobs.stop();
    expect(finished).toBe(true);
    await expect(jobs.stop()).resolves.toBeUndefined();
  });

  it('runs periodic tasks in worker processes until it stops', async () => {
    const jobs = jobsFor();
    let runs = 0;
    jobs.every('test.tick', 0.2, async () => {
      runs++;
    });
    await jobs.start();

    await new Promise((resolve) => setTimeout(resolve, 700));
    await jobs.stop();
    const runsAtStop = runs;
    expect(runsAtStop).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runs).toBe(runsAtStop);
  });
});
