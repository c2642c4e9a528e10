// examples/list-todays-orders run as its README says, against a real API: the owner makes an API key
// with orders:read, the script (started with tsx, as `pnpm start` in its folder does) pages through
// today's orders with it and prints them with the money taken; a key without the scope is told so.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Product } from '@shelf/db/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { arrangePaidOrder } from './paid-order-fixture.ts';

const run = promisify(execFile);
const exampleDir = join(import.meta.dirname, '../../../examples/list-todays-orders');
const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };

let api: TestApi;
let ownerToken: string;

async function makeKey(scopes: string[]): Promise<string> {
  const answer = await api.graphql<{ createApiKey: { key: string } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    { input: { name: `example ${scopes.join(' ')}`, scopes } },
    { authorization: `Bearer ${ownerToken}` },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.createApiKey.key;
}

function runExample(apiKey: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(tsx, ['list-todays-orders.ts'], {
    cwd: exampleDir,
    env: { ...process.env, SHELF_API_URL: `${api.url}/graphql`, SHELF_API_KEY: apiKey },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  api = await startTestApi();
  const login = await api.graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    OWNER,
  );
  ownerToken = login.data!.login.token;
});

afterAll(async () => {
  await api?.close();
});

describe('examples/list-todays-orders', () => {
  it("lists today's orders with an orders:read key, with the money taken per currency", async () => {
    const em = api.em();
    const kit = await em.findOneOrFail(Product, { slug: 'aurora-figma-ui-kit' });
    const framecraft = await em.findOneOrFail(Product, { slug: 'framecraft-screenshot-tool' });
    const first = await arrangePaidOrder(api.ctx(), [kit], 'ada@example.com');
    const second = await arrangePaidOrder(api.ctx(), [kit, framecraft], 'grace@example.com');
    const taken = first.order.totalCents + second.order.totalCents;
    expect(first.order.currency).toBe('usd');

    const { code, stdout, stderr } = await runExample(await makeKey(['ORDERS_READ']));

    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`#${first.order.number}`);
    expect(stdout).toContain(`#${second.order.number}`);
    expect(stdout).toContain('ada@example.com');
    expect(stdout).toContain(`${kit.name}, ${framecraft.name}`);
    expect(stdout).toContain('2 orders');
    expect(stdout).toContain(`Taken in USD: $${(taken / 100).toFixed(2)}`);
  });

  it('says which scope a key lacks and exits 1', async () => {
    const { code, stderr } = await runExample(await makeKey(['CATALOG_READ']));
    expect(code).toBe(1);
    expect(stderr).toContain('FORBIDDEN');
    expect(stderr).toContain('orders:read');
  });
});
