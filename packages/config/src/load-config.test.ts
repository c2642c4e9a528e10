import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'shelf-config-'));
const SECRETS_KEY = randomBytes(32).toString('base64');

describe('loadConfig', () => {
  it('gives the embedded defaults with no configuration', () => {
    const dataDir = freshDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.web.port).toBe(3000);
    expect(config.api.port).toBe(4000);
    expect(config.payments).toEqual({ provider: 'test' });
    expect(config.storage).toMatchObject({ driver: 'local', rootDir: join(dataDir, 'files') });
    expect(config.email.driver).toBe('outbox');
    expect(config.database).toEqual({ embedded: { dataDir: join(dataDir, 'postgres'), port: undefined } });
    expect(config.web.publicUrl).toBe('http://localhost:3000');
  });

  it('generates secrets once and keeps them across restarts', () => {
    const dataDir = freshDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.secrets.session).toHaveLength(43);
    expect(second.secrets).toEqual(first.secrets);
    const stored = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    expect(stored.licenseSigningPrivateKey).toContain('PRIVATE KEY');
  });

  it('names the variable and what it expects in one line', () => {
    const dataDir = freshDir();
    expect(() => loadConfig({ DATA_DIR: dataDir, API_PORT: 'abc' })).toThrowError(
      'Invalid configuration: API_PORT must be a port number (0-65535; 0 picks a free port), got "abc"',
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, STORAGE_DRIVER: 'ftp' })).toThrowError(
      /STORAGE_DRIVER must be local or s3/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, STRIPE_SECRET_KEY: 'nope' })).toThrowError(
      /STRIPE_SECRET_KEY must be a Stripe secret key .*\(value hidden\)/,
    );
  });

  it('reads upload size limits in bytes, leaving unset ones to their defaults', () => {
    const dataDir = freshDir();
    const config = loadConfig({
      DATA_DIR: dataDir,
      UPLOAD_MAX_FILE_BYTES: '2147483648',
      S3_MULTIPART_PART_BYTES: '8388608',
    });
    expect(config.storage.uploads).toEqual({
      maxFileBytes: 2147483648,
      maxImageBytes: undefined,
      multipartThresholdBytes: undefined,
      multipartPartBytes: 8388608,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir, UPLOAD_MAX_IMAGE_BYTES: '1.5' })).toThrowError(
      /UPLOAD_MAX_IMAGE_BYTES must be a whole number of bytes/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, S3_MULTIPART_PART_BYTES: '1024' })).toThrowError(
      /S3_MULTIPART_PART_BYTES must be at least 5242880 bytes/,
    );
  });

  it('requires the webhook secret with a Stripe key and a bucket with S3', () => {
    const dataDir = freshDir();
    expect(() => loadConfig({ DATA_DIR: dataDir, STRIPE_SECRET_KEY: 'sk_test_123' })).toThrowError(
      ConfigError,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, STORAGE_DRIVER: 's3' })).toThrowError(
      /S3_BUCKET is required/,
    );
  });

  it('switches to production services when they are configured', () => {
    const config = loadConfig({
      DATA_DIR: freshDir(),
      DATABASE_URL: 'postgres://shelf@db:5432/shelf',
      STRIPE_SECRET_KEY: 'sk_test_123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'shelf',
      S3_ENDPOINT: 'http://minio:9000',
      S3_FORCE_PATH_STYLE: 'true',
      RESEND_API_KEY: 're_123',
    });
    expect(config.database).toEqual({ url: 'postgres://shelf@db:5432/shelf' });
    expect(config.payments.provider).toBe('stripe');
    expect(config.storage).toMatchObject({ driver: 's3', bucket: 'shelf', forcePathStyle: true });
    expect(config.email.driver).toBe('resend');
  });
});

