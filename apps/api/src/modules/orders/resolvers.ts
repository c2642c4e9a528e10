// Orders and customers for the creator over GraphQL: the lists, one order with everything about it, and
// the order actions (refund, resend, reset, extend). Thin over the services, which authorise. An order's
// detail fields are batched per request (DataLoader), so a page of orders with their grants, licenses,
// emails, events and audit log costs a fixed number of statements whatever its size. The customer queries
// are served here too, next to the orders they are made of.
import type { Order, OrderStatus } from '@shelf/db/orders';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.ts';
import type {
  AuditActorKind,
  DownloadGrantState,
  OrderStatus as OrderStatusEnum,
  PaymentEventState,
  PaymentProvider,
  Resolvers,
  SubscriptionState,
} from '../../generated/resolvers-types.ts';
import { type AuditEntryModel, listAuditOfOrders } from '../audit/audit.service.ts';
import { pageOfList } from '../common/list-page.ts';
import { toMoney } from '../common/money.ts';
import { getCustomer, listCustomers } from '../customers/customers-admin.service.ts';
import {
  type DownloadGrantRecord,
  extendDownloadWindow,
  listGrantsOfOrders,
  resetDownloadCount,
} from '../downloads/download-admin.service.ts';
import { type LicenseRecordModel, listLicenseRecordsOfOrders } from '../licensing/license-admin.service.ts';
import { listEmailsOfOrders } from '../messaging/messaging.service.ts';
import { listPaymentEventsOfOrders, type PaymentEventRecord } from '../payments/payment-history.service.ts';
import { refundOrder } from '../payments/refunds.service.ts';
import { resendDeliveryEmail } from './order-admin.service.ts';
import {
  getOrder,
  listOrders,
  orderKeepsAccess,
  orderNetCents,
  pageOrdersOfCustomer,
} from './orders.service.ts';

type Email = Awaited<ReturnType<typeof listEmailsOfOrders>> extends Map<string, infer T> ? T : never;

type Loaders = {
  grants: DataLoader<string, DownloadGrantRecord[]>;
  licenses: DataLoader<string, LicenseRecordModel[]>;
  emails: DataLoader<string, Email>;
  paymentEvents: DataLoader<Order, PaymentEventRecord[], string>;
  audit: DataLoader<string, AuditEntryModel[]>;
};

// One set of loaders per request: the context object lives exactly as long as the request.
const loadersByRequest = new WeakMap<RequestContext, Loaders>();

/** A loader answering many orders with one call of `load`, which returns an entry for every order. */
function byOrder<K, T>(
  load: (keys: readonly K[]) => Promise<Map<string, T>>,
  idOf: (key: K) => string,
): DataLoader<K, T, string> {
  return new DataLoader<K, T, string>(
    async (keys) => {
      const found = await load(keys);
      return keys.map((key) => found.get(idOf(key)) ?? new Error(`Nothing loaded for ${idOf(key)}.`));
    },
    { cacheKeyFn: idOf },
  );
}

const same = (id: string) => id;

function loaders(ctx: RequestContext): Loaders {
  let loaded = loadersByRequest.get(ctx);
  if (!loaded) {
    loaded = {
      grants: byOrder((ids) => listGrantsOfOrders(ctx, ids), same),
      licenses: byOrder((ids) => listLicenseRecordsOfOrders(ctx, ids), same),
      emails: byOrder((ids) => listEmailsOfOrders(ctx, ids), same),
      paymentEvents: byOrder(
        (orders) => listPaymentEventsOfOrders(ctx, orders),
        (order) => order.id,
      ),
      audit: byOrder((ids) => listAuditOfOrders(ctx, ids), same),
    };
    loadersByRequest.set(ctx, loaded);
  }
  return loaded;
}

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

/** Enum values are upper case in the schema, lower case in the services. */
const grantOut = (grant: DownloadGrantRecord) => ({
  ...grant,
  state: upper<DownloadGrantState>(grant.state),
});
const auditOut = (entry: AuditEntryModel) => ({
  ...entry,
  actor: { ...entry.actor, kind: upper<AuditActorKind>(entry.actor.kind) },
});
const byId = (row: { id: string }) => row.id;

