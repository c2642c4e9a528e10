// `pnpm --filter @shelf/api reconcile [--hours 48]` (or `pnpm reconcile`): fulfils every checkout the
// payment provider completed in that window whose webhook never arrived, prints the counts and exits.
// Safe to run at any time, next to running API processes: fulfilment is idempotent. Delivery emails it
// queues are sent by the API's worker.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@shelf/config';
import { openDatabase } from '@shelf/db';
import { createAppServices } from '../app-services.ts';
import { systemContext } from '../context.ts';
import { createLogger } from '../logger.ts';
import { reconcileRecentCheckouts } from '../modules/payments/reconcile.service.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { hours: { type: 'string', default: '48' } }, strict: true });
const hours = Number(values.hours);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 90)
  fail('--hours must be a number of hours between 0 and 2160.');

let config: ReturnType<typeof loadConfig>;
try {
  // This process only reconciles; sending is left to the API's worker.
  config = { ...loadConfig(process.env), runWorker: false };
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
if (config.payments.provider === 'test') {
  console.log('Test-mode payments fulfil immediately; there is nothing to reconcile.');
  process.exit(0);
}

const log = createLogger(config.logLevel);
const db = await openDatabase(config.database, { migrate: true });
const services = createAppServices(config, db, log);

let exitCode = 0;
try {
  const since = new Date(Date.now() - hours * 60 * 60 * 1000);
  const counts = await reconcileRecentCheckouts(systemContext(services, 'reconcile'), { since });
  console.log(
    `Checked ${counts.checked} completed checkout(s) since ${since.toISOString()}: ${counts.fulfilled} fulfilled now, ${counts.failed} failed.`,
  );
  if (counts.failed > 0) exitCode = 1;
} catch (error) {
  log.error({ err: error }, 'reconciliation failed');
  exitCode = 1;
} finally {
  await services.jobs.stop();
  await db.close();
}
process.exit(exitCode);