describe('loadConfig on a public URL', () => {
  const publicShop = () => ({ DATA_DIR: freshDir(), PUBLIC_URL: 'https://shop.example.com' });
  const stripe = { STRIPE_SECRET_KEY: 'sk_live_123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

  it('refuses test-mode payments nobody asked for, naming the variable to set', () => {
    expect(() => loadConfig({ ...publicShop(), RESEND_API_KEY: 're_123' })).toThrowError(
      new ConfigError(
        'Invalid configuration: PUBLIC_URL is public (https://shop.example.com) but STRIPE_SECRET_KEY is not set; set it (and STRIPE_WEBHOOK_SECRET), or set PAYMENTS=test to run test-mode payments on purpose.',
      ),
    );
    expect(() =>
      loadConfig({ DATA_DIR: freshDir(), API_PUBLIC_URL: 'https://api.example.com', RESEND_API_KEY: 're_1' }),
    ).toThrowError(/^Invalid configuration: API_PUBLIC_URL is public \(https:\/\/api\.example\.com\)/);
  });

  it('refuses the outbox nobody asked for, naming the variable to set', () => {
    expect(() => loadConfig({ ...publicShop(), ...stripe })).toThrowError(
      /^Invalid configuration: PUBLIC_URL is public \(https:\/\/shop\.example\.com\) but RESEND_API_KEY is not set; .*EMAIL=outbox/,
    );
  });

  it('writes nothing into DATA_DIR when it refuses', () => {
    const env = publicShop();
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(existsSync(join(env.DATA_DIR, 'secrets.json'))).toBe(false);
  });

  it('starts in test mode with PAYMENTS=test', () => {
    const config = loadConfig({ ...publicShop(), PAYMENTS: 'test', RESEND_API_KEY: 're_123' });
    expect(config.payments).toEqual({ provider: 'test' });
    expect(config.email.driver).toBe('resend');
  });

  it('uses the outbox with EMAIL=outbox, and logs no links there', () => {
    const config = loadConfig({ ...publicShop(), ...stripe, EMAIL: 'outbox' });
    expect(config.payments.provider).toBe('stripe');
    expect(config.email).toMatchObject({ driver: 'outbox', logLinks: false });
  });

  it('runs the real services when they are configured', () => {
    const config = loadConfig({
      ...publicShop(),
      ...stripe,
      RESEND_API_KEY: 're_123',
      NODE_ENV: 'production',
      SECRETS_KEY,
    });
    expect(config.payments.provider).toBe('stripe');
    expect(config.email.driver).toBe('resend');
  });

  it('keeps the zero-configuration defaults on localhost, 127.0.0.1 and ::1', () => {
    for (const PUBLIC_URL of [
      undefined,
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]) {
      const config = loadConfig({ DATA_DIR: freshDir(), PUBLIC_URL });
      expect(config.payments).toEqual({ provider: 'test' });
      expect(config.email).toMatchObject({ driver: 'outbox', logLinks: true });
    }
  });

  it('refuses PAYMENTS=stripe and EMAIL=resend without their keys, even on localhost', () => {
    expect(() => loadConfig({ DATA_DIR: freshDir(), PAYMENTS: 'stripe' })).toThrowError(
      'Invalid configuration: PAYMENTS=stripe but STRIPE_SECRET_KEY is not set; set it (and STRIPE_WEBHOOK_SECRET), or set PAYMENTS=test to run test-mode payments.',
    );
    expect(() => loadConfig({ DATA_DIR: freshDir(), EMAIL: 'resend' })).toThrowError(
      /^Invalid configuration: EMAIL=resend but RESEND_API_KEY is not set/,
    );
    expect(() => loadConfig({ DATA_DIR: freshDir(), PAYMENTS: 'paypal' })).toThrowError(
      'Invalid configuration: PAYMENTS must be test or stripe, got "paypal"',
    );
  });
});

describe('the outbox logs email links', () => {
  it('on a developer machine only: NODE_ENV=development, or unset on a local URL', () => {
    const logLinks = (env: Record<string, string>) => {
      const { email } = loadConfig({ DATA_DIR: freshDir(), EMAIL: 'outbox', PAYMENTS: 'test', ...env });
      return email.driver === 'outbox' && email.logLinks;
    };
    expect(logLinks({})).toBe(true);
    expect(logLinks({ NODE_ENV: 'development' })).toBe(true);
    expect(logLinks({ NODE_ENV: 'development', PUBLIC_URL: 'https://shop.example.com' })).toBe(true);
    expect(logLinks({ PUBLIC_URL: 'https://shop.example.com' })).toBe(false);
    expect(logLinks({ NODE_ENV: 'production', SECRETS_KEY })).toBe(false);
    expect(logLinks({ NODE_ENV: 'test' })).toBe(false);
  });
});

describe('request limits and the proxy', () => {
  it('limits requests and believes no X-Forwarded-For by default', () => {
    const config = loadConfig({ DATA_DIR: freshDir() });
    expect(config.rateLimits).toBe(true);
    expect(config.trustProxy).toBe(false);
  });

  it('turns limits off with RATE_LIMITS=off and trusts a proxy with TRUST_PROXY=true', () => {
    const config = loadConfig({ DATA_DIR: freshDir(), RATE_LIMITS: 'off', TRUST_PROXY: 'true' });
    expect(config.rateLimits).toBe(false);
    expect(config.trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: freshDir(), RATE_LIMITS: 'on' }).rateLimits).toBe(true);
    expect(loadConfig({ DATA_DIR: freshDir(), RATE_LIMITS: 'false' }).rateLimits).toBe(false);
  });

  it('names the values it accepts', () => {
    expect(() => loadConfig({ DATA_DIR: freshDir(), RATE_LIMITS: 'sometimes' })).toThrowError(
      'Invalid configuration: RATE_LIMITS must be on or off, got "sometimes"',
    );
    expect(() => loadConfig({ DATA_DIR: freshDir(), TRUST_PROXY: 'maybe' })).toThrowError(
      'Invalid configuration: TRUST_PROXY must be true or false, got "maybe"',
    );
  });
});

