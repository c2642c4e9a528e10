// The creator's orders over GraphQL, against a real API in test mode: the list with its filters, one order
// with everything about it (items, grants and their download log, licenses, emails, audit log), the support
// actions (resend the delivery email, reset a download count, extend a window, revoke and reinstate a
// license), each written down in the audit log exactly once, who may do them, and what a page costs.
import { ApiKey, User } from '@shelf/db/accounts';
import { AuditEntry } from '@shelf/db/audit';
import { ProductFile } from '@shelf/db/catalog';
import { Customer } from '@shelf/db/customers';
import { DownloadEvent, DownloadGrant } from '@shelf/db/downloads';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { hashPassword, hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';

let api: TestApi;
let auth: Record<string, string>;
const productIds: Record<string, string> = {};
const SOFTWARE = 'framecraft-screenshot-tool';
const KIT = 'aurora-figma-ui-kit';
const CLUB = 'design-resources-club';

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  auth = await loginAsOwner(api);
  const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  for (const product of products.data!.products.nodes) productIds[product.slug] = product.id;
});
afterAll(() => api?.close());

/** Buys a product in test mode and returns the order. */
async function buy(slug: string, email: string, extra: Record<string, unknown> = {}): Promise<Order> {
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: productIds[slug], ...extra } },
  );
  expect(created.errors).toBeUndefined();
  const paid = await api.graphql(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { status } }',
    { id: created.data!.createCheckout.id, email },
  );
  expect(paid.errors).toBeUndefined();
  return api.em().findOneOrFail(Order, { providerSessionId: created.data!.createCheckout.id });
}

async function apiKey(name: string, scopes: string[]): Promise<Record<string, string>> {
  const token = `shelf_${name}_${'z'.repeat(40)}`;
  const em = api.em();
  em.create(ApiKey, { name, prefix: name.slice(0, 16), keyHash: hashToken(token), scopes });
  await em.flush();
  return { authorization: `Bearer ${token}` };
}

const ORDERS = `query($first: Int, $after: String, $status: OrderStatus, $productId: ID, $from: DateTime,
  $to: DateTime, $affiliateCode: String, $query: String) {
  orders(first: $first, after: $after, status: $status, productId: $productId, from: $from, to: $to,
    affiliateCode: $affiliateCode, query: $query) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id number email status affiliateCode }
  }
}`;
type OrdersAnswer = {
  orders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string; number: number; email: string; status: string; affiliateCode: string | null }>;
  };
};

const ORDER = `query($id: ID!) { order(id: $id) {
  id number status email customerId customerName provider providerPaymentId providerUrl
  items { productName productSlug productId unitPrice { amount currency } quantity }
  subtotal { amount } total { amount } net { amount } refunded { amount } refundable { amount }
  downloadGrants { id productName downloadLimit downloadCount expiresAt revokedAt state
    downloads { fileName ipTruncated userAgent createdAt } }
  licenses { id key status activations { instanceId } }
  emails { id template status to }
  paymentEvents { type }
  auditLog { action subjectType subjectId actor { kind id label } before after createdAt }
} }`;

