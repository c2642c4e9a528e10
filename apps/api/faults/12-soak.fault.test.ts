// The soak: mixed traffic (catalog reads, checkouts paid through signed webhooks, downloads, license
// activations, validations and deactivations) for FAULT_SOAK_SECONDS (600 by default when CI=true, 20
// otherwise), with memory sampled every second: the heap after a full collection when one can be forced,
// else the resident set. Memory must stay flat: the median of the last quarter of the samples within +20%
// of the median of the second quarter (the first is warm-up). Every request of the mix must succeed.
// Its own file, so it can be run alone: `pnpm --filter @shelf/api test:faults 12-soak`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';

const SOAK_SECONDS = Number(process.env.FAULT_SOAK_SECONDS ?? (process.env.CI === 'true' ? 600 : 20));
const SHOPPERS = 4;
const SOFTWARE = 'framecraft-screenshot-tool';

/** A full collection, when the runtime lets one be forced. */
function forcedCollector(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});

afterAll(async () => {
  await store?.close();
});

async function postJson(
  path: string,
  body: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${store.api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** One round of a shopper's traffic; throws on anything that did not succeed. */
async function round(shopper: number, index: number): Promise<void> {
  const catalog = await store.api.graphql(
    '{ products(first: 20) { nodes { id slug name price { amount } } } }',
  );
  expect(catalog.errors).toBeUndefined();

  const checkout = await store.startCheckout(SOFTWARE);
  const session = store.stripe.completeSession(checkout.id, { email: `soak${shopper}-${index}@example.com` });
  expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
  const view = await store.viewCheckout(checkout.id);
  expect(view?.status).toBe('COMPLETE');
  const link = view!.order!.downloads[0]!.url;
  const key = view!.order!.licenses[0]!.key;
  // The stand-in keeps what it saw in memory, in this process; a finished purchase needs none of it.
  store.stripe.sessions.delete(checkout.id);
  store.stripe.sessionParams.delete(checkout.id);

  const page = await fetch(link);
  expect(page.status).toBe(200);
  await page.arrayBuffer();
  const spent = await fetch(link, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  expect(spent.status).toBe(303);
  const file = await fetch(spent.headers.get('location')!);
  expect(file.status).toBe(200);
  await file.arrayBuffer();

  const first = await postJson('/v1/licenses/activate', { license_key: key, instance_name: 'Laptop' });
  const second = await postJson('/v1/licenses/activate', { license_key: key, instance_name: 'Desktop' });
  expect([first.status, second.status]).toEqual([200, 200]);
  const instanceId = (first.body as { instance: { id: string } }).instance.id;
  expect(
    (await postJson('/v1/licenses/validate', { license_key: key, instance_id: instanceId })).status,
  ).toBe(200);
  expect(
    (await postJson('/v1/licenses/deactivate', { license_key: key, instance_id: instanceId })).status,
  ).toBe(200);
}

describe('soak', () => {
  it(
    `serves mixed traffic for ${SOAK_SECONDS}s with memory flat`,
    async () => {
      const gc = forcedCollector();
      const measure = (): number => {
        if (gc) {
          gc();
          return process.memoryUsage().heapUsed;
        }
        return process.memoryUsage.rss();
      };
      const deadline = Date.now() + SOAK_SECONDS * 1000;
      const samples: number[] = [];
      let rounds = 0;
      let failed = false;
      const sampler = setInterval(() => {
        samples.push(measure());
        store.stripe.requests.length = 0;
        store.stripe.events.length = 0;
      }, 1000);
      try {
        await Promise.all(
          Array.from({ length: SHOPPERS }, async (_, shopper) => {
            for (let index = 0; Date.now() < deadline && !failed; index++) {
              try {
                await round(shopper, index);
              } catch (error) {
                // The other shoppers stop too, instead of running on until the deadline.
                failed = true;
                throw error;
              }
              rounds++;
            }
          }),
        );
      } finally {
        clearInterval(sampler);
      }

      expect(samples.length).toBeGreaterThanOrEqual(8);
      const quarter = Math.floor(samples.length / 4);
      const second = median(samples.slice(quarter, 2 * quarter));
      const last = median(samples.slice(samples.length - quarter));
      const growth = last / second - 1;
      console.info(
        `soak: ${rounds} rounds in ${SOAK_SECONDS}s; ${gc ? 'heap after gc' : 'rss'} second-quarter median ${(second / 2 ** 20).toFixed(1)} MiB, last-quarter ${(last / 2 ** 20).toFixed(1)} MiB (${(growth * 100).toFixed(1)}%)`,
      );
      expect(rounds).toBeGreaterThan(0);
      expect(growth).toBeLessThanOrEqual(0.2);

      expect((await fetch(`${store.api.url}/readyz`)).status).toBe(200);
    },
    (SOAK_SECONDS + 120) * 1000,
  );

  it('keeps every invariant', async () => {
    await checkInvariants(store.api);
  });
});
