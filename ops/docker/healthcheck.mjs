// The Shelf image's HEALTHCHECK: asks the URL the running role wrote at start (ops/docker/entrypoint.sh:
// the API's and the worker's /readyz, which reach the database, or the storefront's own static file) and
// exits 0 only on a 2xx answer within 4 seconds.
import { readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read inside the container's HEALTHCHECK, never under turbo
const file = process.env.SHELF_HEALTH_FILE ?? '/tmp/shelf-health-url';
let url;
try {
  url = readFileSync(file, 'utf8').trim();
} catch {
  console.error(`No ${file}: this container runs no long-running Shelf role.`);
  process.exit(1);
}
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
  if (!response.ok) console.error(`${url} answered ${response.status}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
