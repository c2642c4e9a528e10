// The payment lifecycle with the test-mode gateway, against real Postgres: a completed checkout fulfils
// once however often it is delivered, refunds take access away and tell the customer, events about
// payments that are not ours are ignored, and an abandoned checkout can no longer be paid.
import type { Product } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import { DomainEvent } from '@shelf/db/events';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { findOrderBySession } from '../orders/orders.service.ts';
import type { PaymentEvent } from './payment-events.ts';
import { applyPaymentEvent } from './payment-lifecycle.service.ts';

let api: TestApi;
let app: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  app = await createProduct(em, {
    name: 'Framecraft',
    priceCents: 4900,
    downloadLimit: 5,
    requiresLicenseKey: true,
    licenseActivationLimit: 3,
  });
  await attachProductFile(em, api.services.storage, app, {
    name: 'framecraft.dmg',
    content: Buffer.from('app'),
    contentType: 'application/octet-stream',
  });
});
afterAll(() => api.close());

/** A shopper starts a checkout on the storefront; returns its pending order. */
async function startCheckout(): Promise<Order> {
  const { data, errors } = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: app.id } },
  );
  expect(errors).toBeUndefined();
  return (await findOrderBySession(api.ctx(), data!.createCheckout.id))!;
}

/** What the test gateway reports when the shopper pays. */
function paid(order: Order): Extract<PaymentEvent, { type: 'checkout.completed' }> {
  const checkout = api.services.payments.testPayments!.outcomeFor(
    order,
    'buyer@example.com',
    new Date(),
    null,
  );
  return { type: 'checkout.completed', checkout };
}

async function paidOrder() {
  const order = await startCheckout();
  const event = paid(order);
  expect(await applyPaymentEvent(api.ctx(), event)).toEqual({ status: 'processed' });
  return { orderId: order.id, paymentId: event.checkout.paymentIntentId! };
}

function refunded(paymentId: string, refundedCents: number, at = new Date()): PaymentEvent {
  return {
    type: 'payment.refunded',
    provider: 'test',
    paymentId,
    refundedCents,
    fullyRefunded: refundedCents >= 4900,
    at,
  };
}

async function stateOf(orderId: string) {
  const em = api.em();
  return {
    order: await em.findOneOrFail(Order, { id: orderId }),
    grants: await em.find(DownloadGrant, { order: orderId }),
    licenses: await em.find(License, { order: orderId }),
    emails: await em.find(Email, { order: orderId }, { orderBy: { createdAt: 'asc' } }),
    paidEvents: await em.count(DomainEvent, { subjectId: orderId, type: 'order.paid' }),
  };
}

describe('checkout.completed', () => {
  it('fulfils once however often and however concurrently it is delivered', async () => {
    const order = await startCheckout();
    const event = paid(order);
    const results = await Promise.all([
      applyPaymentEvent(api.ctx(), event),
      applyPaymentEvent(api.ctx(), event),
    ]);
    results.push(await applyPaymentEvent(api.ctx(), event));
    expect(results).toEqual([{ status: 'processed' }, { status: 'processed' }, { status: 'processed' }]);

    const state = await stateOf(order.id);
    expect(state.order).toMatchObject({
      status: 'paid',
      email: 'buyer@example.com',
      totalCents: 4900,
      providerPaymentIntentId: event.checkout.paymentIntentId,
    });
    expect(state.grants.map((grant) => [grant.downloadLimit, grant.revokedAt])).toEqual([[5, null]]);
    expect(state.licenses.map((license) => [license.status, license.activationLimit])).toEqual([
      ['active', 3],
    ]);
    expect(state.paidEvents).toBe(1);
    expect(state.emails.map((email) => [email.template, email.to])).toEqual([
      ['delivery', 'buyer@example.com'],
    ]);
  });

  it('ignores a checkout that is not one of ours', async () => {
    const order = await startCheckout();
    const event = paid(order);
    const result = await applyPaymentEvent(api.ctx(), {
      ...event,
      checkout: { ...event.checkout, sessionId: 'test_cs_someone_else', orderId: null },
    });
    expect(result).toMatchObject({ status: 'ignored' });
    expect((await stateOf(order.id)).order.status).toBe('pending');
  });
});