describe('the order list', () => {
  it('filters by status, product, dates, affiliate code and search, newest first, with pages', async () => {
    const link = await api.graphql(
      'mutation($input: CreateAffiliateLinkInput!) { createAffiliateLink(input: $input) { code } }',
      { input: { email: 'aff@example.com', name: 'Aff', code: 'friend-10' } },
      auth,
    );
    expect(link.errors).toBeUndefined();
    const started = new Date();
    const kit = await buy(KIT, 'list-kit@example.com');
    const club = await buy(CLUB, 'list-club@example.com', { affiliateCode: 'friend-10' });
    const software = await buy(SOFTWARE, 'Someone.Special@Example.com');
    await api.em().nativeUpdate(Customer, { id: software.customer!.id }, { name: 'Ada 50%_Lovelace' });
    const pending = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId: productIds[KIT] } },
    );
    expect(pending.errors).toBeUndefined();

    const list = async (variables: Record<string, unknown>) => {
      const answer = await api.graphql<OrdersAnswer>(ORDERS, { first: 50, ...variables }, auth);
      expect(answer.errors).toBeUndefined();
      return answer.data!.orders;
    };
    const numbers = (page: OrdersAnswer['orders']) => page.nodes.map((node) => node.number);

    const abandoned = await api
      .em()
      .findOneOrFail(Order, { providerSessionId: pending.data!.createCheckout.id });
    expect(numbers(await list({ from: started.toISOString() }))).toEqual([
      abandoned.number,
      software.number,
      club.number,
      kit.number,
    ]);
    const paidOnly = await list({ status: 'PAID', from: started.toISOString() });
    expect(numbers(paidOnly)).toEqual([software.number, club.number, kit.number]);
    const pendingOnly = await list({ status: 'PENDING', from: started.toISOString() });
    expect(pendingOnly.totalCount).toBe(1);
    expect(numbers(await list({ productId: productIds[CLUB], from: started.toISOString() }))).toEqual([
      club.number,
    ]);
    const byCode = await list({ affiliateCode: 'friend-10' });
    expect(byCode.nodes.map((node) => [node.number, node.affiliateCode])).toEqual([
      [club.number, 'friend-10'],
    ]);
    expect(numbers(await list({ query: `#${kit.number}` }))).toEqual([kit.number]);
    expect(numbers(await list({ query: String(club.number) }))).toEqual([club.number]);
    expect(numbers(await list({ query: 'SPECIAL@example' }))).toEqual([software.number]);
    expect(numbers(await list({ query: '50%_love' }))).toEqual([software.number]);
    // Wildcards are literal: "_%" appears in no email or name ("%_" does).
    expect((await list({ query: '_%' })).totalCount).toBe(0);
    expect((await list({ to: started.toISOString(), from: started.toISOString() })).totalCount).toBe(0);

    // Pages of one, following the cursor, visit the same orders in the same order.
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: OrdersAnswer['orders'] = await list({
        first: 1,
        after,
        status: 'PAID',
        from: started.toISOString(),
      });
      seen.push(...numbers(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([software.number, club.number, kit.number]);

    const bad = await api.graphql(ORDERS, { productId: 'nope' }, auth);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'productId' });
    const backwards = await api.graphql(
      ORDERS,
      { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      auth,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const tooMany = await api.graphql(ORDERS, { first: 101 }, auth);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });
});

