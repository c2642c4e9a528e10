// The module boundaries ARCHITECTURE.md describes, checked on every `pnpm test` so they hold without
// anyone having to remember them. Run `pnpm depcruise` to check; each rule's comment is what the
// report prints next to a violation.

const apiModule = '^apps/api/src/modules/([^/]+)/';
// Tests beside a module arrange data across domains (and start a test database), as any test may.
const testFile = '[.]test[.]ts$';
// The db package's own machinery, as opposed to its domain folders of entities.
const dbInfrastructure = ['^packages/db/src/[^/]+[.]ts$', '^packages/db/src/(cli|migrations|seed|testing)/'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycles make load order matter (a value can be undefined when first read) and tie the ' +
        'files of the cycle together so none can change or be tested alone. Move what both sides need ' +
        'into a third file, or pass it in. Cycles made only of `import type` are erased at runtime and ' +
        'allowed: MikroORM relations name both ends (`Order` has items, `OrderItem` has an order), and ' +
        'the service context names the services that take it.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'api-module-internals',
      severity: 'error',
      comment:
        "A domain talks to another through that domain's service: only `*.service.ts` files are a " +
        "module's public surface, so its other files can change without breaking anyone. " +
        '`modules/common/` is shared by all.',
      from: { path: apiModule, pathNot: testFile },
      to: {
        path: '^apps/api/src/modules/([^/]+)/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/common/', '[.]service[.]ts$'],
      },
    },
    {
      name: 'api-module-entities',
      severity: 'error',
      comment:
        'A domain writes and queries only its own tables, i.e. the entity classes of its own folder ' +
        "`@shelf/db/<domain>`; for another domain's data it calls that domain's service. Type-only " +
        'imports are allowed because a domain may hold an entity another service handed it. Modules ' +
        'without a db folder (checkout, fulfilment, common, ...) use no entity values at all. ' +
        '`@shelf/db/sql` (prepared statements) is plumbing that owns no table, open to every domain.',
      from: { path: apiModule, pathNot: testFile },
      to: {
        path: '^packages/db/src/',
        pathNot: ['^packages/db/src/$1/', '^packages/db/src/sql/', ...dbInfrastructure],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'api-module-db-infrastructure',
      severity: 'error',
      comment:
        'The db package root (ORM config, migrations, embedded Postgres), its seed data and test ' +
        'database are infrastructure for server.ts, the CLIs and tests; a domain module gets its ' +
        'EntityManager from the request context instead.',
      from: { path: apiModule, pathNot: testFile },
      to: { path: dbInfrastructure },
    },
    {
      name: 'web-no-db',
      severity: 'error',
      comment:
        'The web app reads and writes only through the GraphQL API, so every rule is enforced in one ' +
        'place. Only the end-to-end test support (e2e/) touches the database, to start a real stack.',
      from: { path: '^apps/web/', pathNot: '^apps/web/e2e/' },
      to: { path: '^packages/db/' },
    },
    {
      name: 'packages-no-apps',
      severity: 'error',
      comment:
        'Packages are the libraries the apps are built from; a package importing an app would make ' +
        'the layers a cycle and drag the app into every other user of the package.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'examples-standalone',
      severity: 'error',
      comment:
        'The examples are for creators to copy into their own apps, so they use Node built-ins, files ' +
        'of their own folder and the one npm package a webhook receiver needs (standardwebhooks): ' +
        'never a workspace package or a file of the apps. Their tests may also use vitest.',
      from: { path: '^examples/([^/]+)/', pathNot: testFile },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^examples/$1/', '(^|/)node_modules/standardwebhooks/'],
      },
    },
    {
      name: 'examples-tests-standalone',
      severity: 'error',
      comment: "An example's tests exercise that example with Node built-ins and vitest, nothing of Shelf's.",
      from: { path: '^examples/([^/]+)/.+[.]test[.]ts$' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^examples/$1/', '(^|/)node_modules/(standardwebhooks|vitest)/'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'This import does not resolve to a file: a typo, a missing package.json dependency, or a ' +
        'subpath the package does not export.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['node_modules', '(^|/)generated/', '(^|/)build/', '(^|/)dist/'] },
    // Type-only imports are erased by the compiler but are still dependencies between modules; the
    // rules above decide where they are allowed.
    tsPreCompilationDeps: true,
    // No package declares `paths`; the shared compiler options (Bundler resolution, `.ts` imports) are here.
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Reads the package.json of the file's own package and of the root, as pnpm resolves them.
    combinedDependencies: true,
    enhancedResolveOptions: {
      // Workspace packages are reached through their node_modules symlink and resolved to real files
      // by their `exports` map (`@shelf/db/orders` -> packages/db/src/orders/index.ts).
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
