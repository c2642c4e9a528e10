// Clock skew, in the three places time decides something:
// - Stripe webhooks: a signature older than the 5-minute tolerance (a replay, or a sender whose clock runs
//   behind) is refused with 400 and records nothing. Like Stripe's own libraries, only age is checked: a
//   signature dated ahead of this clock is accepted (its timestamp is signed, so nobody without the secret
//   can make one). The event then applies once, however often it comes.
// - Download windows: spending a download is judged by the database's clock, not the API process's, so an
//   API host whose clock runs hours ahead or behind neither kills a live link nor revives a dead one.
// - Dashboard sessions: judged by the server's clock (the `now` the services take), so a session is
//   refused once that clock passes its lifetime, and accepted again when the clock is corrected.
// The API runs in this process, so faking Date here skews the API's clock and nothing else.
import { DownloadGrant } from '@shelf/db/downloads';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_TTL_MS } from '../src/modules/accounts/accounts.service.ts';
import { grantDownloads } from '../test/download-fixtures.ts';
import { loginAsOwner, type StripeTestStore, startStripeTestStore } from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';

const HOUR_MS = 60 * 60 * 1000;
const SOFTWARE = 'framecraft-screenshot-tool';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await store?.close();
});

/** Skews this process's clock (and so the API's) by `offsetMs`; time keeps moving. */
function skewClock(offsetMs: number): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(Date.now() + offsetMs));
}

async function databaseNow(): Promise<Date> {
  const [row] = await store.api
    .em()
    .getConnection()
    .execute<Array<{ now: Date }>>('select clock_timestamp() as now');
  return new Date(row!.now);
}

describe('Stripe webhook timestamps', () => {
  it('refuses signatures older than the tolerance, recording nothing, and applies the event once', async () => {
    const checkout = await store.startCheckout(SOFTWARE);
    const session = store.stripe.completeSession(checkout.id, { email: 'skew@example.com' });
    const event = store.stripe.createEvent('checkout.session.completed', session);
    const nowSeconds = Math.floor(Date.now() / 1000);

    for (const offsetSeconds of [-10 * 60, -306, -24 * 60 * 60]) {
      const answer = await store.send(event, { timestamp: nowSeconds + offsetSeconds });
      expect(answer.status, `timestamp ${offsetSeconds}s away`).toBe(400);
    }
    const em = store.api.em();
    expect(await em.count(WebhookEvent, { eventId: event.id })).toBe(0);
    expect((await em.findOneOrFail(Order, { id: checkout.orderId })).status).toBe('pending');

    // A sender 10 minutes ahead, or 2 minutes behind, is within what is checked; duplicates change nothing.
    expect((await store.send(event, { timestamp: nowSeconds + 10 * 60 })).status).toBe(200);
    expect((await store.send(event, { timestamp: nowSeconds - 120 })).status).toBe(200);
    expect((await store.send(event)).status).toBe(200);
    const orders = await store.api.em().find(Order, { providerSessionId: checkout.id });
    expect(orders).toHaveLength(1);
    expect(orders[0]!.status).toBe('paid');
    expect(await store.api.em().count(WebhookEvent, { eventId: event.id })).toBe(1);
  });
});

describe('download windows under a skewed API clock', () => {
  async function arrange(expiresAt: Date) {
    const em = store.api.em();
    const product = await createProduct(em, { name: `Skew ${expiresAt.toISOString()}`, downloadLimit: 5 });
    await attachProductFile(em, store.api.services.storage, product, {
      name: 'skew.txt',
      content: Buffer.from('on time'),
      contentType: 'text/plain',
      position: 0,
    });
    return grantDownloads(store.api, product, { downloadLimit: 5, expiresAt });
  }

  const press = (pageUrl: string) =>
    fetch(pageUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });

  const countOf = async (grantId: string) =>
    (await store.api.em().findOneOrFail(DownloadGrant, { id: grantId })).downloadCount;

  it('keeps a live link live when the API clock runs 3 hours ahead', async () => {
    const { grant, pageUrl } = await arrange(new Date((await databaseNow()).getTime() + HOUR_MS));
    skewClock(3 * HOUR_MS);
    const answer = await press(pageUrl);
    expect(answer.status).toBe(303);
    expect(await countOf(grant.id)).toBe(1);
  });

  it('keeps a dead link dead when the API clock runs 3 hours behind', async () => {
    const { grant, pageUrl } = await arrange(new Date((await databaseNow()).getTime() - HOUR_MS));
    skewClock(-3 * HOUR_MS);
    const answer = await press(pageUrl);
    expect(answer.status).toBe(410);
    expect(await countOf(grant.id)).toBe(0);
  });
});

describe('dashboard sessions under the server clock', () => {
  const ME = '{ me { email } }';

  it('refuses a session once the server clock passes its lifetime, and takes it again when corrected', async () => {
    const auth = await loginAsOwner(store.api);
    expect((await store.api.graphql<{ me: { email: string } | null }>(ME, {}, auth)).data?.me?.email).toBe(
      'owner@example.com',
    );

    skewClock(SESSION_TTL_MS + HOUR_MS);
    const late = await store.api.graphql<{ me: { email: string } | null }>(ME, {}, auth);
    expect(late.status).toBeLessThan(500);
    expect(late.data?.me ?? null).toBeNull();

    vi.useRealTimers();
    const corrected = await store.api.graphql<{ me: { email: string } | null }>(ME, {}, auth);
    expect(corrected.data?.me?.email).toBe('owner@example.com');
  });
});

it('keeps every invariant', async () => {
  await checkInvariants(store.api);
});
