// examples/verify-license/verify.mjs is a dependency-free copy of verifyLicenseCertificate for creators'
// apps. These tests run it as a script against certificates from this package (valid, tampered, expired,
// another instance; the key fetched once from a store and then read from its cache) and hold its
// verification to the same answers as the reference on every kind of bad input, so the copy cannot rot.
import { execFile } from 'node:child_process';
import { sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLicenseCertificate, verifyLicenseCertificate } from './license-certificate.ts';
import type { LicenseCertificatePayload } from './license-certificate-payload.ts';
import { generateLicenseKey } from './license-key.ts';
import { generateSigningKeyPair } from './signing-key-pair.ts';

const SCRIPT = fileURLToPath(new URL('../../../examples/verify-license/verify.mjs', import.meta.url));
const { privateKeyPem, publicKeyPem } = generateSigningKeyPair();
const DAY_MS = 24 * 60 * 60 * 1000;

type Verify = typeof verifyLicenseCertificate;

function buildPayload(overrides: Partial<LicenseCertificatePayload> = {}): LicenseCertificatePayload {
  const now = Date.now();
  return {
    licenseKey: generateLicenseKey(),
    licenseId: 'license-1',
    productId: 'product-1',
    instanceId: 'instance-1',
    instanceName: 'Build server',
    issuedAt: new Date(now).toISOString(),
    expiresAt: null,
    validUntil: new Date(now + 30 * DAY_MS).toISOString(),
    activationLimit: 3,
    entitlements: ['pixel-perfect'],
    ...overrides,
  };
}

function runScript(args: string[]): Promise<{ code: number; result: unknown; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0;
      resolve({ code, result: stdout ? JSON.parse(stdout) : null, stderr });
    });
  });
}

let store: Server;
let storeUrl: string;
let keyRequests = 0;
const dir = mkdtempSync(join(tmpdir(), 'shelf-verify-example-'));
const keyFile = join(dir, 'shelf-license-key.pem');

