import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'shelf-config-'));

describe('loadConfig', () => {
  it('gives the embedded defaults with no configuration', () => {
    const dataDir = freshDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.web.port).toBe(3000);
    expect(config.api.port).toBe(4000);
    expect(config.payments).toEqual({ provider: 'test' });
    expect(config.storage).toEqual({ driver: 'local', rootDir: join(dataDir, 'files') });
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
