// The Stripe API failing first, then succeeding: the stand-in answers 500, or the connection is reset
// before the request reaches Stripe, or after Stripe acted but before its answer arrived (the worst case:
// the object exists and the store never heard). The stripe SDK retries with the same Idempotency-Key
// (checkout:<order id>, refund:<order id>:<cents>), so Stripe holds one checkout session or one refund and
// the store one order or one refund. A failure that outlasts the retries refuses the checkout with
// PAYMENT_PROVIDER_ERROR and leaves no order row behind.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Order } from '@shelf/db/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginAsOwner,
  type StripeTestStore,
  startStripeTestStore,
  WEBHOOK_SECRET,
} from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';

const SOFTWARE = 'framecraft-screenshot-tool';
const REFUND = `mutation($id: ID!) { refundOrder(id: $id) { id status refunded { amount } } }`;
const REQUEST_START = /^(GET|POST|DELETE) \//;

/**
 * A TCP proxy in front of the Stripe stand-in that breaks chosen requests: `resetRequests` resets the
 * connection as a request starts (Stripe never sees it), `dropAnswers` lets the request through and
 * resets the connection as the answer comes back (Stripe acted, the caller never hears).
 */
type FaultProxy = {
  url: string;
  target: number;
  resetRequests: number;
  dropAnswers: number;
  close(): Promise<void>;
};

async function startFaultProxy(): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    url: '',
    target: 0,
    resetRequests: 0,
    dropAnswers: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    const upstream = connect(proxy.target, '127.0.0.1');
    sockets.add(client).add(upstream);
    const breakBoth = () => {
      client.resetAndDestroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (proxy.resetRequests > 0 && REQUEST_START.test(chunk.toString('latin1', 0, 8))) {
        proxy.resetRequests--;
        breakBoth();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (proxy.dropAnswers > 0) {
        proxy.dropAnswers--;
        breakBoth();
        return;
      }
      client.write(chunk);
    });
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
    });
    upstream.on('close', () => {
      client.end();
      sockets.delete(upstream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  proxy.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return proxy;
}

let proxy: FaultProxy;
let store: StripeTestStore;
let auth: Record<string, string>;

beforeAll(async () => {
  proxy = await startFaultProxy();
  store = await startStripeTestStore({ STRIPE_API_BASE: proxy.url });
  proxy.target = store.stripe.port;
  store.stripe.setWebhookEndpoint(`${store.api.url}/webhooks/stripe`, WEBHOOK_SECRET);
  auth = await loginAsOwner(store.api);
});

afterAll(async () => {
  await store?.close();
  await proxy?.close();
});

const calls = (path: string) =>
  store.stripe.requests.filter((request) => request.method === 'POST' && request.path === path);

async function ordersInStore(): Promise<number> {
  return store.api.em().count(Order, {});
}

/** Starts a checkout, checks Stripe holds exactly one session for it, pays it, and returns the order. */
async function checkoutOnce(): Promise<{ orderId: string; paymentIntentId: string }> {
  const sessionsBefore = store.stripe.sessions.size;
  const ordersBefore = await ordersInStore();
  const checkout = await store.startCheckout(SOFTWARE);
  expect(store.stripe.sessions.size).toBe(sessionsBefore + 1);
  expect(await ordersInStore()).toBe(ordersBefore + 1);
  const keys = new Set(calls('/v1/checkout/sessions').map((request) => request.idempotencyKey));
  expect(keys.has(`checkout:${checkout.orderId}`)).toBe(true);

  const session = store.stripe.completeSession(checkout.id, { email: 'retry@example.com' });
  expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
  const orders = await store.api.em().find(Order, { providerSessionId: checkout.id });
  expect(orders).toHaveLength(1);
  expect(orders[0]!.status).toBe('paid');
  return { orderId: checkout.orderId, paymentIntentId: session.payment_intent! };
}

/** Every attempt of one idempotent call, by its key: retries repeat the key, nothing else uses it. */
function attemptsOf(path: string, key: string): number {
  return calls(path).filter((request) => request.idempotencyKey === key).length;
}

describe('createCheckout while the Stripe API fails first', () => {
  it('retries a 500 with the same idempotency key: one session, one order', async () => {
    const before = calls('/v1/checkout/sessions').length;
    store.stripe.failNext(500);
    const { orderId } = await checkoutOnce();
    expect(calls('/v1/checkout/sessions').length - before).toBe(2);
    expect(attemptsOf('/v1/checkout/sessions', `checkout:${orderId}`)).toBe(2);
  });

  it('retries a connection reset before Stripe saw the request', async () => {
    proxy.resetRequests = 1;
    const { orderId } = await checkoutOnce();
    expect(proxy.resetRequests).toBe(0);
    expect(attemptsOf('/v1/checkout/sessions', `checkout:${orderId}`)).toBe(1);
  });

  it('retries an answer lost after Stripe created the session: the replay returns the same session', async () => {
    proxy.dropAnswers = 1;
    const { orderId } = await checkoutOnce();
    expect(proxy.dropAnswers).toBe(0);
    // Stripe saw the key twice and, by it, created one session (checkoutOnce counted the sessions).
    expect(attemptsOf('/v1/checkout/sessions', `checkout:${orderId}`)).toBe(2);
  });

  it('refuses with PAYMENT_PROVIDER_ERROR when Stripe keeps failing, leaving no order; the next try works', async () => {
    const ordersBefore = await ordersInStore();
    const sessionsBefore = store.stripe.sessions.size;
    for (let i = 0; i < 3; i++) store.stripe.failNext(500);
    const refused = await store.api.graphql(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id url } }',
      { input: { productId: store.productIds[SOFTWARE] } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('PAYMENT_PROVIDER_ERROR');
    expect(await ordersInStore()).toBe(ordersBefore);
    expect(store.stripe.sessions.size).toBe(sessionsBefore);

    await checkoutOnce();
  });
});

describe('refunds while the Stripe API fails first', () => {
  async function refundAfter(breakIt: () => void): Promise<void> {
    const { orderId, paymentIntentId } = await checkoutOnce();
    const refundsBefore = store.stripe.refunds.length;
    breakIt();
    const answer = await store.api.graphql<{ refundOrder: { status: string; refunded: { amount: number } } }>(
      REFUND,
      { id: orderId },
      auth,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.refundOrder).toMatchObject({ status: 'REFUNDED', refunded: { amount: 3900 } });
    const made = store.stripe.refunds.slice(refundsBefore);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ payment_intent: paymentIntentId, amount: 3900 });
    expect(attemptsOf('/v1/refunds', `refund:${orderId}:3900`)).toBeGreaterThanOrEqual(2);

    // The charge.refunded Stripe then sends changes nothing twice.
    const event = [...store.stripe.events]
      .reverse()
      .find((candidate) => candidate.type === 'charge.refunded')!;
    expect((await store.stripe.sendEvent(event.id)).status).toBe(200);
    const order = await store.api.em().findOneOrFail(Order, { id: orderId });
    expect(order).toMatchObject({ status: 'refunded', refundedCents: 3900 });
  }

  it('retries a 500 with the same key: one refund', async () => {
    await refundAfter(() => store.stripe.failNext(500));
  });

  it('retries an answer lost after Stripe refunded: the replay returns the same refund', async () => {
    await refundAfter(() => {
      proxy.dropAnswers = 1;
    });
  });
});

it('keeps every invariant', async () => {
  await checkInvariants(store.api);
});