describe('one order and the support actions', () => {
  it('shows everything about an order', async () => {
    const order = await buy(SOFTWARE, 'detail@example.com');
    const em = api.em();
    const grant = await em.findOneOrFail(DownloadGrant, { order: order.id });
    const file = await em.findOneOrFail(ProductFile, { product: productIds[SOFTWARE]! });
    em.create(DownloadEvent, { grant: grant.id, file, ipTruncated: '203.0.113.0', userAgent: 'curl/8' });
    await em.flush();

    const answer = await api.graphql<{ order: any }>(ORDER, { id: order.id }, auth);
    expect(answer.errors).toBeUndefined();
    const view = answer.data!.order;
    expect(view).toMatchObject({
      id: order.id,
      number: order.number,
      status: 'PAID',
      email: 'detail@example.com',
      customerId: order.customer!.id,
      provider: 'test',
      providerUrl: null,
      items: [
        {
          productSlug: SOFTWARE,
          productId: productIds[SOFTWARE],
          unitPrice: { amount: 3900, currency: 'usd' },
          quantity: 1,
        },
      ],
      total: { amount: 3900 },
      refunded: { amount: 0 },
      refundable: { amount: 3900 },
      paymentEvents: [],
      auditLog: [],
    });
    expect(view.providerPaymentId).toMatch(/^test_pi_/);
    expect(view.downloadGrants).toEqual([
      expect.objectContaining({
        id: grant.id,
        downloadLimit: 5,
        downloadCount: 0,
        state: 'OK',
        downloads: [
          expect.objectContaining({ fileName: file.name, ipTruncated: '203.0.113.0', userAgent: 'curl/8' }),
        ],
      }),
    ]);
    expect(view.licenses).toHaveLength(1);
    expect(view.emails.map((email: { template: string }) => email.template)).toEqual(['delivery']);

    expect(
      (await api.graphql<{ order: null }>(ORDER, { id: '00000000-0000-4000-8000-000000000000' }, auth)).data!
        .order,
    ).toBeNull();
    expect((await api.graphql<{ order: null }>(ORDER, { id: 'nope' }, auth)).data!.order).toBeNull();
  });

  it('resets a count, extends a window, resends the email and revokes a license, each audited once', async () => {
    const order = await buy(SOFTWARE, 'support@example.com');
    const em = api.em();
    const grant = await em.findOneOrFail(DownloadGrant, { order: order.id });
    await em.nativeUpdate(DownloadGrant, { id: grant.id }, { downloadCount: 5 });
    const expiresAt = grant.expiresAt!;

    const reset = await api.graphql<{ resetDownloadCount: { downloadCount: number; state: string } }>(
      'mutation($id: ID!) { resetDownloadCount(grantId: $id) { downloadCount state } }',
      { id: grant.id },
      auth,
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetDownloadCount).toEqual({ downloadCount: 0, state: 'OK' });

    const extended = await api.graphql<{ extendDownloadWindow: { expiresAt: string } }>(
      'mutation($id: ID!) { extendDownloadWindow(grantId: $id, days: 10) { expiresAt } }',
      { id: grant.id },
      auth,
    );
    expect(extended.errors).toBeUndefined();
    const newExpiry = new Date(expiresAt.getTime() + 10 * 24 * 60 * 60 * 1000);
    expect(new Date(extended.data!.extendDownloadWindow.expiresAt).getTime()).toBe(newExpiry.getTime());

    const resent = await api.graphql<{
      resendDeliveryEmail: {
        email: { id: string; template: string; to: string };
        order: { emails: Array<{ id: string }> };
      };
    }>(
      'mutation($id: ID!) { resendDeliveryEmail(orderId: $id) { email { id template to } order { emails { id } } } }',
      { id: order.id },
      auth,
    );
    expect(resent.errors).toBeUndefined();
    const emailId = resent.data!.resendDeliveryEmail.email.id;
    expect(resent.data!.resendDeliveryEmail.email).toMatchObject({
      template: 'delivery',
      to: 'support@example.com',
    });
    expect(resent.data!.resendDeliveryEmail.order.emails.map((email) => email.id)).toContain(emailId);
    expect(await em.count(Email, { order: order.id, template: 'delivery' })).toBe(2);

    const license = (
      await api.graphql<{ order: { licenses: Array<{ id: string }> } }>(ORDER, { id: order.id }, auth)
    ).data!.order.licenses[0]!;
    const revoke = await api.graphql(
      'mutation($id: ID) { revokeLicense(id: $id) { status } }',
      { id: license.id },
      auth,
    );
    expect(revoke.errors).toBeUndefined();
    // Revoking a revoked license changes nothing, so it writes nothing either.
    await api.graphql('mutation($id: ID) { revokeLicense(id: $id) { status } }', { id: license.id }, auth);
    const reinstate = await api.graphql(
      'mutation($id: ID) { reinstateLicense(id: $id) { status } }',
      { id: license.id },
      auth,
    );
    expect(reinstate.errors).toBeUndefined();

    const owner = await em.findOneOrFail(User, { email: 'owner@example.com' });
    const entries = await em.find(
      AuditEntry,
      { orderId: order.id },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const who = { actorKind: 'user', actorId: owner.id, actorLabel: 'owner@example.com' };
    expect(
      entries.map(({ action, subjectType, subjectId, before, after, actorKind, actorId, actorLabel }) => ({
        action,
        subjectType,
        subjectId,
        before,
        after,
        actorKind,
        actorId,
        actorLabel,
      })),
    ).toEqual([
      {
        action: 'download.count_reset',
        subjectType: 'download_grant',
        subjectId: grant.id,
        before: { downloadCount: 5 },
        after: { downloadCount: 0 },
        ...who,
      },
      {
        action: 'download.window_extended',
        subjectType: 'download_grant',
        subjectId: grant.id,
        before: { expiresAt: expiresAt.toISOString() },
        after: { expiresAt: newExpiry.toISOString(), days: 10 },
        ...who,
      },
      {
        action: 'order.delivery_resent',
        subjectType: 'email',
        subjectId: emailId,
        before: null,
        after: { to: 'support@example.com', template: 'delivery' },
        ...who,
      },
      {
        action: 'license.revoked',
        subjectType: 'license',
        subjectId: license.id,
        before: { status: 'active' },
        after: { status: 'revoked' },
        ...who,
      },
      {
        action: 'license.reinstated',
        subjectType: 'license',
        subjectId: license.id,
        before: { status: 'revoked' },
        after: { status: 'active' },
        ...who,
      },
    ]);

    const log = await api.graphql<{
      order: { auditLog: Array<{ action: string; actor: { kind: string; label: string } }> };
    }>(ORDER, { id: order.id }, auth);
    expect(log.data!.order.auditLog.map((entry) => entry.action)).toEqual(
      entries.map((entry) => entry.action),
    );
    expect(log.data!.order.auditLog[0]!.actor).toEqual({
      kind: 'USER',
      id: owner.id,
      label: 'owner@example.com',
    });
  });

  it('refuses bad input for the actions and changes nothing', async () => {
    const order = await buy(CLUB, 'club-actions@example.com');
    const em = api.em();
    const grant = await em.findOneOrFail(DownloadGrant, { order: order.id });
    // A link without an expiry (as products without a download window give) has no window to extend.
    await em.nativeUpdate(DownloadGrant, { id: grant.id }, { expiresAt: null });
    const before = await em.count(AuditEntry, {});
    const extend =
      'mutation($id: ID!, $days: Int!) { extendDownloadWindow(grantId: $id, days: $days) { id } }';
    expect(codeOf(await api.graphql(extend, { id: grant.id, days: 0 }, auth))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(extend, { id: grant.id, days: 4000 }, auth))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(extend, { id: grant.id, days: 5 }, auth))).toBe('CONFLICT');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await api.graphql(extend, { id: missing, days: 5 }, auth))).toBe('NOT_FOUND');
    const reset = 'mutation($id: ID!) { resetDownloadCount(grantId: $id) { id } }';
    expect(codeOf(await api.graphql(reset, { id: missing }, auth))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(reset, { id: 'nope' }, auth))).toBe('NOT_FOUND');
    const resend = 'mutation($id: ID!) { resendDeliveryEmail(orderId: $id) { email { id } } }';
    expect(codeOf(await api.graphql(resend, { id: missing }, auth))).toBe('NOT_FOUND');
    const pending = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId: productIds[KIT] } },
    );
    const unpaid = await em.findOneOrFail(Order, { providerSessionId: pending.data!.createCheckout.id });
    expect(codeOf(await api.graphql(resend, { id: unpaid.id }, auth))).toBe('CONFLICT');
    expect(await em.count(AuditEntry, {})).toBe(before);
  });
});

