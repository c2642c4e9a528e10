// A crash at each named fail point, mid-webhook and mid-fulfilment, then a restart on the same database
// and Stripe's redelivery. The crash leaves nothing half-written (the claim and the work roll back
// together), and the redelivery to the restarted process gives exactly one paid order, one grant, one
// license, one delivery email (sent by the restarted worker), and an acknowledged ledger row.
import { setTimeout as sleep } from 'node:timers/promises';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FailPointName } from '../src/fail-points.ts';
import type { TestApi } from '../test/harness.ts';
import { type StripeTestStore, startStripeTestStore } from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';
import { restartOnSameDatabase, sendStripeEvent, stripeEnv } from './support/restart.ts';
import { paidCheckout } from './support/stripe.ts';

let store: StripeTestStore;
/** Every process started, the first (which owns the database) first. */
const processes: TestApi[] = [];
const current = () => processes.at(-1)!;

beforeAll(async () => {
  store = await startStripeTestStore();
  processes.push(store.api);
});

afterAll(async () => {
  // Restarted processes first: closing the first one drops the database.
  for (const api of processes.slice(1).reverse()) await api.close();
  await store?.close();
});

async function orderState(orderId: string) {
  const em = current().em();
  return {
    order: await em.findOneOrFail(Order, { id: orderId }),
    grants: await em.count(DownloadGrant, { order: orderId }),
    licenses: await em.count(License, { order: orderId }),
    emails: await em.find(Email, { order: orderId }),
  };
}

const failPoints: FailPointName[] = [
  'webhook.claimed',
  'fulfilment.after-grants',
  'fulfilment.before-email',
  'payment-event.applied',
];

it.each(failPoints)('crashes at %s, restarts, and the redelivery fulfils once', async (point) => {
  const checkout = await paidCheckout(store, 'framecraft-screenshot-tool', {}, `crash-${point}@example.com`);
  const event = store.stripe.createEvent('checkout.session.completed', checkout.session);

  const crashing = current();
  crashing.services.failPoints = new Set([point]);
  expect((await sendStripeEvent(crashing, event)).status).toBe(500);
  const afterCrash = await orderState(checkout.orderId);
  expect(afterCrash.order.status).toBe('pending');
  expect(afterCrash.order.fulfilledAt).toBeNull();
  expect(afterCrash).toMatchObject({ grants: 0, licenses: 0, emails: [] });
  expect(await crashing.em().findOne(WebhookEvent, { eventId: event.id })).toMatchObject({
    status: 'failed',
    error: expect.stringContaining(point),
  });

  const restarted = await restartOnSameDatabase(crashing, stripeEnv(store));
  processes.push(restarted);
  expect((await sendStripeEvent(restarted, event)).status).toBe(200);
  // Stripe delivers again (its own retry racing the first success): a duplicate, nothing more.
  expect(JSON.parse((await sendStripeEvent(restarted, event)).body)).toEqual({
    received: true,
    duplicate: true,
  });

  const state = await orderState(checkout.orderId);
  expect(state.order.status).toBe('paid');
  expect(await restarted.em().count(Order, { providerSessionId: checkout.id })).toBe(1);
  expect(state).toMatchObject({ grants: 1, licenses: 1 });
  expect(state.emails.map((email) => email.template)).toEqual(['delivery']);
  expect(await restarted.em().findOne(WebhookEvent, { eventId: event.id })).toMatchObject({
    status: 'processed',
    attempts: 2,
    error: null,
  });
});

it('the restarted worker sends every delivery email once, and the invariants hold', async () => {
  const api = current();
  const deadline = Date.now() + 30_000;
  let queued = Number.POSITIVE_INFINITY;
  while (Date.now() < deadline) {
    queued = await api.em().count(Email, { status: 'queued' });
    if (queued === 0) break;
    await sleep(250);
  }
  expect(queued).toBe(0);
  const emails = await api.em().find(Email, {});
  expect(emails).toHaveLength(failPoints.length);
  expect(emails.every((email) => email.status === 'sent' && email.attempts === 1)).toBe(true);
  await checkInvariants(api, { emailsSettled: true });
});
