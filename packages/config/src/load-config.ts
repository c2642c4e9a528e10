// Builds the one typed configuration object from an environment. Apps call this once at start-up;
// packages receive the parts they need as explicit options.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { StorageSettings } from '@shelf/storage';
import type { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { envSchema } from './env-schema.ts';
import { decodeSecretsKey, deriveSecretsKey, loadOrCreateSecrets } from './secrets.ts';
import { chooseEmail, choosePayments, findPublicExposure } from './service-choice.ts';

export { ConfigError };

/** The storage driver's own settings type, so the configuration and the driver cannot drift apart. */
export type StorageConfig = StorageSettings;

export type PaymentsConfig =
  | { provider: 'test' }
  | { provider: 'stripe'; secretKey: string; webhookSecret: string; apiBase: string | undefined };

export type EmailConfig =
  | { driver: 'outbox'; from: string; ratePerSecond: number; logLinks: boolean }
  | { driver: 'resend'; apiKey: string; baseUrl: string | undefined; from: string; ratePerSecond: number };

export type Config = {
  env: 'development' | 'production' | 'test';
  logLevel: string;
  dataDir: string;
  storeName: string;
  web: { port: number; publicUrl: string };
  api: { port: number; host: string; publicUrl: string; internalUrl: string };
  database: { url: string } | { embedded: { dataDir: string; port: number | undefined } };
  payments: PaymentsConfig;
  storage: StorageConfig;
  email: EmailConfig;
  secrets: {
    session: string;
    downloadSigning: string;
    licenseSigningPrivateKey: string;
    licenseSigningPublicKey: string | undefined;
    /**
     * The AES-256 key for secrets kept encrypted in the database (two-factor secrets): SECRETS_KEY, which
     * production requires; elsewhere derived from the generated secrets in DATA_DIR.
     */
    secretsKey: Buffer;
  };
  owner: { email: string | undefined; password: string | undefined };
  /** Whether this process runs the background jobs, periodic tasks and reconciliation (RUN_WORKER). */
  runWorker: boolean;
  /** API (and web) processes on this machine (WEB_CONCURRENCY; `auto` is one per core). */
  concurrency: number;
  /**
   * `/metrics`: served on the API port only to `Authorization: Bearer <token>` (METRICS_TOKEN), and
   * without a token on 127.0.0.1:<port> (METRICS_PORT). Neither set: not served.
   */
  metrics: { token: string | undefined; port: number | undefined };
  seedDemo: boolean;
  /** Request limits (login, checkout, downloads, GraphQL); false only for load tests (RATE_LIMITS=off). */
  rateLimits: boolean;
  /** GraphQL requests one API key may make per minute, counted across processes (API_KEY_RATE_LIMIT). */
  apiKeyRateLimit: number;
  /** A reverse proxy on this host or the private network sets X-Forwarded-For (TRUST_PROXY). */
  trustProxy: boolean;
  /** Whether the API answers introspection (and suggests field names in errors). */
  graphql: { introspection: boolean };
  /**
   * Outbound webhooks: whether endpoints may be on private, loopback or link-local addresses
   * (WEBHOOKS_ALLOW_PRIVATE), and the seconds before each retry of a failed delivery
   * (WEBHOOK_RETRY_SCHEDULE: its length is the number of retries).
   */
  webhooks: { allowPrivate: boolean; retryScheduleSeconds: number[] };
};

/** Finds the workspace root so a relative DATA_DIR means the same folder from every app. */
export function findWorkspaceRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
  return dir;
}

function formatIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? 'environment');
  const given = env[name];
  const shown =
    given === undefined
      ? ''
      : name.match(/SECRET|KEY|PASSWORD|TOKEN/)
        ? ' (value hidden)'
        : `, got "${given}"`;
  return `Invalid configuration: ${name} ${issue.message}${shown}`;
}

export function loadConfig(env: Record<string, string | undefined>, options: { cwd?: string } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(first ? formatIssue(first, env) : 'Invalid configuration');
  }
  const e = parsed.data;
  const root = findWorkspaceRoot(options.cwd ?? process.cwd());
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(root, e.DATA_DIR);

  if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid configuration: STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set (whsec_...)',
    );
  }
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) {
    throw new ConfigError('Invalid configuration: S3_BUCKET is required when STORAGE_DRIVER=s3');
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    );
  }

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const apiPublicUrl = (e.API_PUBLIC_URL ?? `http://localhost:${e.API_PORT}`).replace(/\/$/, '');
  const exposure = findPublicExposure({ PUBLIC_URL: publicUrl, API_PUBLIC_URL: apiPublicUrl });
  const payments = choosePayments(e, exposure);
  const email = chooseEmail(e, exposure, env.NODE_ENV !== undefined);
  if (e.NODE_ENV === 'production' && !e.SECRETS_KEY) {
    throw new ConfigError(
      'Invalid configuration: SECRETS_KEY is required in production (32 random bytes: openssl rand -base64 32). It encrypts two-factor secrets in the database; keep it safe, apart from database backups.',
    );
  }

  // Only after every refusal, so a configuration that cannot start writes nothing into DATA_DIR.
  const generated = loadOrCreateSecrets(dataDir);

  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    dataDir,
    storeName: e.STORE_NAME,
    web: { port: e.PORT, publicUrl },
    api: {
      port: e.API_PORT,
      host: e.HOST,
      publicUrl: apiPublicUrl,
      internalUrl: (e.API_URL ?? `http://127.0.0.1:${e.API_PORT}`).replace(/\/$/, ''),
    },
    database: e.DATABASE_URL
      ? { url: e.DATABASE_URL }
      : { embedded: { dataDir: join(dataDir, 'postgres'), port: e.EMBEDDED_PG_PORT } },
    payments,
    storage: {
      ...(e.STORAGE_DRIVER === 's3' && e.S3_BUCKET
        ? {
            driver: 's3',
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : undefined,
          }
        : { driver: 'local' as const, rootDir: join(dataDir, 'files') }),
      uploads: {
        maxFileBytes: e.UPLOAD_MAX_FILE_BYTES,
        maxImageBytes: e.UPLOAD_MAX_IMAGE_BYTES,
        multipartThresholdBytes: e.S3_MULTIPART_THRESHOLD_BYTES,
        multipartPartBytes: e.S3_MULTIPART_PART_BYTES,
      },
    },
    email,
    secrets: {
      session: e.SESSION_SECRET ?? generated.sessionSecret,
      downloadSigning: e.DOWNLOAD_SIGNING_SECRET ?? generated.downloadSigningSecret,
      licenseSigningPrivateKey: e.LICENSE_SIGNING_KEY ?? generated.licenseSigningPrivateKey,
      licenseSigningPublicKey: e.LICENSE_SIGNING_KEY ? undefined : generated.licenseSigningPublicKey,
      secretsKey: (e.SECRETS_KEY && decodeSecretsKey(e.SECRETS_KEY)) || deriveSecretsKey(generated),
    },
    owner: { email: e.OWNER_EMAIL?.toLowerCase(), password: e.OWNER_PASSWORD },
    runWorker: e.RUN_WORKER,
    concurrency: e.WEB_CONCURRENCY === 'auto' ? availableParallelism() : e.WEB_CONCURRENCY,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    seedDemo: e.SEED_DEMO,
    rateLimits: e.RATE_LIMITS,
    apiKeyRateLimit: e.API_KEY_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    graphql: { introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production' },
    webhooks: { allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE, retryScheduleSeconds: e.WEBHOOK_RETRY_SCHEDULE },
  };
}
