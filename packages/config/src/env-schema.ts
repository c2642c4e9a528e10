// The environment variables Shelf understands, each with its default and what a valid value looks like.
// Everything optional falls back to the embedded defaults described in the README.
import { z } from 'zod';
import { decodeSecretsKey } from './secrets.ts';

const portNumber = () =>
  z.coerce
    .number({ error: 'must be a port number (0-65535; 0 picks a free port)' })
    .int({ error: 'must be a port number (0-65535; 0 picks a free port)' })
    .min(0, { error: 'must be a port number (0-65535; 0 picks a free port)' })
    .max(65535, { error: 'must be a port number (0-65535; 0 picks a free port)' });
const port = (fallback: number) => portNumber().default(fallback);

const optionalString = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value ? value : undefined));

const url = z.url({ error: 'must be an absolute URL such as https://shop.example.com' });
const optionalUrl = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined))
  .pipe(url.optional());

const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

const email = z.email({ error: 'must be an email address' });

/** A size in bytes (a whole number, at least `min`), or unset for the default where it is used. */
const byteCount = (min: number) =>
  z.coerce
    .number({ error: 'must be a number of bytes' })
    .int({ error: 'must be a whole number of bytes' })
    .min(min, { error: `must be at least ${min} bytes` })
    .optional();

export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  LOG_LEVEL: z
    .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      error: 'must be one of trace, debug, info, warn, error, fatal, silent',
    })
    .default('info'),
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: port(3000),
  API_PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: optionalUrl,
  API_PUBLIC_URL: optionalUrl,
  API_URL: optionalUrl,
  STORE_NAME: z.string().min(1).default('Shelf Demo Store'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection URL' })
        .optional(),
    ),
  EMBEDDED_PG_PORT: portNumber().optional(),
  STRIPE_SECRET_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, { error: 'must be a Stripe secret key (sk_test_... or sk_live_...)' })
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^whsec_/, { error: 'must be a Stripe webhook signing secret (whsec_...)' })
      .optional(),
  ),
  STRIPE_API_BASE: optionalUrl,
  PAYMENTS: optionalString.pipe(z.enum(['test', 'stripe'], { error: 'must be test or stripe' }).optional()),
  STORAGE_DRIVER: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
  S3_BUCKET: optionalString,
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: booleanFlag(false),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  UPLOAD_MAX_FILE_BYTES: byteCount(1),
  UPLOAD_MAX_IMAGE_BYTES: byteCount(1),
  S3_MULTIPART_THRESHOLD_BYTES: byteCount(5 * 1024 * 1024),
  S3_MULTIPART_PART_BYTES: byteCount(5 * 1024 * 1024),
  RESEND_API_KEY: optionalString.pipe(
    z.string().regex(/^re_/, { error: 'must be a Resend API key (re_...)' }).optional(),
  ),
  RESEND_BASE_URL: optionalUrl,
  EMAIL: optionalString.pipe(z.enum(['outbox', 'resend'], { error: 'must be outbox or resend' }).optional()),
  EMAIL_FROM: z.string().min(3).default('Shelf <store@localhost>'),
  EMAIL_RATE_PER_SECOND: z.coerce.number({ error: 'must be a number' }).positive().default(2),
  SESSION_SECRET: optionalString.pipe(
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  DOWNLOAD_SIGNING_SECRET: optionalString.pipe(
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  LICENSE_SIGNING_KEY: optionalString.pipe(
    z.string().includes('PRIVATE KEY', { error: 'must be a PEM-encoded Ed25519 private key' }).optional(),
  ),
  // 32 random bytes as 64 hex digits or base64 (`openssl rand -base64 32`); parsed in loadConfig.
  SECRETS_KEY: optionalString.pipe(
    z
      .string()
      .refine((value) => decodeSecretsKey(value) !== null, {
        error: 'must be 32 random bytes as 64 hex digits or base64 (openssl rand -base64 32)',
      })
      .optional(),
  ),
  OWNER_EMAIL: optionalString.pipe(email.optional()),
  OWNER_PASSWORD: optionalString.pipe(
    z.string().min(8, { error: 'must be at least 8 characters' }).optional(),
  ),
  RUN_WORKER: booleanFlag(true),
  // Processes per app on this machine: a number, or `auto` for one per core (resolved in loadConfig).
  WEB_CONCURRENCY: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim().toLowerCase() : '1'))
    .pipe(
      z
        .string()
        .regex(/^(auto|[1-9]\d?)$/, { error: 'must be a number of processes (1-64) or auto' })
        .refine((value) => value === 'auto' || Number(value) <= 64, {
          error: 'must be a number of processes (1-64) or auto',
        })
        .transform((value) => (value === 'auto' ? 'auto' : Number(value))),
    ),
  METRICS_TOKEN: optionalString.pipe(
    z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  ),
  // Empty means unset (as in .env.example); 0 is refused: Prometheus needs to know the port.
  METRICS_PORT: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(
      z.coerce
        .number<string>({ error: 'must be a port number (1-65535)' })
        .int({ error: 'must be a port number (1-65535)' })
        .min(1, { error: 'must be a port number (1-65535)' })
        .max(65535, { error: 'must be a port number (1-65535)' })
        .optional(),
    ),
  SEED_DEMO: booleanFlag(true),
  // `off` is for load tests only (`pnpm bench`): it turns off every request limit of the API.
  RATE_LIMITS: z
    .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'], { error: 'must be on or off' })
    .optional()
    .transform((value) => value === undefined || ['on', 'true', '1', 'yes'].includes(value)),
  // GraphQL requests one API key may make per minute, across all processes.
  API_KEY_RATE_LIMIT: z.coerce
    .number({ error: 'must be a number of requests per minute' })
    .int({ error: 'must be a whole number of requests per minute' })
    .min(1, { error: 'must be at least 1 request per minute' })
    .default(600),
  // Read by both processes: a reverse proxy in front sets X-Forwarded-For and it names the client.
  TRUST_PROXY: booleanFlag(false),
  // Outbound webhooks to private, loopback and link-local addresses: off unless set (local receivers in
  // development and tests need it on).
  WEBHOOKS_ALLOW_PRIVATE: booleanFlag(false),
  // Seconds between a failed webhook attempt and the next, comma-separated; the count is the retries.
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : '5,300,1800,7200,18000,36000,36000'))
    .pipe(
      z
        .string()
        .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?){0,19}$/, {
          error: 'must be seconds between attempts, comma-separated (5,300,1800)',
        })
        .transform((value) => value.split(',').map(Number)),
    ),
  // No fallback here: the default follows NODE_ENV (on except in production), decided in loadConfig.
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes'].includes(value))),
});

export type RawEnv = z.infer<typeof envSchema>;
