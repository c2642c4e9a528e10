// Subscriptions against real Postgres, arranged by buying in test mode: access runs to the paid period's
// end plus the store's renewal grace (3 days by default); a paid renewal moves it forward (never
// backwards) and is announced once per period, a failed one pulls it back to the grace, a cancellation
// sticks and ends access at the period end, and money going back ends access earlier only, leaving a
// later paid period alone.
import type { Product } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import { DomainEvent } from '@shelf/db/events';
import { License } from '@shelf/db/licensing';
import { Order } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { Subscription } from '@shelf/db/subscriptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { applySubscriptionChange, endSubscriptionAccess } from './subscriptions.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
let club: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  club = await createProduct(api.em(), {
    name: 'Design Resources Club',
    kind: 'subscription',
    interval: 'month',
    priceCents: 900,
    requiresLicenseKey: true,
  });
});
afterAll(() => api.close());

/** A member subscribes through the test-mode checkout; returns what the paid order gave them. */
async function subscribe() {
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: club.id } },
  );
  expect(created.errors).toBeUndefined();
  const sessionId = created.data!.createCheckout.id;
  const paid = await api.graphql<{ completeTestCheckout: { status: string } }>(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { status } }',
    { id: sessionId, email: 'member@example.com' },
  );
  expect(paid.errors).toBeUndefined();
  expect(paid.data!.completeTestCheckout.status).toBe('COMPLETE');
  return access(sessionId);
}

async function access(sessionId: string) {
  const em = api.em();
  const order = await em.findOneOrFail(Order, { providerSessionId: sessionId });
  const subscription = await em.findOneOrFail(Subscription, { order });
  return {
    sessionId,
    order,
    subscription,
    ref: { provider: 'test' as const, subscriptionId: subscription.providerSubscriptionId },
    grants: await em.find(DownloadGrant, { order }),
    licenses: await em.find(License, { order }),
  };
}

const renewals = (subscriptionId: string) =>
  api
    .em()
    .find(
      DomainEvent,
      { subjectId: subscriptionId, type: 'subscription.renewed' },
      { orderBy: { seq: 'asc' } },
    );
const cancellations = (subscriptionId: string) =>
  api.em().find(DomainEvent, { subjectId: subscriptionId, type: 'subscription.canceled' });
const laterBy = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** Until when a period ending at `periodEnd` gives access, with the default renewal grace. */
const withGrace = (periodEnd: Date) => laterBy(periodEnd, 3);

describe('buying a subscription', () => {
  it('gives access until the end of the paid period', async () => {
    const { subscription, grants, licenses } = await subscribe();
    expect(subscription.status).toBe('active');
    expect(grants.map((grant) => grant.expiresAt)).toEqual([withGrace(subscription.currentPeriodEnd)]);
    expect(licenses.map((license) => [license.status, license.expiresAt])).toEqual([
      ['active', withGrace(subscription.currentPeriodEnd)],
    ]);
  });
});