describe('who may', () => {
  it('lets staff and keys with the scope in, and no one else', async () => {
    const order = await buy(KIT, 'who@example.com');
    const grant = await api.em().findOneOrFail(DownloadGrant, { order: order.id });
    const list = '{ orders(first: 1) { totalCount } }';
    const reset = 'mutation($id: ID!) { resetDownloadCount(grantId: $id) { id } }';
    const refund = 'mutation($id: ID!) { refundOrder(id: $id) { id } }';

    expect(codeOf(await api.graphql(list))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.graphql(ORDER, { id: order.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.graphql(reset, { id: grant.id }))).toBe('UNAUTHENTICATED');

    const other = await apiKey('licenses', ['licenses:read']);
    expect(codeOf(await api.graphql(list, {}, other))).toBe('FORBIDDEN');
    const reader = await apiKey('reader', ['orders:read']);
    expect((await api.graphql(list, {}, reader)).errors).toBeUndefined();
    expect(codeOf(await api.graphql(reset, { id: grant.id }, reader))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(refund, { id: order.id }, reader))).toBe('FORBIDDEN');
    const writer = await apiKey('writer', ['orders:write']);
    expect((await api.graphql(reset, { id: grant.id }, writer)).errors).toBeUndefined();
    const entry = await api
      .em()
      .findOneOrFail(AuditEntry, { subjectId: grant.id, action: 'download.count_reset' });
    expect(entry).toMatchObject({ actorKind: 'api_key' });

    const em = api.em();
    em.create(User, {
      email: 'staff@example.com',
      name: 'Staff',
      role: 'staff',
      passwordHash: await hashPassword('staff password 123'),
    });
    await em.flush();
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "staff@example.com", password: "staff password 123") { token } }',
    );
    const staff = { authorization: `Bearer ${login.data!.login.token}` };
    expect((await api.graphql(list, {}, staff)).errors).toBeUndefined();
    const refunded = await api.graphql<{ refundOrder: { id: string } }>(refund, { id: order.id }, staff);
    expect(refunded.errors).toBeUndefined();
  });
});

describe('what a page costs', () => {
  it('reads a page of orders with every detail in the same few statements whatever its size', async () => {
    for (let index = 0; index < 6; index += 1)
      await buy(index % 2 ? SOFTWARE : KIT, `cost${index}@example.com`);
    const PAGE = `query($first: Int) { orders(first: $first) { nodes {
      number items { productName } customerName affiliateCode
      downloadGrants { state downloads { fileName } } licenses { key activations { instanceId } }
      emails { template } paymentEvents { type } auditLog { action actor { label } }
    } } }`;
    // The email worker shares the process and its pool: its claims and sends are not the page's, nor is the
    // session's last-used mark, written once a minute whichever request comes then.
    const background =
      /\b(update|into)\s+"?(email|rate_limit_slot|session)"?[\s(]|pgboss|^\s*(begin|commit|rollback|savepoint|release)\b/i;
    const statements = async (first: number) => {
      const knex = api.services.orm.em.getConnection().getKnex();
      let count = 0;
      const listener = (query: { sql: string }) => {
        if (!background.test(query.sql)) count += 1;
      };
      knex.on('query', listener);
      try {
        const answer = await api.graphql<{ orders: { nodes: unknown[] } }>(PAGE, { first }, auth);
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.orders.nodes).toHaveLength(first);
      } finally {
        knex.removeListener('query', listener);
      }
      return count;
    };
    // Other background work (webhook fan-out, rollups) may still add a statement to any one run: the fewest
    // of three runs is the page's own count.
    const fewest = async (first: number) =>
      Math.min(await statements(first), await statements(first), await statements(first));
    const small = await fewest(2);
    const large = await fewest(12);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(16);
  });
});