beforeAll(async () => {
  store = createServer((req, res) => {
    if (req.url !== '/.well-known/shelf-license-key') {
      res.writeHead(404).end();
      return;
    }
    keyRequests++;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        algorithm: 'Ed25519',
        public_key_pem: publicKeyPem,
        format: 'shelf-license-certificate-v1',
      }),
    );
  });
  await new Promise<void>((resolve) => store.listen(0, '127.0.0.1', resolve));
  storeUrl = `http://127.0.0.1:${(store.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => store?.close(resolve));
});

describe('examples/verify-license/verify.mjs as a script', () => {
  const payload = buildPayload();
  const certificate = signLicenseCertificate(payload, privateKeyPem);

  it('fetches the key once, then verifies from the cache with no store at all', async () => {
    const first = await runScript(['--store', storeUrl, '--key-file', keyFile, certificate]);
    expect(first).toMatchObject({ code: 0, result: { valid: true, payload } });
    const offline = await runScript(['--store', 'http://127.0.0.1:9', '--key-file', keyFile, certificate]);
    expect(offline).toMatchObject({ code: 0, result: { valid: true, payload } });
    expect(keyRequests).toBe(1);
  });

  it('reads the certificate from a file and checks the instance', async () => {
    const file = join(dir, 'certificate.txt');
    writeFileSync(file, `${certificate}\n`);
    const same = await runScript(['--key-file', keyFile, '--instance', 'instance-1', '--file', file]);
    expect(same).toMatchObject({ code: 0, result: { valid: true } });
    const other = await runScript(['--key-file', keyFile, '--instance', 'instance-2', '--file', file]);
    expect(other).toMatchObject({ code: 1, result: { valid: false, reason: 'wrong_instance' } });
  });

  it('exits 1 for a tampered, foreign or expired certificate', async () => {
    const [encoded, signature] = certificate.split('.') as [string, string];
    const raised = { ...JSON.parse(Buffer.from(encoded, 'base64url').toString()), activationLimit: 100 };
    const tampered = `${Buffer.from(JSON.stringify(raised)).toString('base64url')}.${signature}`;
    const foreign = signLicenseCertificate(payload, generateSigningKeyPair().privateKeyPem);
    const past = new Date(Date.now() - DAY_MS).toISOString();
    const expired = signLicenseCertificate(buildPayload({ validUntil: past }), privateKeyPem);
    for (const [token, reason] of [
      [tampered, 'bad_signature'],
      [foreign, 'bad_signature'],
      [expired, 'expired'],
      ['not-a-certificate', 'malformed'],
    ]) {
      const run = await runScript(['--key-file', keyFile, token!]);
      expect(run).toMatchObject({ code: 1, result: { valid: false, reason } });
    }
  });

  it('exits 2 without a certificate or a way to get the key', async () => {
    expect((await runScript(['--key-file', keyFile])).code).toBe(2);
    expect((await runScript(['--key-file', join(dir, 'missing.pem'), certificate])).code).toBe(2);
  });
});

describe("the example's verifyLicenseCertificate", () => {
  let copy: Verify;

  beforeAll(async () => {
    // A variable specifier: the script is plain JS with no types, imported here only to compare answers.
    const specifier = new URL('../../../examples/verify-license/verify.mjs', import.meta.url).href;
    copy = ((await import(specifier)) as { verifyLicenseCertificate: Verify }).verifyLicenseCertificate;
  });

  function signRaw(json: string): string {
    const encoded = Buffer.from(json).toString('base64url');
    return `${encoded}.${sign(null, Buffer.from(encoded), privateKeyPem).toString('base64url')}`;
  }

  const genuine = () => ({ v: 1, ...buildPayload() });
  const real = () => signLicenseCertificate(buildPayload(), privateKeyPem);
  it.each<[string, () => unknown]>([
    ['a valid certificate', real],
    [
      'an unlimited license that never expires',
      () => signLicenseCertificate(buildPayload({ activationLimit: null }), privateKeyPem),
    ],
    [
      'a foreign signature',
      () => signLicenseCertificate(buildPayload(), generateSigningKeyPair().privateKeyPem),
    ],
    [
      'an expired license',
      () =>
        signRaw(
          JSON.stringify({
            ...genuine(),
            expiresAt: '2020-01-01T00:00:00.000Z',
            validUntil: '2020-01-01T00:00:00.000Z',
          }),
        ),
    ],
    ['three parts', () => `${real()}.x`],
    ['padding', () => real().replace('.', '=.')],
    ['a truncated signature', () => real().slice(0, -2)],
    ['not a string', () => 42],
    ['not JSON', () => signRaw('{not json')],
    ['an array', () => signRaw('[1]')],
    ['a future version', () => signRaw(JSON.stringify({ ...genuine(), v: 2 }))],
    ['an extra field', () => signRaw(JSON.stringify({ ...genuine(), customerEmail: 'ada@example.com' }))],
    ['a malformed key', () => signRaw(JSON.stringify({ ...genuine(), licenseKey: 'SHELF-1' }))],
    ['a string limit', () => signRaw(JSON.stringify({ ...genuine(), activationLimit: '3' }))],
    ['a negative limit', () => signRaw(JSON.stringify({ ...genuine(), activationLimit: -1 }))],
    ['an empty instance name', () => signRaw(JSON.stringify({ ...genuine(), instanceName: '' }))],
    [
      'an impossible date',
      () => signRaw(JSON.stringify({ ...genuine(), issuedAt: '2026-02-30T00:00:00.000Z' })),
    ],
    [
      'validUntil after expiresAt',
      () => signRaw(JSON.stringify({ ...genuine(), expiresAt: '2020-01-01T00:00:00.000Z' })),
    ],
    ['repeated entitlements', () => signRaw(JSON.stringify({ ...genuine(), entitlements: ['a', 'a'] }))],
  ])('answers like the reference for %s', (_label, makeToken) => {
    const token = makeToken() as string;
    const options = { now: new Date(), instanceId: 'instance-1' };
    const expected = verifyLicenseCertificate(token, publicKeyPem, options);
    expect(copy(token, publicKeyPem, options)).toEqual(expected);
    expect(copy(token, publicKeyPem, { ...options, instanceId: 'instance-2' })).toEqual(
      verifyLicenseCertificate(token, publicKeyPem, { ...options, instanceId: 'instance-2' }),
    );
  });
});