describe('applySubscriptionChange', () => {
  it('moves access forward with each new period, announcing each period once', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const next = laterBy(subscription.currentPeriodEnd, 30);

    const result = await applySubscriptionChange(api.ctx(), {
      ...ref,
      status: 'active',
      currentPeriodEnd: next,
    });
    expect(result.state).toBe('applied');
    let now = await access(sessionId);
    expect(now.subscription.currentPeriodEnd).toEqual(next);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(next)]);
    expect(now.licenses.map((license) => [license.status, license.expiresAt])).toEqual([
      ['active', withGrace(next)],
    ]);

    // The same renewal delivered again.
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', currentPeriodEnd: next });
    const afterNext = laterBy(next, 30);
    await applySubscriptionChange(api.ctx(), { ...ref, currentPeriodEnd: afterNext });
    now = await access(sessionId);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(afterNext)]);
    expect((await renewals(subscription.id)).map((event) => event.payload)).toEqual([
      { subscriptionId: subscription.id, orderId: now.order.id, currentPeriodEnd: next.toISOString() },
      { subscriptionId: subscription.id, orderId: now.order.id, currentPeriodEnd: afterNext.toISOString() },
    ]);
  });

  it('never moves the period backwards when an older change arrives late', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const start = subscription.currentPeriodEnd;
    await applySubscriptionChange(api.ctx(), { ...ref, currentPeriodEnd: laterBy(start, -30) });
    await applySubscriptionChange(api.ctx(), { ...ref, currentPeriodEnd: start });

    const now = await access(sessionId);
    expect(now.subscription.currentPeriodEnd).toEqual(start);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(start)]);
    expect(now.licenses.map((license) => license.expiresAt)).toEqual([withGrace(start)]);
    expect(await renewals(subscription.id)).toHaveLength(0);
  });

  it('re-activates a lapsed license on renewal', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    await api.em().nativeUpdate(License, { order: subscription.order.id }, { status: 'expired' });
    const next = laterBy(subscription.currentPeriodEnd, 30);
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', currentPeriodEnd: next });
    expect((await access(sessionId)).licenses.map((license) => [license.status, license.expiresAt])).toEqual([
      ['active', withGrace(next)],
    ]);
  });

  it('keeps a canceled subscription canceled, with access to the end of the paid period', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const canceledAt = new Date();
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'canceled', canceledAt });
    // Reordered deliveries: an older "active" update and the cancellation again.
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', cancelAtPeriodEnd: false });
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'canceled', canceledAt });

    const now = await access(sessionId);
    expect(now.subscription).toMatchObject({
      status: 'canceled',
      canceledAt,
      currentPeriodEnd: subscription.currentPeriodEnd,
    });
    expect(now.grants.map((grant) => [grant.expiresAt, grant.revokedAt])).toEqual([
      [subscription.currentPeriodEnd, null],
    ]);
    expect((await cancellations(subscription.id)).map((event) => event.payload)).toEqual([
      {
        subscriptionId: subscription.id,
        orderId: now.order.id,
        accessUntil: subscription.currentPeriodEnd.toISOString(),
      },
    ]);
  });

  it('pulls access back to the paid period plus the grace on a failed renewal, never further out', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const paidUntil = subscription.currentPeriodEnd;
    await api
      .em()
      .nativeUpdate(DownloadGrant, { order: subscription.order.id }, { expiresAt: laterBy(paidUntil, 30) });
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'past_due', limitAccessToGrace: true });
    let now = await access(sessionId);
    expect(now.subscription.status).toBe('past_due');
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(paidUntil)]);
    expect(now.licenses.map((license) => license.expiresAt)).toEqual([withGrace(paidUntil)]);

    // Access already ended earlier (a refunded period) stays ended.
    const endedAt = new Date();
    await endSubscriptionAccess(api.ctx(), { ...ref, at: endedAt, periodEnd: null });
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'past_due', limitAccessToGrace: true });
    now = await access(sessionId);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([endedAt]);

    // Paid at last: the new period, plus the grace.
    const next = laterBy(paidUntil, 30);
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', currentPeriodEnd: next });
    now = await access(sessionId);
    expect(now.subscription.status).toBe('active');
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(next)]);
  });

  it('records a payment failure and the recovery', async () => {
    const { sessionId, ref } = await subscribe();
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'past_due' });
    expect((await access(sessionId)).subscription.status).toBe('past_due');
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', cancelAtPeriodEnd: true });
    expect((await access(sessionId)).subscription).toMatchObject({
      status: 'active',
      cancelAtPeriodEnd: true,
    });
  });

  it('reports a subscription it does not know', async () => {
    expect(
      await applySubscriptionChange(api.ctx(), {
        provider: 'test',
        subscriptionId: 'test_sub_unknown',
        status: 'canceled',
      }),
    ).toEqual({ state: 'unknown_subscription' });
  });
});

describe('endSubscriptionAccess', () => {
  it('ends access to the refunded period at once, and only ever earlier', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const at = new Date();
    const result = await endSubscriptionAccess(api.ctx(), {
      ...ref,
      at,
      periodEnd: subscription.currentPeriodEnd,
    });
    expect(result.state).toBe('applied');
    let now = await access(sessionId);
    expect(now.grants.map((grant) => [grant.expiresAt, grant.revokedAt])).toEqual([[at, null]]);
    expect(now.licenses.map((license) => [license.status, license.expiresAt])).toEqual([['active', at]]);
    // Its period stays: what was paid for is unchanged, only access to it ended.
    expect(now.subscription.currentPeriodEnd).toEqual(subscription.currentPeriodEnd);

    // A repeated or later notification never moves the expiry out again.
    await endSubscriptionAccess(api.ctx(), { ...ref, at: laterBy(at, 1), periodEnd: null });
    now = await access(sessionId);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([at]);
    expect(now.licenses.map((license) => license.expiresAt)).toEqual([at]);
  });

  it('leaves a later paid period alone when money goes back for an earlier one', async () => {
    const { sessionId, subscription, ref } = await subscribe();
    const firstPeriodEnd = subscription.currentPeriodEnd;
    const renewedUntil = laterBy(firstPeriodEnd, 30);
    await applySubscriptionChange(api.ctx(), { ...ref, status: 'active', currentPeriodEnd: renewedUntil });

    const result = await endSubscriptionAccess(api.ctx(), {
      ...ref,
      at: new Date(),
      periodEnd: firstPeriodEnd,
    });
    expect(result.state).toBe('older_period');
    const now = await access(sessionId);
    expect(now.grants.map((grant) => grant.expiresAt)).toEqual([withGrace(renewedUntil)]);
    expect(now.licenses.map((license) => license.expiresAt)).toEqual([withGrace(renewedUntil)]);
  });

  it('reports a subscription it does not know', async () => {
    expect(
      await endSubscriptionAccess(api.ctx(), {
        provider: 'test',
        subscriptionId: 'test_sub_unknown',
        at: new Date(),
        periodEnd: null,
      }),
    ).toEqual({ state: 'unknown_subscription' });
  });
});
