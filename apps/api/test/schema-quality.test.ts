// What the public schema promises integrators, checked over the schema the API serves: every type, field,
// argument, enum value and input field says what it is; lists that grow are cursor connections (the few
// fixed-size lists are named below with why); every `first` is bounded (1000 is refused with
// BAD_USER_INPUT on `first`, asked of the running API); and no time is a String.
import { Email } from '@shelf/db/messaging';
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublicSchema } from '../src/public-schema.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';
import { buyInTestMode } from './test-checkout.ts';

const schema = buildPublicSchema();

const namedTypes = (): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !(isScalarType(type) && isSpecifiedScalarType(type)),
  );

const described = (thing: { description?: string | null }) => Boolean(thing.description?.trim());

function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of namedTypes()) {
    if (!described(type)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!described(arg)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

/**
 * Lists that stay lists, each with why it cannot grow without bound. Everything else that is a list on an
 * object type must be a connection (a type named ...Connection with edges, nodes, pageInfo, totalCount).
 */
const PER_CURRENCY = 'one Money per currency the store was paid in: bounded by the currencies it sells in';
const PER_ITEM = 'one entry per item of one order, and a checkout buys one product';
const FIXED_SIZE_LISTS: Record<string, string> = {
  'ApiKey.scopes': 'a subset of the ApiKeyScope enum',
  'Mutation.confirmTwoFactor': 'the ten recovery codes made when two-factor sign-in is turned on',
  'Query.users': 'the owner and the staff they invited: a handful of people',
  'Query.webhookEventTypes': 'one entry per event type the store emits',
  'WebhookDelivery.attemptLog': 'the newest 50 attempts of one delivery',
  'WebhookEndpoint.events': 'a subset of the event types the store emits',
  'Affiliate.approvedCommission': PER_CURRENCY,
  'Affiliate.balance': PER_CURRENCY,
  'Affiliate.owedBack': PER_CURRENCY,
  'Affiliate.paidCommission': PER_CURRENCY,
  'Affiliate.pendingCommission': PER_CURRENCY,
  'AffiliateAccount.approvedCommission': PER_CURRENCY,
  'AffiliateAccount.owedBack': PER_CURRENCY,
  'AffiliateAccount.paidCommission': PER_CURRENCY,
  'AffiliateAccount.pendingCommission': PER_CURRENCY,
  'AffiliateLink.approvedCommission': PER_CURRENCY,
  'AffiliateLink.owedBack': PER_CURRENCY,
  'AffiliateLink.paidCommission': PER_CURRENCY,
  'AffiliateLink.pendingCommission': PER_CURRENCY,
  'Customer.lifetimeValue': PER_CURRENCY,
  'ProductSales.revenue': PER_CURRENCY,
  'RevenueReport.currencies': 'the currencies the store was paid in',
  'AffiliateSale.productNames': PER_ITEM,
  'Commission.productNames': PER_ITEM,
  'Order.items': PER_ITEM,
  'Order.downloadGrants': PER_ITEM,
  'Order.licenses': PER_ITEM,
  'CheckoutOrder.licenses': PER_ITEM,
  'CheckoutOrder.downloads':
    'the files of the product bought, which only its creator adds; they do not grow with sales',
  'Product.files': 'the files its creator added one by one; they do not grow with sales or traffic',
  'Product.previewImages': 'the images its creator added one by one; they do not grow with sales or traffic',
  'DownloadGrantRecord.downloads': 'capped at the newest 100 (the full log is in the downloads export)',
  'LicenseRecord.history': 'the newest entries, as many as its `first` asks (1 to 200), which is bounded',
  'ProductUpload.headers': 'the few headers one upload request needs',
  'ProductUpload.parts': 'the parts of one multipart upload, at most 10000 by S3',
  'RevenueReport.daily': 'one point per day of the range, which is at most 732 days',
  'RevenueReport.topProducts': 'the ten products with the highest net',
  'RevenueReport.affiliates': 'at most the 20 affiliates with the highest net',
};

const isConnectionType = (type: GraphQLNamedType) =>
  isObjectType(type) &&
  type.name.endsWith('Connection') &&
  ['edges', 'nodes', 'pageInfo', 'totalCount'].every((field) => field in type.getFields());

function fieldsOfObjects(): Array<{ coordinate: string; field: GraphQLField<unknown, unknown> }> {
  return namedTypes()
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })),
    );
}

