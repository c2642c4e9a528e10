// `pnpm --filter @shelf/api build`: compiles the API to plain JavaScript in dist/, run with `node`.
// The workspace packages export TypeScript source, so they are bundled in; packages from node_modules stay
// external and are loaded from apps/api/node_modules at run time, which is why every one of them must be a
// dependency of this app (the build fails naming any that is not). The SDL files schema.ts reads from disk
// are copied next to the bundle, at the same place relative to it as in src/.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const appDir = dirname(fileURLToPath(import.meta.url));
const distDir = join(appDir, 'dist');

/**
 * The entry points: the server (`pnpm start`), the worker-only process and the command-line tools,
 * backup and restore among them, so a container needs nothing but this folder and its node_modules.
 */
const entryPoints = {
  main: 'src/main.ts',
  worker: 'src/worker.ts',
  'cli/reconcile': 'src/cli/reconcile.ts',
  'cli/backup': '../../packages/db/src/cli/backup.ts',
  'cli/restore': '../../packages/db/src/cli/restore.ts',
};

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bundles `@shelf/*` (TypeScript source) and leaves every other bare import to Node. */
const externalNodeModules = {
  name: 'external-node-modules',
  setup(build) {
    const missing = new Set();
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.path.startsWith('@shelf/')) return undefined;
      const name = packageName(args.path);
      if (!existsSync(join(appDir, 'node_modules', name))) missing.add(name);
      return { path: args.path, external: true };
    });
    build.onEnd(() => {
      if (missing.size === 0) return;
      throw new Error(
        `Imported at run time but not dependencies of @shelf/api (add them to apps/api/package.json): ${[...missing].sort().join(', ')}`,
      );
    });
  },
};

async function copySchemaFiles() {
  const modulesDir = join(appDir, 'src/modules');
  for (const entry of readdirSync(modulesDir, { withFileTypes: true })) {
    const source = join(modulesDir, entry.name, 'schema.graphql');
    if (!entry.isDirectory() || !existsSync(source)) continue;
    const target = join(distDir, 'modules', entry.name);
    mkdirSync(target, { recursive: true });
    await copyFile(source, join(target, 'schema.graphql'));
  }
}

const started = Date.now();
rmSync(distDir, { recursive: true, force: true });
await build({
  absWorkingDir: appDir,
  entryPoints,
  outdir: distDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // One self-contained file per entry point: schema.ts finds the SDL files relative to its own file, so
  // it must not move into a shared chunk in another folder.
  logLevel: 'warning',
  plugins: [externalNodeModules],
});
await copySchemaFiles();
console.log(`Built apps/api/dist in ${Date.now() - started} ms`);