describe('API_KEY_RATE_LIMIT', () => {
  it('gives each API key 600 requests a minute unless set, and takes only a whole number from 1', () => {
    expect(loadConfig({ DATA_DIR: freshDir() }).apiKeyRateLimit).toBe(600);
    expect(loadConfig({ DATA_DIR: freshDir(), API_KEY_RATE_LIMIT: '120' }).apiKeyRateLimit).toBe(120);
    expect(() => loadConfig({ DATA_DIR: freshDir(), API_KEY_RATE_LIMIT: '0' })).toThrowError(
      /API_KEY_RATE_LIMIT must be at least 1 request per minute/,
    );
    expect(() => loadConfig({ DATA_DIR: freshDir(), API_KEY_RATE_LIMIT: 'lots' })).toThrowError(
      /API_KEY_RATE_LIMIT must be a number of requests per minute/,
    );
  });
});

describe('SECRETS_KEY', () => {
  it('takes 32 bytes as hex, base64 or base64url', () => {
    const key = randomBytes(32);
    for (const SECRETS_KEY of [
      key.toString('hex'),
      key.toString('base64'),
      key.toString('base64url'),
      ` ${key.toString('base64')} `,
    ]) {
      expect(loadConfig({ DATA_DIR: freshDir(), SECRETS_KEY }).secrets.secretsKey).toEqual(key);
    }
  });

  it('refuses anything but 32 bytes, without showing the value', () => {
    for (const SECRETS_KEY of [randomBytes(16).toString('base64'), 'not a key at all', 'ab'.repeat(31)]) {
      expect(() => loadConfig({ DATA_DIR: freshDir(), SECRETS_KEY })).toThrowError(
        /^Invalid configuration: SECRETS_KEY must be 32 random bytes .*\(value hidden\)$/,
      );
    }
  });

  it('is required in production, before anything is written into DATA_DIR', () => {
    const dataDir = freshDir();
    expect(() =>
      loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'production', PAYMENTS: 'test', EMAIL: 'outbox' }),
    ).toThrowError(/^Invalid configuration: SECRETS_KEY is required in production/);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('is derived from the generated secrets elsewhere: the same for every process, one per DATA_DIR, never stored', () => {
    const dataDir = freshDir();
    const first = loadConfig({ DATA_DIR: dataDir }).secrets.secretsKey;
    expect(first).toHaveLength(32);
    expect(loadConfig({ DATA_DIR: dataDir }).secrets.secretsKey).toEqual(first);
    expect(loadConfig({ DATA_DIR: freshDir() }).secrets.secretsKey).not.toEqual(first);
    expect(JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'))).not.toHaveProperty('secretsKey');
  });
});

describe('processes and metrics', () => {
  it('runs one process and serves no metrics by default', () => {
    const config = loadConfig({ DATA_DIR: freshDir() });
    expect(config.concurrency).toBe(1);
    expect(config.runWorker).toBe(true);
    expect(config.metrics).toEqual({ token: undefined, port: undefined });
  });

  it('reads WEB_CONCURRENCY as a number, or auto for one process per core', () => {
    expect(loadConfig({ DATA_DIR: freshDir(), WEB_CONCURRENCY: '3' }).concurrency).toBe(3);
    expect(loadConfig({ DATA_DIR: freshDir(), WEB_CONCURRENCY: 'auto' }).concurrency).toBe(
      availableParallelism(),
    );
    for (const wrong of ['0', 'many', '1.5']) {
      expect(() => loadConfig({ DATA_DIR: freshDir(), WEB_CONCURRENCY: wrong })).toThrowError(
        `Invalid configuration: WEB_CONCURRENCY must be a number of processes (1-64) or auto, got "${wrong}"`,
      );
    }
  });

  it('reads the metrics token and port, and hides a short token in its error', () => {
    const token = 'a-long-enough-metrics-token';
    const config = loadConfig({ DATA_DIR: freshDir(), METRICS_TOKEN: token, METRICS_PORT: '9464' });
    expect(config.metrics).toEqual({ token, port: 9464 });
    expect(loadConfig({ DATA_DIR: freshDir(), METRICS_TOKEN: '', METRICS_PORT: '' }).metrics).toEqual({
      token: undefined,
      port: undefined,
    });
    expect(() => loadConfig({ DATA_DIR: freshDir(), METRICS_PORT: '0' })).toThrowError(
      'Invalid configuration: METRICS_PORT must be a port number (1-65535), got "0"',
    );
    expect(() => loadConfig({ DATA_DIR: freshDir(), METRICS_TOKEN: 'short' })).toThrowError(
      'Invalid configuration: METRICS_TOKEN must be at least 16 characters (value hidden)',
    );
  });
});

describe('outbound webhooks', () => {
  it('refuses private targets unless WEBHOOKS_ALLOW_PRIVATE, and retries for about a day unless told', () => {
    const defaults = loadConfig({ DATA_DIR: freshDir() }).webhooks;
    expect(defaults.allowPrivate).toBe(false);
    expect(defaults.retryScheduleSeconds).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    const local = loadConfig({
      DATA_DIR: freshDir(),
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SCHEDULE: '1,2.5',
    }).webhooks;
    expect(local).toEqual({ allowPrivate: true, retryScheduleSeconds: [1, 2.5] });
    expect(() => loadConfig({ DATA_DIR: freshDir(), WEBHOOK_RETRY_SCHEDULE: '5,soon' })).toThrowError(
      /WEBHOOK_RETRY_SCHEDULE must be seconds between attempts/,
    );
  });
});