const isList = (field: GraphQLField<unknown, unknown>) =>
  isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

function unpagedLists(): string[] {
  return fieldsOfObjects()
    .filter(({ coordinate, field }) => {
      const [type] = coordinate.split('.');
      const owner = schema.getType(type!)!;
      if (isConnectionType(owner) && (field.name === 'edges' || field.name === 'nodes')) return false;
      if (owner.name.endsWith('Edge')) return false;
      // A deprecated list has a connection next to it, which is checked in its own right.
      if (field.deprecationReason) return false;
      return isList(field) && !(coordinate in FIXED_SIZE_LISTS);
    })
    .map(({ coordinate }) => coordinate);
}

/** Strings that are not a time even though their name sounds like one, with why. */
const NOT_TIMES: Record<string, string> = {
  'EmailMessage.to': "the recipient's email address",
  'RevenueDayPoint.date': 'a calendar day (YYYY-MM-DD) in the report time zone, not an instant',
};

const TIME_NAME = /(At|Date|Time|Until|Since)$|^(date|time|from|to|since|until)$/;

function timesAsStrings(): string[] {
  return fieldsOfObjects()
    .filter(({ coordinate, field }) => {
      const type = getNamedType(field.type);
      return type.name === 'String' && TIME_NAME.test(field.name) && !(coordinate in NOT_TIMES);
    })
    .map(({ coordinate }) => coordinate);
}

/** Strings named like a closed set of values, with why they stay open. */
const OPEN_STRINGS: Record<string, string> = {
  'PaymentEventRecord.type': "the payment provider's own event type (charge.refunded, ...), a set it grows",
  'Payout.method': 'free text the creator types: how the money was sent (bank transfer, PayPal, ...)',
};

const CLOSED_SET_NAME = /^(status|state|kind|type|provider|role|interval|method)$/;

/** Fields named like a status or kind that are Strings instead of enums (deprecated ones have an enum twin). */
function statusesAsStrings(): string[] {
  return fieldsOfObjects()
    .filter(
      ({ coordinate, field }) =>
        CLOSED_SET_NAME.test(field.name) &&
        getNamedType(field.type).name === 'String' &&
        !field.deprecationReason &&
        !(coordinate in OPEN_STRINGS),
    )
    .map(({ coordinate }) => coordinate);
}

describe('the schema describes itself', () => {
  it('has a description on every type, field, argument, enum value and input field', () => {
    expect(undescribed()).toEqual([]);
  });
});

describe('lists', () => {
  it('are connections unless they have a fixed size, named here with why', () => {
    expect(unpagedLists()).toEqual([]);
  });

  it('allow-list only fields that exist', () => {
    const coordinates = new Set(fieldsOfObjects().map(({ coordinate }) => coordinate));
    expect(Object.keys(FIXED_SIZE_LISTS).filter((coordinate) => !coordinates.has(coordinate))).toEqual([]);
  });
});

describe('statuses and kinds', () => {
  it('are enums, never String', () => {
    expect(statusesAsStrings()).toEqual([]);
  });
});

describe('times', () => {
  it('are DateTime, never String', () => {
    expect(timesAsStrings()).toEqual([]);
  });
});

// ---- `first` is bounded, asked of the running API

/** Every field that takes `first`, as `Type.field`. */
const pagedFields = fieldsOfObjects()
  .filter(({ field }) => field.args.some((arg) => arg.name === 'first'))
  .map(({ coordinate }) => coordinate);

type Probe = { query: string; headers: 'owner' | 'affiliate' };

