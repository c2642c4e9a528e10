// `pnpm start` for the storefront: serves the production build (`pnpm build` first) on PORT and HOST.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import { readWebEnv } from '../app/lib/env.server.ts';
import { createWebApp } from './create-web-app.ts';

// Before the build (and React with it) is imported, which picks its production or development mode.
process.env.NODE_ENV ??= 'production';
installGlobals({ nativeFetch: true });

const buildPath = fileURLToPath(new URL('../build/server/index.js', import.meta.url));
const clientDir = fileURLToPath(new URL('../build/client', import.meta.url));

const env = readWebEnv(process.env);
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
const app = createWebApp({ build, clientDir, env, mode: process.env.NODE_ENV });

const server = env.host ? app.listen(env.port, env.host) : app.listen(env.port);
await once(server, 'listening');
console.log(`[web] http://localhost:${(server.address() as AddressInfo).port}`);

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
