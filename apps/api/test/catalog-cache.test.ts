// The public catalog cache across API processes (decision 010): two APIs on one database, as two
// processes would be, each with its own cache. An edit, an unpublish or a raw SQL write through one side
// is visible on the very next request to the other; a read that the version did not announce stays
// cached, which shows the second API really answers from its cache.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@shelf/config';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionClock } from '../src/modules/catalog/catalog-cache.ts';
import { type RunningApi, startApi } from '../src/server.ts';
import { startTestApi, type TestApi } from './harness.ts';

let writer: TestApi;
let reader: RunningApi;
let auth: Record<string, string>;

async function startSecondApi(databaseUrl: string): Promise<RunningApi> {
  const port = await findFreePort();
  return startApi(
    loadConfig({
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-api-test-')),
      API_PORT: String(port),
      API_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      OWNER_EMAIL: 'owner@example.com',
      OWNER_PASSWORD: 'correct horse battery staple',
      NODE_ENV: 'test',
      RATE_LIMITS: 'off',
      PAYMENTS: 'test',
      EMAIL: 'outbox',
    }),
  );
}

type Answer = { data?: any; errors?: unknown[] };

async function ask(url: string, query: string, variables: object = {}, headers = {}): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as Answer;
  expect(answer.errors).toBeUndefined();
  return answer;
}

const LIST = '{ products(first: 100) { nodes { id slug name price { amount formatted } } } }';
const ONE =
  'query($slug: String!) { product(slug: $slug) { id name description descriptionHtml price { amount } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }';

const readOne = async (slug: string) => (await ask(reader.url, ONE, { slug })).data.product;
const readList = async () =>
  (await ask(reader.url, LIST)).data.products.nodes as Array<{ slug: string; name: string; price: any }>;

beforeAll(async () => {
  writer = await startTestApi({ PAYMENTS: 'test', EMAIL: 'outbox' });
  reader = await startSecondApi(writer.db.url);
  const { data } = await writer.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(async () => {
  await reader?.close();
  await writer?.close();
});

describe('the catalog cache across two APIs', () => {
  it('shows an edit made through the other API on the next request', async () => {
    const before = await readOne('aurora-figma-ui-kit');
    expect(await readOne('aurora-figma-ui-kit')).toEqual(before);
    await ask(
      writer.url,
      UPDATE,
      { id: before.id, input: { name: 'Aurora Renamed', price: { amount: 1234, currency: 'usd' } } },
      auth,
    );
    const after = await readOne('aurora-figma-ui-kit');
    expect(after).toMatchObject({ name: 'Aurora Renamed', price: { amount: 1234 } });
    const listed = (await readList()).find((product) => product.slug === 'aurora-figma-ui-kit');
    expect(listed).toMatchObject({ name: 'Aurora Renamed', price: { amount: 1234, formatted: '$12.34' } });
  });

  it('never serves a product after the transaction unpublishing it has committed', async () => {
    const product = await readOne('aurora-figma-ui-kit');
    expect((await readList()).map((p) => p.slug)).toContain('aurora-figma-ui-kit');
    await ask(writer.url, UPDATE, { id: product.id, input: { status: 'DRAFT' } }, auth);
    expect(await readOne('aurora-figma-ui-kit')).toBeNull();
    expect((await readList()).map((p) => p.slug)).not.toContain('aurora-figma-ui-kit');

    await ask(writer.url, UPDATE, { id: product.id, input: { status: 'PUBLISHED' } }, auth);
    expect(await readOne('aurora-figma-ui-kit')).toMatchObject({ id: product.id });
  });

  it('sees writes made outside the services too: the database bumps the version', async () => {
    await readList();
    await writer
      .em()
      .getConnection()
      .execute("update product set description = 'Changed **by hand**.' where slug = 'aurora-figma-ui-kit'");
    const product = await readOne('aurora-figma-ui-kit');
    expect(product.description).toBe('Changed **by hand**.');
    expect(product.descriptionHtml).toContain('<strong>by hand</strong>');
  });

  it('answers from its cache while the version stays the same', async () => {
    expect((await readOne('aurora-figma-ui-kit')).name).toBe('Aurora Renamed');
    // A change the version does not announce (the trigger's bump taken back in the same transaction):
    // the cache keeps its answer, which only a cache would.
    await writer.em().transactional(async (em) => {
      await em.execute("update product set name = 'Unannounced' where slug = 'aurora-figma-ui-kit'");
      await em.execute('update catalog_version set version = version - 1');
    });
    expect((await readOne('aurora-figma-ui-kit')).name).toBe('Aurora Renamed');
    await writer.em().getConnection().execute('update catalog_version set version = version + 1');
    expect((await readOne('aurora-figma-ui-kit')).name).toBe('Unannounced');
  });
});

describe('VersionClock', () => {
  it('gives every caller a read that started after its call, sharing reads between callers', async () => {
    let started = 0;
    const pending: Array<(value: bigint) => void> = [];
    const clock = new VersionClock(() => {
      started += 1;
      return new Promise<bigint>((resolve) => pending.push(resolve));
    });
    const first = clock.current();
    expect(started).toBe(1);
    // Both arrive while the first read is in flight: neither may use it, both share the next.
    const second = clock.current();
    const third = clock.current();
    expect(started).toBe(1);
    pending[0]!(1n);
    expect(await first).toBe(1n);
    await Promise.resolve();
    expect(started).toBe(2);
    pending[1]!(2n);
    expect(await second).toBe(2n);
    expect(await third).toBe(2n);
    expect(started).toBe(2);
  });
});
