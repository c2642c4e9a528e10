// GET /.well-known/shelf-license-key on a real API: the key it publishes verifies the certificates the
// store issues (issueLicenseCertificate) and nothing signed with another key, as JSON or as bare PEM.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLicenseKey, generateSigningKeyPair, verifyLicenseCertificate } from '@shelf/licensing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLicenseCertificate, licensePublicKey } from '../src/modules/licensing/license-certificate.ts';
import { startTestApi, type TestApi } from './harness.ts';

const ISSUED_AT = new Date('2026-06-01T10:00:00.000Z');

function certificateInput(overrides: { expiresAt?: Date | null } = {}) {
  return {
    licenseId: '0193a6b2-5c1e-7d4f-9a0b-1c2d3e4f5a6b',
    licenseKey: generateLicenseKey(),
    productId: '0193a6b2-5c1e-7d4f-9a0b-000000000001',
    productSlug: 'pixel-perfect',
    instanceId: '0193a6b2-5c1e-7d4f-9a0b-aaaaaaaaaaaa',
    instanceName: "Ada's laptop",
    expiresAt: null,
    activationLimit: 3,
    ...overrides,
  };
}

async function fetchPublishedKey(target: TestApi): Promise<string> {
  const response = await fetch(`${target.url}/.well-known/shelf-license-key`);
  const body = (await response.json()) as { public_key_pem: string };
  return body.public_key_pem;
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

describe('GET /.well-known/shelf-license-key', () => {
  it('publishes the Ed25519 public key as JSON, cacheable for an hour', async () => {
    const response = await fetch(`${api.url}/.well-known/shelf-license-key`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      algorithm: 'Ed25519',
      public_key_pem: api.services.config.secrets.licenseSigningPublicKey,
      format: 'shelf-license-certificate-v1',
    });
  });

  it('answers the bare PEM to Accept: application/x-pem-file and to ?format=pem', async () => {
    const byHeader = await fetch(`${api.url}/.well-known/shelf-license-key`, {
      headers: { accept: 'application/x-pem-file' },
    });
    const byQuery = await fetch(`${api.url}/.well-known/shelf-license-key?format=pem`);
    for (const response of [byHeader, byQuery]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/x-pem-file');
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(await response.text()).toBe(await fetchPublishedKey(api));
    }
    expect(byHeader.headers.get('vary')).toContain('Accept');
  });

  it('verifies a certificate the store issues, and not one signed with another key', async () => {
    const publicKeyPem = await fetchPublishedKey(api);
    const input = certificateInput();
    const certificate = issueLicenseCertificate(api.ctx(), input, ISSUED_AT);
    const result = verifyLicenseCertificate(certificate, publicKeyPem, {
      now: ISSUED_AT,
      instanceId: input.instanceId,
    });
    expect(result).toEqual({
      valid: true,
      payload: {
        licenseKey: input.licenseKey,
        licenseId: input.licenseId,
        productId: input.productId,
        instanceId: input.instanceId,
        instanceName: input.instanceName,
        issuedAt: '2026-06-01T10:00:00.000Z',
        expiresAt: null,
        validUntil: '2026-07-01T10:00:00.000Z',
        activationLimit: 3,
        entitlements: ['pixel-perfect'],
      },
    });

    const otherKey = generateSigningKeyPair().privateKeyPem;
    const ctx = api.ctx();
    const foreignCtx = {
      ...ctx,
      services: {
        ...ctx.services,
        config: {
          ...ctx.services.config,
          secrets: { ...ctx.services.config.secrets, licenseSigningPrivateKey: otherKey },
        },
      },
    };
    const foreign = issueLicenseCertificate(foreignCtx, input, ISSUED_AT);
    expect(verifyLicenseCertificate(foreign, publicKeyPem, { now: ISSUED_AT })).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it("asks for an online check after 30 days, or at the license's own expiry if that comes first", () => {
    const publicKeyPem = licensePublicKey(api.services);
    const soon = new Date('2026-06-10T00:00:00.000Z');
    const ending = issueLicenseCertificate(api.ctx(), certificateInput({ expiresAt: soon }), ISSUED_AT);
    const verifyAt = (now: string) => verifyLicenseCertificate(ending, publicKeyPem, { now: new Date(now) });
    expect(verifyAt('2026-06-09T23:59:59.999Z')).toMatchObject({
      valid: true,
      payload: { expiresAt: soon.toISOString(), validUntil: soon.toISOString() },
    });
    expect(verifyAt('2026-06-10T00:00:00.000Z')).toEqual({ valid: false, reason: 'expired' });
  });

  it('is what examples/verify-license fetches and verifies with', async () => {
    const script = fileURLToPath(new URL('../../../examples/verify-license/verify.mjs', import.meta.url));
    const keyFile = join(mkdtempSync(join(tmpdir(), 'shelf-license-key-')), 'key.pem');
    const certificate = issueLicenseCertificate(api.ctx(), certificateInput());
    const exitCode = await new Promise<number>((resolve) => {
      execFile(process.execPath, [script, '--store', api.url, '--key-file', keyFile, certificate], (error) =>
        resolve(error ? Number(error.code) : 0),
      );
    });
    expect(exitCode).toBe(0);
  });
});

describe('a store configured with LICENSE_SIGNING_KEY alone', () => {
  let keyed: TestApi;
  const pair = generateSigningKeyPair();

  beforeAll(async () => {
    keyed = await startTestApi({ LICENSE_SIGNING_KEY: pair.privateKeyPem });
  });

  afterAll(async () => {
    await keyed?.close();
  });

  it('publishes the public half of that key', async () => {
    expect(keyed.services.config.secrets.licenseSigningPublicKey).toBeUndefined();
    expect(await fetchPublishedKey(keyed)).toBe(pair.publicKeyPem);
    const certificate = issueLicenseCertificate(keyed.ctx(), certificateInput(), ISSUED_AT);
    expect(verifyLicenseCertificate(certificate, pair.publicKeyPem, { now: ISSUED_AT }).valid).toBe(true);
  });
});
