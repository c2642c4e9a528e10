// `pnpm start` for the storefront: serves the production build (`pnpm build` first) on PORT and HOST.
// With WEB_CONCURRENCY=N this process is the primary of N such servers sharing the port (cluster.ts).
import cluster from 'node:cluster';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import { readWebEnv } from '../app/lib/env.server.ts';
import { readConcurrency, superviseWebProcesses } from './cluster.ts';
import { createWebApp } from './create-web-app.ts';

// Before the build (and React with it) is imported, which picks its production or development mode.
process.env.NODE_ENV ??= 'production';
installGlobals({ nativeFetch: true });

const buildPath = fileURLToPath(new URL('../build/server/index.js', import.meta.url));
const clientDir = fileURLToPath(new URL('../build/client', import.meta.url));

const env = readWebEnv(process.env);
const processes = readConcurrency(process.env.WEB_CONCURRENCY);

if (cluster.isPrimary && processes > 1) {
  const supervisor = superviseWebProcesses(processes);
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      supervisor.stop().then(() => process.exit(0));
    });
  }
  try {
    await supervisor.listening;
  } catch (error) {
    console.error(`[web] ${(error as Error).message}`);
    await supervisor.stop();
    process.exit(1);
  }
  console.log(`[web] http://localhost:${env.port} (${processes} processes)`);
} else {
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = createWebApp({ build, clientDir, env, mode: process.env.NODE_ENV });

  const server = env.host ? app.listen(env.port, env.host) : app.listen(env.port);
  await once(server, 'listening');
  if (cluster.isPrimary) console.log(`[web] http://localhost:${(server.address() as AddressInfo).port}`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close((error) => {
        if (error) console.error(error);
        process.exit(error ? 1 : 0);
      });
      // Keep-alive connections would hold close() open; idle ones can go now, busy ones finish first.
      server.closeIdleConnections();
    });
  }
}
