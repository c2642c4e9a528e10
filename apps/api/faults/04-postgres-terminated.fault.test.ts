// Postgres connections terminated under load: while test-mode purchases and downloads run, every other
// connection to the store's database is killed again and again (pg_terminate_backend). Requests caught
// by a kill may fail, but never half-way: a purchase is paid with its license and grant or not at all,
// a download is counted with its event or not at all. Once the kills stop, the pools reconnect, every
// interrupted checkout completes exactly once on retry, and new traffic all succeeds.
import { setTimeout as sleep } from 'node:timers/promises';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Order } from '@shelf/db/orders';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { arrangeDownloadLink, postDownload, readGrant } from './support/downloads.ts';
import { checkInvariants } from './support/invariants.ts';
import { SOFTWARE } from './support/licenses.ts';

const STORM_MS = 6_000;
const KILL_EVERY_MS = 400;

let api: TestApi;
let productId: string;

beforeAll(async () => {
  api = await startTestApi({
    PUBLIC_URL: 'http://shop.test',
    PAYMENTS: 'test',
    EMAIL: 'outbox',
  });
  const { data } = await api.graphql<{ product: { id: string } }>(`{ product(slug: "${SOFTWARE}") { id } }`);
  productId = data!.product.id;
});

afterAll(async () => {
  await api?.close();
});

async function terminateConnections(killer: pg.Client): Promise<number> {
  const { rows } = await killer.query<{ terminated: boolean }>(
    `select pg_terminate_backend(pid) as terminated from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rows.filter((row) => row.terminated).length;
}

async function startCheckout(): Promise<string | null> {
  const created = await api
    .graphql<{ createCheckout: { id: string } }>(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId } },
    )
    .catch(() => null);
  return created?.data?.createCheckout?.id ?? null;
}

async function completeCheckout(id: string, email: string): Promise<boolean> {
  const paid = await api
    .graphql<{ completeTestCheckout: { order: { licenses: Array<{ key: string }> } } }>(
      'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { licenses { key } } } }',
      { id, email },
    )
    .catch(() => null);
  return (paid?.data?.completeTestCheckout?.order?.licenses?.length ?? 0) === 1;
}

it('loses and half-writes nothing while its connections are killed, and recovers', async () => {
  const { grantId, pageUrl } = await arrangeDownloadLink(api, null);
  const killer = new pg.Client({ connectionString: api.db.url });
  await killer.connect();
  const stormEnds = Date.now() + STORM_MS;
  let kills = 0;
  let killed = 0;
  const incomplete: Array<{ id: string; email: string }> = [];
  const completed: string[] = [];
  const downloadStatuses: number[] = [];

  const killing = (async () => {
    while (Date.now() < stormEnds) {
      killed += await terminateConnections(killer);
      kills++;
      await sleep(KILL_EVERY_MS);
    }
  })();
  const buyer = async (n: number) => {
    for (let i = 0; Date.now() < stormEnds; i++) {
      const email = `storm-${n}-${i}@example.com`;
      const id = await startCheckout();
      if (!id) continue;
      if (await completeCheckout(id, email)) completed.push(id);
      else incomplete.push({ id, email });
    }
  };
  const downloader = async () => {
    while (Date.now() < stormEnds) {
      downloadStatuses.push(
        await postDownload(pageUrl).then(
          (r) => r.status,
          () => 0,
        ),
      );
    }
  };
  await Promise.all([killing, buyer(0), buyer(1), buyer(2), downloader(), downloader()]);
  await killer.end();

  expect(kills).toBeGreaterThan(5);
  expect(killed).toBeGreaterThan(0);
  expect(completed.length + incomplete.length).toBeGreaterThan(0);
  // Downloads never answer anything but served or a server error while the database is away.
  expect(downloadStatuses.every((status) => status === 303 || status >= 500 || status === 0)).toBe(true);

  // The pools reconnect: within a few seconds, the store answers again.
  const recovered = Date.now() + 15_000;
  let healthy = false;
  while (!healthy && Date.now() < recovered) {
    healthy =
      (await postDownload(pageUrl).then(
        (r) => r.status,
        () => 0,
      )) === 303;
    if (!healthy) await sleep(250);
  }
  expect(healthy).toBe(true);

  // Interrupted checkouts complete on retry, exactly once each.
  for (const { id, email } of incomplete) expect(await completeCheckout(id, email)).toBe(true);
  // And new traffic all succeeds.
  const fresh = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      const id = await startCheckout();
      expect(id).not.toBeNull();
      expect(await completeCheckout(id!, `after-${i}@example.com`)).toBe(true);
      return id!;
    }),
  );
  const downloads = await Promise.all(Array.from({ length: 10 }, () => postDownload(pageUrl)));
  expect(downloads.map((response) => response.status)).toEqual(Array(10).fill(303));

  const em = api.em();
  for (const id of [...completed, ...incomplete.map((checkout) => checkout.id), ...fresh]) {
    const orders = await em.find(Order, { providerSessionId: id });
    expect(orders).toHaveLength(1);
    expect(orders[0]!.status).toBe('paid');
    expect(await em.count(License, { order: orders[0]! })).toBe(1);
    expect(await em.count(DownloadGrant, { order: orders[0]! })).toBe(1);
  }
  // Each counted download has its event, and the other way round: none counted half-way.
  const grant = await readGrant(api, grantId);
  expect(grant.count).toBe(grant.events);
  expect(grant.count).toBeGreaterThanOrEqual(11);

  await checkInvariants(api);
});