describe('payment.refunded', () => {
  it('a full refund revokes the downloads and the license and tells the customer', async () => {
    const { orderId, paymentId } = await paidOrder();
    const at = new Date('2026-12-02T10:00:00.000Z');
    expect(await applyPaymentEvent(api.ctx(), refunded(paymentId, 4900, at))).toEqual({
      status: 'processed',
    });
    // Redelivered: nothing changes and nobody is told twice.
    expect(await applyPaymentEvent(api.ctx(), refunded(paymentId, 4900))).toEqual({ status: 'processed' });

    const state = await stateOf(orderId);
    expect(state.order).toMatchObject({ status: 'refunded', refundedCents: 4900 });
    expect(state.grants.map((grant) => grant.revokedAt)).toEqual([at]);
    expect(state.licenses.map((license) => [license.status, license.revokedAt])).toEqual([['revoked', at]]);
    const refunds = state.emails.filter((email) => email.template === 'refund');
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.to).toBe('buyer@example.com');
    expect(refunds[0]!.text).toContain(`We have refunded $49.00 for order ${state.order.number}.`);
  });

  it('a partial refund keeps access and tells the customer the amount; the rest later ends access', async () => {
    const { orderId, paymentId } = await paidOrder();
    await applyPaymentEvent(api.ctx(), refunded(paymentId, 1000));
    let state = await stateOf(orderId);
    expect(state.order).toMatchObject({ status: 'partially_refunded', refundedCents: 1000 });
    expect(state.grants.map((grant) => grant.revokedAt)).toEqual([null]);
    expect(state.licenses.map((license) => license.status)).toEqual(['active']);

    await applyPaymentEvent(api.ctx(), refunded(paymentId, 4900));
    state = await stateOf(orderId);
    expect(state.order.status).toBe('refunded');
    expect(state.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(state.licenses.map((license) => license.status)).toEqual(['revoked']);
    const told = state.emails.filter((email) => email.template === 'refund').map((email) => email.text);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain('We have refunded $10.00');
    expect(told[1]).toContain('We have refunded $39.00');
  });

  it('ignores a refund of a payment the test gateway knows nothing about', async () => {
    const { orderId } = await paidOrder();
    const result = await applyPaymentEvent(api.ctx(), refunded('test_pi_not_ours', 4900));
    expect(result).toMatchObject({ status: 'ignored' });
    expect((await stateOf(orderId)).order.status).toBe('paid');
  });
});

describe('dispute.closed', () => {
  it('a lost dispute takes access away; a won one keeps it', async () => {
    const lost = await paidOrder();
    const won = await paidOrder();
    for (const { paymentId } of [lost, won]) {
      await applyPaymentEvent(api.ctx(), {
        type: 'dispute.opened',
        provider: 'test',
        paymentId,
        disputeId: `dp_${paymentId}`,
        amountCents: 4900,
        at: new Date(),
      });
    }
    const close = (paymentId: string, outcome: 'won' | 'lost') =>
      applyPaymentEvent(api.ctx(), {
        type: 'dispute.closed',
        provider: 'test',
        paymentId,
        disputeId: `dp_${paymentId}`,
        outcome,
        amountCents: 4900,
        at: new Date(),
      });
    await close(lost.paymentId, 'lost');
    await close(won.paymentId, 'won');

    const afterLoss = await stateOf(lost.orderId);
    expect(afterLoss.order).toMatchObject({ status: 'disputed', refundedCents: 4900 });
    expect(afterLoss.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(afterLoss.licenses.map((license) => license.status)).toEqual(['revoked']);
    const afterWin = await stateOf(won.orderId);
    expect(afterWin.order.status).toBe('paid');
    expect(afterWin.grants[0]!.revokedAt).toBeNull();
    expect(afterWin.licenses.map((license) => license.status)).toEqual(['active']);
  });
});

describe('checkout.abandoned', () => {
  it('cancels the pending order, which can then no longer be paid', async () => {
    const order = await startCheckout();
    const abandoned: PaymentEvent = {
      type: 'checkout.abandoned',
      provider: 'test',
      sessionId: order.providerSessionId,
    };
    expect(await applyPaymentEvent(api.ctx(), abandoned)).toEqual({ status: 'processed' });
    const state = await stateOf(order.id);
    expect(state.order.status).toBe('canceled');
    expect(state.order.canceledAt).toBeInstanceOf(Date);

    const pay = await api.graphql(
      'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { status } }',
      { id: order.providerSessionId, email: 'buyer@example.com' },
    );
    expect(pay.errors?.[0]?.extensions?.code).toBe('GONE');
    expect(await stateOf(order.id)).toMatchObject({
      order: { status: 'canceled' },
      grants: [],
      licenses: [],
    });
  });

  it('leaves a paid order paid', async () => {
    const { orderId } = await paidOrder();
    const { providerSessionId } = (await stateOf(orderId)).order;
    await applyPaymentEvent(api.ctx(), {
      type: 'checkout.abandoned',
      provider: 'test',
      sessionId: providerSessionId,
    });
    const state = await stateOf(orderId);
    expect(state.order).toMatchObject({ status: 'paid', canceledAt: null });
    expect(state.grants.map((grant) => grant.revokedAt)).toEqual([null]);
  });
});