export const ordersResolvers: Resolvers = {
  Query: {
    orders: (_parent, args, ctx) =>
      listOrders(ctx, {
        ...args,
        status: args.status?.toLowerCase() as OrderStatus | undefined,
        from: args.from ? new Date(args.from) : null,
        to: args.to ? new Date(args.to) : null,
      }),
    order: (_parent, args, ctx) => getOrder(ctx, args.id),
    customers: (_parent, args, ctx) => listCustomers(ctx, args),
    customer: (_parent, args, ctx) => getCustomer(ctx, args.id),
  },
  Mutation: {
    refundOrder: async (_parent, args, ctx) => {
      await refundOrder(ctx, { orderId: args.id, amount: args.amount ?? null });
      // Read back through the request's own EntityManager, with everything the list populates.
      return (await getOrder(ctx, args.id))!;
    },
    resendDeliveryEmail: async (_parent, args, ctx) => {
      const { emailId, orderId } = await resendDeliveryEmail(ctx, args.orderId);
      const order = (await getOrder(ctx, orderId))!;
      const emails = await loaders(ctx).emails.load(orderId);
      return { order, email: emails.find((email) => email.id === emailId)! };
    },
    resetDownloadCount: async (_parent, args, ctx) => grantOut(await resetDownloadCount(ctx, args.grantId)),
    extendDownloadWindow: async (_parent, args, ctx) =>
      grantOut(await extendDownloadWindow(ctx, { grantId: args.grantId, days: args.days })),
  },
  Order: {
    status: (order) => upper<OrderStatusEnum>(order.status),
    customerId: (order) => order.customer?.id ?? null,
    customerName: (order) => order.customer?.name ?? null,
    paymentProvider: (order) => upper<PaymentProvider>(order.provider),
    providerPaymentId: (order) => order.providerPaymentIntentId,
    providerUrl: (order, _args, ctx) => {
      const gateway = ctx.services.payments;
      if (!order.providerPaymentIntentId || gateway.name !== order.provider) return null;
      return gateway.paymentDashboardUrl(order.providerPaymentIntentId);
    },
    items: (order) =>
      order.items.getItems().map((item) => ({
        productName: item.productName,
        productSlug: item.product.slug,
        productId: item.product.id,
        unitPrice: toMoney(item.unitPriceCents, item.currency),
        quantity: item.quantity,
      })),
    subtotal: (order) => toMoney(order.subtotalCents, order.currency),
    discount: (order) => toMoney(order.discountCents, order.currency),
    tax: (order) => toMoney(order.taxCents, order.currency),
    total: (order) => toMoney(order.totalCents, order.currency),
    net: (order) => toMoney(orderNetCents(order), order.currency),
    refunded: (order) => toMoney(order.refundedCents, order.currency),
    refundable: (order) =>
      toMoney(orderKeepsAccess(order.status) ? order.totalCents - order.refundedCents : 0, order.currency),
    affiliateCode: (order) => order.affiliateLink?.code ?? null,
    downloadGrants: async (order, _args, ctx) => (await loaders(ctx).grants.load(order.id)).map(grantOut),
    licenses: (order, _args, ctx) => loaders(ctx).licenses.load(order.id),
    emails: (order, _args, ctx) => loaders(ctx).emails.load(order.id),
    emailsConnection: async (order, args, ctx) =>
      pageOfList(await loaders(ctx).emails.load(order.id), args, byId),
    paymentEvents: (order, _args, ctx) => loaders(ctx).paymentEvents.load(order),
    paymentEventsConnection: async (order, args, ctx) =>
      pageOfList(await loaders(ctx).paymentEvents.load(order), args, byId),
    auditLog: async (order, _args, ctx) => (await loaders(ctx).audit.load(order.id)).map(auditOut),
    auditLogConnection: async (order, args, ctx) =>
      pageOfList((await loaders(ctx).audit.load(order.id)).map(auditOut), args, byId),
  },
  PaymentEventRecord: {
    paymentProvider: (event) => upper<PaymentProvider>(event.provider),
    state: (event) => upper<PaymentEventState>(event.status),
  },
  CustomerDetail: {
    ordersConnection: (detail, args, ctx) => pageOrdersOfCustomer(ctx, detail.customer.id, args),
    licensesConnection: (detail, args) => pageOfList(detail.licenses, args, byId),
    subscriptionsConnection: (detail, args) => pageOfList(detail.subscriptions, args, byId),
  },
  CustomerSubscription: {
    paymentProvider: (subscription) => upper<PaymentProvider>(subscription.provider),
    state: (subscription) => upper<SubscriptionState>(subscription.status),
  },
};
