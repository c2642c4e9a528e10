// The creator's refund end to end, through the real stripe SDK and the Stripe stand-in: refundOrder asks
// Stripe (POST /v1/refunds, with an idempotency key), applies what Stripe answered, and the charge.refunded
// webhook Stripe then sends (signed) changes nothing more: one refund, one revocation, one email, one audit
// entry. Also: partial refunds, bad amounts, unpaid orders, and test mode refunding at once.
import { AuditEntry } from '@shelf/db/audit';
import { DownloadGrant } from '@shelf/db/downloads';
import { DomainEvent } from '@shelf/db/events';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  loginAsOwner,
  type StripeTestStore,
  startStripeTestStore,
  WEBHOOK_SECRET,
} from './stripe-fixtures.ts';

const SOFTWARE = 'framecraft-screenshot-tool';
const REFUND = `mutation($id: ID!, $amount: MoneyInput) {
  refundOrder(id: $id, amount: $amount) { id status refunded { amount currency } refundable { amount } }
}`;

type Refunded = {
  refundOrder: {
    id: string;
    status: string;
    refunded: { amount: number; currency: string };
    refundable: { amount: number };
  };
};

const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string; field?: string } }> }) =>
  answer.errors?.[0]?.extensions?.code;

describe('refunds through Stripe', () => {
  let store: StripeTestStore;
  let auth: Record<string, string>;

  beforeAll(async () => {
    store = await startStripeTestStore();
    store.stripe.setWebhookEndpoint(`${store.api.url}/webhooks/stripe`, WEBHOOK_SECRET);
    auth = await loginAsOwner(store.api);
  });
  afterAll(() => store?.close());

  /** A paid Stripe order of the software product (a download link and a license key). */
  async function paidOrder(email = 'buyer@example.com') {
    const checkout = await store.startCheckout(SOFTWARE);
    const session = store.stripe.completeSession(checkout.id, { email });
    const delivered = await store.deliver('checkout.session.completed', session);
    expect(delivered.status).toBe(200);
    return { orderId: checkout.orderId, paymentIntentId: session.payment_intent! };
  }

  async function state(orderId: string) {
    const em = store.api.em();
    return {
      order: await em.findOneOrFail(Order, { id: orderId }),
      grants: await em.find(DownloadGrant, { order: orderId }),
      licenses: await em.find(License, { order: orderId }),
      refundEmails: await em.count(Email, { order: orderId, template: 'refund' }),
      refundedEvents: await em.count(DomainEvent, { type: 'order.refunded', subjectId: orderId }),
      audit: await em.find(AuditEntry, { orderId }, { orderBy: { createdAt: 'asc' } }),
    };
  }

  const lastRefundEvent = () =>
    [...store.stripe.events].reverse().find((event) => event.type === 'charge.refunded')!;

  it('refunds in full, and the webhook that follows changes nothing twice', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    const answer = await store.api.graphql<Refunded>(REFUND, { id: orderId }, auth);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.refundOrder).toMatchObject({
      status: 'REFUNDED',
      refunded: { amount: 3900, currency: 'usd' },
      refundable: { amount: 0 },
    });

    const refunds = store.stripe.refunds.filter((refund) => refund.payment_intent === paymentIntentId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.amount).toBe(3900);
    const request = store.stripe.requests.find(
      (candidate) => candidate.path === '/v1/refunds' && candidate.params.payment_intent === paymentIntentId,
    )!;
    expect(request.idempotencyKey).toBe(`refund:${orderId}:3900`);

    const afterAction = await state(orderId);
    expect(afterAction.order.status).toBe('refunded');
    expect(afterAction.grants.every((grant) => grant.revokedAt !== null)).toBe(true);
    expect(afterAction.licenses.map((license) => license.status)).toEqual(['revoked']);
    expect(afterAction.refundEmails).toBe(1);
    expect(afterAction.refundedEvents).toBe(1);
    expect(afterAction.audit).toHaveLength(1);
    expect(afterAction.audit[0]).toMatchObject({
      action: 'order.refunded',
      subjectType: 'order',
      subjectId: orderId,
      actorKind: 'user',
      actorLabel: 'owner@example.com',
      before: { status: 'paid', refundedCents: 0, currency: 'usd' },
      after: { status: 'refunded', refundedCents: 3900, currency: 'usd', amountCents: 3900 },
    });

    // Stripe now sends charge.refunded, signed, to the webhook.
    const event = lastRefundEvent();
    expect((event.data as { object: { amount_refunded: number } }).object.amount_refunded).toBe(3900);
    const delivery = await store.stripe.sendEvent(event.id);
    expect(delivery.status).toBe(200);
    const ledger = await store.api.em().findOneOrFail(WebhookEvent, { eventId: event.id });
    expect(ledger.status).toBe('processed');

    const afterWebhook = await state(orderId);
    expect(afterWebhook.order.refundedCents).toBe(3900);
    expect(afterWebhook.grants.map((grant) => grant.revokedAt?.getTime())).toEqual(
      afterAction.grants.map((grant) => grant.revokedAt?.getTime()),
    );
    expect(afterWebhook.licenses.map((license) => license.revokedAt?.getTime())).toEqual(
      afterAction.licenses.map((license) => license.revokedAt?.getTime()),
    );
    expect(afterWebhook.refundEmails).toBe(1);
    expect(afterWebhook.refundedEvents).toBe(1);
    expect(afterWebhook.audit).toHaveLength(1);
    expect(store.stripe.refunds.filter((refund) => refund.payment_intent === paymentIntentId)).toHaveLength(
      1,
    );

    // The order page lists the webhook event that named the payment.
    const page = await store.api.graphql<{
      order: { paymentEvents: Array<{ type: string; status: string }> };
    }>(
      'query($id: ID!) { order(id: $id) { paymentEvents { type status } providerUrl } }',
      { id: orderId },
      auth,
    );
    expect(page.data!.order.paymentEvents.map((row) => row.type)).toEqual([
      'checkout.session.completed',
      'charge.refunded',
    ]);
    expect((page.data!.order as unknown as { providerUrl: string }).providerUrl).toBe(
      `https://dashboard.stripe.com/test/payments/${paymentIntentId}`,
    );
  });

  it('refunds in part, keeps access, and a second click refunds what it asks for, not the first again', async () => {
    const { orderId, paymentIntentId } = await paidOrder('partial@example.com');
    const first = await store.api.graphql<Refunded>(
      REFUND,
      { id: orderId, amount: { amount: 1000, currency: 'USD' } },
      auth,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.refundOrder).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refunded: { amount: 1000 },
      refundable: { amount: 2900 },
    });
    const partial = await state(orderId);
    expect(partial.grants.every((grant) => grant.revokedAt === null)).toBe(true);
    expect(partial.licenses.map((license) => license.status)).toEqual(['active']);

    await store.stripe.sendEvent(lastRefundEvent().id);
    const second = await store.api.graphql<Refunded>(
      REFUND,
      { id: orderId, amount: { amount: 1000, currency: 'usd' } },
      auth,
    );
    expect(second.data!.refundOrder.refunded.amount).toBe(2000);
    const keys = store.stripe.requests
      .filter(
        (request) => request.path === '/v1/refunds' && request.params.payment_intent === paymentIntentId,
      )
      .map((request) => request.idempotencyKey);
    expect(keys).toEqual([`refund:${orderId}:1000`, `refund:${orderId}:2000`]);
    await store.stripe.sendEvent(lastRefundEvent().id);

    const after = await state(orderId);
    expect(after.order).toMatchObject({ status: 'partially_refunded', refundedCents: 2000 });
    expect(after.refundEmails).toBe(2);
    expect(after.audit.map((entry) => entry.after)).toEqual([
      { status: 'partially_refunded', refundedCents: 1000, currency: 'usd', amountCents: 1000 },
      { status: 'partially_refunded', refundedCents: 2000, currency: 'usd', amountCents: 1000 },
    ]);
  });

  it('refuses more than is left, another currency, zero, an unknown order and an unpaid one, changing nothing', async () => {
    const { orderId } = await paidOrder('bad-input@example.com');
    const requestsBefore = store.stripe.requests.filter((request) => request.path === '/v1/refunds').length;

    const tooMuch = await store.api.graphql(
      REFUND,
      { id: orderId, amount: { amount: 3901, currency: 'usd' } },
      auth,
    );
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ field: 'amount' });

    const wrongCurrency = await store.api.graphql(
      REFUND,
      { id: orderId, amount: { amount: 100, currency: 'eur' } },
      auth,
    );
    expect(codeOf(wrongCurrency)).toBe('BAD_USER_INPUT');
    expect(wrongCurrency.errors?.[0]?.extensions).toMatchObject({ field: 'currency' });

    const zero = await store.api.graphql(
      REFUND,
      { id: orderId, amount: { amount: 0, currency: 'usd' } },
      auth,
    );
    expect(codeOf(zero)).toBe('BAD_USER_INPUT');

    const unknown = await store.api.graphql(REFUND, { id: '00000000-0000-4000-8000-000000000000' }, auth);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const malformed = await store.api.graphql(REFUND, { id: 'not-an-id' }, auth);
    expect(codeOf(malformed)).toBe('NOT_FOUND');

    const pending = await store.startCheckout(SOFTWARE);
    const unpaid = await store.api.graphql(REFUND, { id: pending.orderId }, auth);
    expect(codeOf(unpaid)).toBe('CONFLICT');

    const anonymous = await store.api.graphql(REFUND, { id: orderId });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    expect(store.stripe.requests.filter((request) => request.path === '/v1/refunds')).toHaveLength(
      requestsBefore,
    );
    const after = await state(orderId);
    expect(after.order).toMatchObject({ status: 'paid', refundedCents: 0 });
    expect(after.audit).toHaveLength(0);

    // Refunded in full, nothing is left to refund.
    await store.api.graphql(REFUND, { id: orderId }, auth);
    const again = await store.api.graphql(REFUND, { id: orderId }, auth);
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('a click retried after our side failed asks Stripe for the same refund, not a second one', async () => {
    const { orderId, paymentIntentId } = await paidOrder('retry@example.com');
    // Stripe refunds, then the API fails before its transaction commits.
    store.api.services.failPoints = new Set(['payment-event.applied']);
    const failed = await store.api.graphql(REFUND, { id: orderId }, auth);
    store.api.services.failPoints = new Set();
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect((await state(orderId)).order).toMatchObject({ status: 'paid', refundedCents: 0 });

    const retried = await store.api.graphql<Refunded>(REFUND, { id: orderId }, auth);
    expect(retried.data!.refundOrder.status).toBe('REFUNDED');
    expect(store.stripe.refunds.filter((refund) => refund.payment_intent === paymentIntentId)).toHaveLength(
      1,
    );
    const after = await state(orderId);
    expect(after.order.refundedCents).toBe(3900);
    expect(after.audit).toHaveLength(1);
  });

  it('answers PAYMENT_PROVIDER_ERROR and records nothing when Stripe refuses', async () => {
    const { orderId } = await paidOrder('stripe-down@example.com');
    store.stripe.failNext(400, {
      type: 'invalid_request_error',
      code: 'charge_disputed',
      message: 'Charge is disputed.',
    });
    const answer = await store.api.graphql(REFUND, { id: orderId }, auth);
    expect(codeOf(answer)).toBe('PAYMENT_PROVIDER_ERROR');
    const after = await state(orderId);
    expect(after.order).toMatchObject({ status: 'paid', refundedCents: 0 });
    expect(after.audit).toHaveLength(0);
  });
});

describe('refunds in test mode', () => {
  let api: TestApi;
  let auth: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
    auth = await loginAsOwner(api);
  });
  afterAll(() => api?.close());

  it('refunds at once through the same lifecycle as a webhook', async () => {
    const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
      '{ products { nodes { id slug } } }',
    );
    const productId = products.data!.products.nodes.find((product) => product.slug === SOFTWARE)!.id;
    const created = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId } },
    );
    await api.graphql(
      'mutation($id: ID!) { completeTestCheckout(id: $id, email: "t@example.com") { status } }',
      {
        id: created.data!.createCheckout.id,
      },
    );
    const order = await api.em().findOneOrFail(Order, { providerSessionId: created.data!.createCheckout.id });
    expect(order.status).toBe('paid');

    const answer = await api.graphql<Refunded>(REFUND, { id: order.id }, auth);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.refundOrder.status).toBe('REFUNDED');
    const em = api.em();
    expect((await em.find(License, { order: order.id })).map((license) => license.status)).toEqual([
      'revoked',
    ]);
    expect(await em.count(Email, { order: order.id, template: 'refund' })).toBe(1);
    expect(await em.count(AuditEntry, { orderId: order.id, action: 'order.refunded' })).toBe(1);
  });
});