let api: TestApi;
/** The credentials each probe is sent with: the owner's session, or the affiliate portal's. */
const headers: Record<Probe['headers'], Record<string, string>> = { owner: {}, affiliate: {} };
/** How to reach one object of a type, to ask for its paged field. */
const reach = new Map<string, { open: string; headers: Probe['headers'] }>();
/** The other required arguments of a Query field that takes `first`. */
const rootArgs = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi({
    PUBLIC_URL: 'http://shop.test',
    PAYMENTS: 'test',
    EMAIL: 'outbox',
    WEBHOOKS_ALLOW_PRIVATE: 'true',
  });
  const owner = await loginAsOwner(api);
  const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products(first: 100) { nodes { id slug } } }',
  );
  const software = products.data!.products.nodes.find(
    (product) => product.slug === 'framecraft-screenshot-tool',
  )!;
  const link = await api.graphql<{ createAffiliateLink: { affiliate: { id: string } } }>(
    'mutation { createAffiliateLink(input: { email: "probe@example.com", name: "Probe", code: "PROBE" }) { affiliate { id } } }',
    {},
    owner,
  );
  expect(link.errors).toBeUndefined();
  const { licenseKeys } = await buyInTestMode(api, {
    productId: software.id,
    email: 'buyer@example.com',
    affiliateCode: 'PROBE',
  });
  const orders = await api.graphql<{ orders: { nodes: Array<{ id: string; customerId: string }> } }>(
    '{ orders(first: 1, status: PAID) { nodes { id customerId } } }',
    {},
    owner,
  );
  const order = orders.data!.orders.nodes[0]!;
  await api.graphql('mutation { requestAffiliateSignIn(email: "probe@example.com") }');
  const [email] = await api.em().find(Email, { to: 'probe@example.com', template: 'affiliate-sign-in' });
  const token = new URL(/http\S+/.exec(email!.text)![0]).searchParams.get('token');
  const session = await api.graphql<{ signInAffiliate: { token: string } }>(
    'mutation($token: String!) { signInAffiliate(token: $token) { token } }',
    { token },
  );
  headers.owner = owner;
  headers.affiliate = { authorization: `Bearer ${session.data!.signInAffiliate.token}` };

  const affiliateId = link.data!.createAffiliateLink.affiliate.id;
  const key = licenseKeys[0]!;
  reach.set('Query', { open: '', headers: 'owner' });
  reach.set('Affiliate', { open: `affiliate(id: "${affiliateId}")`, headers: 'owner' });
  reach.set('AffiliateAccount', { open: 'myAffiliateAccount', headers: 'affiliate' });
  reach.set('Order', { open: `order(id: "${order.id}")`, headers: 'owner' });
  reach.set('CustomerDetail', { open: `customer(id: "${order.customerId}")`, headers: 'owner' });
  reach.set('LicenseRecord', { open: `license(key: "${key}")`, headers: 'owner' });
  const endpoint = await api.graphql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    'mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/shelf", events: ["order.paid"] }) { endpoint { id } } }',
    {},
    owner,
  );
  expect(endpoint.errors).toBeUndefined();
  reach.set('WebhookEndpoint', {
    open: `webhookEndpoint(id: "${endpoint.data!.createWebhookEndpoint.endpoint.id}")`,
    headers: 'owner',
  });
  rootArgs.set('commissions', `affiliateId: "${affiliateId}", `);
});
afterAll(() => api?.close());

function probe(coordinate: string, first: number): Probe {
  const [type, field] = coordinate.split('.') as [string, string];
  const way = reach.get(type);
  if (!way) throw new Error(`No way to reach a ${type} for ${coordinate}: add one to the probes.`);
  const selection = returnsScalar(coordinate) ? '' : ' { __typename }';
  const call = `${field}(${rootArgs.get(field) ?? ''}first: ${first})${selection}`;
  return { query: way.open ? `{ ${way.open} { ${call} } }` : `{ ${call} }`, headers: way.headers };
}

const returnsScalar = (coordinate: string) => {
  const [type, field] = coordinate.split('.') as [string, string];
  const owner = schema.getType(type);
  return isObjectType(owner) && isScalarType(getNamedType(owner.getFields()[field]!.type));
};

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };

describe('first', () => {
  it('is taken by the fields the probes cover', () => {
    expect(pagedFields.length).toBeGreaterThan(15);
    expect(pagedFields).toContain('Order.emailsConnection');
  });

  it.each(pagedFields)(
    '%s refuses first: 1000 with BAD_USER_INPUT on first, and answers first: 1',
    async (coordinate) => {
      const tooMany = probe(coordinate, 1000);
      const refused = await api.graphql<unknown>(tooMany.query, {}, headers[tooMany.headers]);
      const error = (refused as Answer).errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(refused)).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.field).toBe('first');
      const one = probe(coordinate, 1);
      const answered = await api.graphql<unknown>(one.query, {}, headers[one.headers]);
      expect((answered as Answer).errors, JSON.stringify(answered)).toBeUndefined();
    },
  );
});
