// The public catalog cache across API processes (decision 010): two APIs on one database, as two
// processes would be, each with its own cache. An edit, an unpublish or a raw SQL write through one side
// is visible on the very next request to the other; a read that the version did not announce stays
// cached, which shows the second API really answers from its cache.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@shelf/config';
import { findFreePort } from '@shelf/test-utils/free-port';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksOnlyForCatalog, publicAnswerCounts } from '../src/http/graphql-handler.ts';
import { VersionClock } from '../src/modules/catalog/catalog-cache.ts';
import { loadTypeDefs } from '../src/schema.ts';
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

describe('the cache of whole answers', () => {
  const counts = () => ({ ...publicAnswerCounts(reader.services) });
  const post = (query: string, variables: object = {}, headers = {}) =>
    fetch(`${reader.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('answers an anonymous catalog query asked again with the same bytes, until the catalog changes', async () => {
    const query = '{ products(first: 100) { totalCount nodes { slug name price { formatted } } } }';
    const first = await post(query);
    const before = counts();
    const again = await post(query);
    expect(counts()).toEqual({ hits: before.hits + 1, misses: before.misses });
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const text = await again.text();
    expect(text).toBe(await first.text());
    // Another Accept header is another answer, in the content type it asked for.
    const graphqlResponse = await post(query, {}, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(counts()).toEqual({ hits: before.hits + 1, misses: before.misses + 1 });
    // Other variables are another answer.
    await ask(reader.url, ONE, { slug: 'no-such-product' });
    expect(counts()).toEqual({ hits: before.hits + 1, misses: before.misses + 2 });
    // The next catalog write, through the other API, empties the cache.
    await writer
      .em()
      .getConnection()
      .execute("update product set name = name || '!' where slug = 'aurora-figma-ui-kit'");
    const changed = await (await post(query)).text();
    expect(changed).not.toBe(text);
    expect(changed).toContain(`"name":"Unannounced!"`);
    expect(counts()).toEqual({ hits: before.hits + 1, misses: before.misses + 3 });
  });

  it('runs every time what is not an anonymous catalog read, or answered with errors', async () => {
    const sameTwice = async (query: string, variables: object = {}, headers = {}) => {
      const before = counts();
      const answers = [await post(query, variables, headers), await post(query, variables, headers)];
      expect(counts()).toEqual(before);
      return answers;
    };
    // A signed-in caller, a private field, a field outside the catalog, a mutation.
    await sameTwice(ONE, { slug: 'aurora-figma-ui-kit' }, auth);
    const [sales] = await sameTwice('{ products(first: 1) { nodes { id sales { count } } } }');
    expect(((await sales!.json()) as Answer).errors).toBeDefined();
    await sameTwice('{ store { name } products(first: 1) { nodes { id } } }');
    await sameTwice('mutation { logout }');
    // A catalog query answered with an error is run, and not kept.
    const before = counts();
    const tooMany = [
      await post('{ products(first: 500) { nodes { id } } }'),
      await post('{ products(first: 500) { nodes { id } } }'),
    ];
    for (const answer of tooMany) expect(((await answer.json()) as Answer).errors).toBeDefined();
    expect(counts()).toEqual({ hits: before.hits, misses: before.misses + 2 });
  });

  it('counts as catalog only the public catalog fields, through fragments too', () => {
    const schema = buildSchema(loadTypeDefs());
    const catalogOnly = (query: string) => asksOnlyForCatalog(schema, parse(query));
    expect(
      catalogOnly(
        '{ product(slug: "x") { ...P } } fragment P on Product { name files { name } previewImages { url } }',
      ),
    ).toBe(true);
    expect(
      catalogOnly(
        '{ products { edges { cursor node { __typename price { amount } } } pageInfo { hasNextPage } } }',
      ),
    ).toBe(true);
    expect(catalogOnly('{ product(slug: "x") { ...P } } fragment P on Product { sales { count } }')).toBe(
      false,
    );
    expect(catalogOnly('{ products { nodes { id } } } query Other { me { email } }')).toBe(false);
    expect(catalogOnly('{ ... on Query { store { name } } }')).toBe(false);
    expect(catalogOnly('{ products { nodes { notAField } } }')).toBe(false);
    expect(catalogOnly('{ __schema { types { name } } }')).toBe(false);
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
