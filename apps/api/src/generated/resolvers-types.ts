import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductModel as ProductModelModel } from '../modules/catalog/catalog.service.ts';
import type { CheckoutModel as CheckoutModelModel, CheckoutOrderModel as CheckoutOrderModelModel } from '../modules/checkout/checkout.service.ts';
import type { CustomerDetailModel as CustomerDetailModelModel } from '../modules/customers/customers-admin.service.ts';
import type { CustomerSubscriptionModel as CustomerSubscriptionModelModel } from '../modules/subscriptions/subscriptions.service.ts';
import type { PaymentEventRecord as PaymentEventRecordModel } from '../modules/payments/payment-history.service.ts';
import type { Order as OrderModel } from '@shelf/db/orders';
import type { User as UserModel } from '@shelf/db/accounts';
import type { Email as EmailModel } from '@shelf/db/messaging';
import type { LicenseRecordModel as LicenseRecordModelModel } from '../modules/licensing/license-admin.service.ts';
import type { Affiliate as AffiliateModel, AffiliateLink as AffiliateLinkModel, Commission as CommissionModel, Payout as PayoutModel } from '@shelf/db/affiliates';
import type { AffiliateAccountModel as AffiliateAccountModelModel } from '../modules/affiliates/affiliate-portal.service.ts';
import type { WebhookEndpoint as WebhookEndpointModel, WebhookDelivery as WebhookDeliveryModel, WebhookDeliveryAttempt as WebhookDeliveryAttemptModel } from '@shelf/db/webhooks';
import type { RequestContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-27T10:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  /**
   * Any JSON value: an object, array, string, number, boolean or null. Used for a history entry's details,
   * whose fields depend on its type.
   */
  JSON: { input: unknown; output: unknown; }
  /**
   * An integer amount of a currency's minor units (cents for usd, the whole unit for jpy), sent as a JSON
   * number. Exact up to 2^53-1 (9,007,199,254,740,991) in either direction, where Int stops at 2,147,483,647;
   * an input that is not a whole number in that range is refused with BAD_USER_INPUT.
   */
  MinorUnits: { input: number; output: number; }
};

/** The answer to activateLicense. */
export type ActivateLicenseResult = {
  __typename?: 'ActivateLicenseResult';
  /** True when the instance holds a seat (a new one, or the existing instance of the same name). */
  activated: Scalars['Boolean']['output'];
  /**
   * A signed offline certificate of this activation (Ed25519; verify with the key at
   * /.well-known/shelf-license-key, or verifyLicenseCertificate from @shelf/licensing); null when activated
   * is false. The app may trust it offline until its validUntil, then validates online again.
   */
  certificate?: Maybe<Scalars['String']['output']>;
  /** Why not, when activated is false. */
  error?: Maybe<LicenseErrorCode>;
  /** The activated instance; null when activated is false. */
  instance?: Maybe<LicenseInstance>;
  /** The key after the activation; null when the key was not found. */
  license?: Maybe<LicenseKeyDetails>;
  /** A short human explanation of the error. */
  message?: Maybe<Scalars['String']['output']>;
};

/** Someone who earns commission on sales through their links. */
export type Affiliate = {
  __typename?: 'Affiliate';
  /** Approved commission not yet paid out, per currency. */
  approvedCommission: Array<Money>;
  /** What the next payout would be: approved minus owed back, per currency (may be negative). */
  balance: Array<Money>;
  /** Counted visits through all of the affiliate's links (one per visitor per link per day, bots left out). */
  clicks: Scalars['Int']['output'];
  /** Paid purchases attributed to the affiliate's links whose commission was not reversed. */
  conversions: Scalars['Int']['output'];
  /** When the affiliate was created (with their first link). */
  createdAt: Scalars['DateTime']['output'];
  /** Where sign-in links and notices go; unique. */
  email: Scalars['String']['output'];
  /** The affiliate's id. */
  id: Scalars['ID']['output'];
  /**
   * The affiliate's links, newest first; archived ones included (see `archivedAt`).
   * @deprecated Use linksConnection, which pages with first and after.
   */
  links: Array<AffiliateLink>;
  /**
   * The affiliate's links, newest first, archived ones included (see `archivedAt`). `first` is 1 to 100
   * (default 20).
   */
  linksConnection: AffiliateLinkConnection;
  /** The affiliate's name, as given when their first link was created. */
  name: Scalars['String']['output'];
  /** Owed-back lines not yet deducted from a payout, per currency. */
  owedBack: Array<Money>;
  /** Commission settled by payouts, per currency. */
  paidCommission: Array<Money>;
  /** Recorded payouts, newest first (affiliates:read). */
  payouts: PayoutConnection;
  /** Commission still inside the refund window, per currency. */
  pendingCommission: Array<Money>;
  /** Whether the affiliate's links earn commission now. */
  status: AffiliateStatus;
};


/** Someone who earns commission on sales through their links. */
export type AffiliateLinksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who earns commission on sales through their links. */
export type AffiliatePayoutsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The signed-in affiliate's own account. */
export type AffiliateAccount = {
  __typename?: 'AffiliateAccount';
  /** Approved commission not yet paid out, one amount per currency. */
  approvedCommission: Array<Money>;
  /** Counted visits through all the affiliate's links. */
  clicks: Scalars['Int']['output'];
  /** conversions / clicks, 0 to 1; 0 without clicks. */
  conversionRate: Scalars['Float']['output'];
  /** Paid purchases through the affiliate's links whose commission was not reversed. */
  conversions: Scalars['Int']['output'];
  /** The affiliate's email, where sign-in links go. */
  email: Scalars['String']['output'];
  /**
   * The affiliate's links, newest first.
   * @deprecated Use linksConnection, which pages with first and after.
   */
  links: Array<AffiliatePortalLink>;
  /** The affiliate's links, newest first. `first` is 1 to 100 (default 20). */
  linksConnection: AffiliatePortalLinkConnection;
  /** The affiliate's name. */
  name: Scalars['String']['output'];
  /** Owed-back lines not yet deducted from a payout, one amount per currency. */
  owedBack: Array<Money>;
  /** Commission settled by payouts, one amount per currency. */
  paidCommission: Array<Money>;
  /** Commission still inside the refund window, one amount per currency. */
  pendingCommission: Array<Money>;
  /** Sales through the affiliate's links, newest first. */
  sales: AffiliateSaleConnection;
  /** Whether the affiliate's links earn commission now. */
  status: AffiliateStatus;
};


/** The signed-in affiliate's own account. */
export type AffiliateAccountLinksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in affiliate's own account. */
export type AffiliateAccountSalesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An affiliate's payable balance in one currency. */
export type AffiliateBalance = {
  __typename?: 'AffiliateBalance';
  /** Whose balance it is. */
  affiliate: Affiliate;
  /** Approved commission not yet paid out. */
  approved: Money;
  /** The balance's currency (ISO 4217, lower case). */
  currency: Scalars['String']['output'];
  /** Owed-back lines not yet deducted. */
  owedBack: Money;
  /** approved - owedBack: what a payout now would send (negative means the affiliate owes the store). */
  payable: Money;
};

/** A page of affiliate balances, in the order affiliateBalances lists them. */
export type AffiliateBalanceConnection = {
  __typename?: 'AffiliateBalanceConnection';
  /** The page's balances with their cursors. */
  edges: Array<AffiliateBalanceEdge>;
  /** The page's balances. */
  nodes: Array<AffiliateBalance>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many balances there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A balance in a list, with its cursor. */
export type AffiliateBalanceEdge = {
  __typename?: 'AffiliateBalanceEdge';
  /** Pass as `after` to continue after this balance. */
  cursor: Scalars['String']['output'];
  /** The balance. */
  node: AffiliateBalance;
};

/** Whether a visit was counted, and whether its code is worth remembering. */
export type AffiliateClickResult = {
  __typename?: 'AffiliateClickResult';
  /** A click was counted now (false for a repeat visit the same day, a bot, or an invalid code). */
  counted: Scalars['Boolean']['output'];
  /** The code names a live link of an active affiliate. */
  valid: Scalars['Boolean']['output'];
};

/** A page of affiliates, newest first. */
export type AffiliateConnection = {
  __typename?: 'AffiliateConnection';
  /** The page's affiliates with their cursors. */
  edges: Array<AffiliateEdge>;
  /** The page's affiliates. */
  nodes: Array<Affiliate>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many affiliates match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An affiliate in a list, with its cursor. */
export type AffiliateEdge = {
  __typename?: 'AffiliateEdge';
  /** Pass as `after` to continue after this affiliate. */
  cursor: Scalars['String']['output'];
  /** The affiliate. */
  node: Affiliate;
};

/** A referral code that attributes purchases to an affiliate. */
export type AffiliateLink = {
  __typename?: 'AffiliateLink';
  /** Whose link it is. */
  affiliate: Affiliate;
  /** The link's approved commission not yet paid out, one amount per currency. */
  approvedCommission: Array<Money>;
  /** When the creator archived the link; an archived link earns nothing. Null while it is live. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Counted visits (one per visitor per day, bots left out). */
  clicks: Scalars['Int']['output'];
  /** The code in `?ref=CODE`, as created; matched whatever its case. */
  code: Scalars['String']['output'];
  /** The share of each payment's net (after discount, before tax) the link earns, 0 to 100. */
  commissionPercent: Scalars['Int']['output'];
  /** Paid purchases attributed to this link whose commission was not reversed. */
  conversions: Scalars['Int']['output'];
  /** When the link was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The link's id. */
  id: Scalars['ID']['output'];
  /** The link's owed-back lines not yet deducted from a payout, one amount per currency. */
  owedBack: Array<Money>;
  /** The link's commission settled by payouts, one amount per currency. */
  paidCommission: Array<Money>;
  /** The link's commission still inside the refund window, one amount per currency. */
  pendingCommission: Array<Money>;
  /** The one product this link earns on; null when it earns on the whole store. */
  product?: Maybe<Product>;
  /** Which payments of a subscription bought through the link earn commission. */
  renewalCommission: RenewalCommission;
  /** A storefront URL carrying the code: the product's page for a one-product link, else the catalog. */
  url: Scalars['String']['output'];
};

/** A page of an affiliate's links, newest first. */
export type AffiliateLinkConnection = {
  __typename?: 'AffiliateLinkConnection';
  /** The page's links with their cursors. */
  edges: Array<AffiliateLinkEdge>;
  /** The page's links. */
  nodes: Array<AffiliateLink>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many links the affiliate has, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An affiliate link in a list, with its cursor. */
export type AffiliateLinkEdge = {
  __typename?: 'AffiliateLinkEdge';
  /** Pass as `after` to continue after this link. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: AffiliateLink;
};

/** A link as its affiliate sees it. */
export type AffiliatePortalLink = {
  __typename?: 'AffiliatePortalLink';
  /** True when the creator archived the link: it earns nothing any more. */
  archived: Scalars['Boolean']['output'];
  /** Counted visits (one per visitor per day, bots left out). */
  clicks: Scalars['Int']['output'];
  /** The code to share as `?ref=CODE`. */
  code: Scalars['String']['output'];
  /** The share of each payment's net the link earns, 0 to 100. */
  commissionPercent: Scalars['Int']['output'];
  /** conversions / clicks, 0 to 1; 0 without clicks. */
  conversionRate: Scalars['Float']['output'];
  /** Paid purchases through the link whose commission was not reversed. */
  conversions: Scalars['Int']['output'];
  /** The product's name for a one-product link; null for the whole store. */
  productName?: Maybe<Scalars['String']['output']>;
  /** Which payments of a subscription earn commission. */
  renewalCommission: RenewalCommission;
  /** A storefront URL carrying the code, ready to share. */
  url: Scalars['String']['output'];
};

/** A page of the signed-in affiliate's links, newest first. */
export type AffiliatePortalLinkConnection = {
  __typename?: 'AffiliatePortalLinkConnection';
  /** The page's links with their cursors. */
  edges: Array<AffiliatePortalLinkEdge>;
  /** The page's links. */
  nodes: Array<AffiliatePortalLink>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many links the affiliate has, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A portal link in a list, with its cursor. */
export type AffiliatePortalLinkEdge = {
  __typename?: 'AffiliatePortalLinkEdge';
  /** Pass as `after` to continue after this link. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: AffiliatePortalLink;
};

/** A signed-in affiliate's session in the portal. */
export type AffiliatePortalSession = {
  __typename?: 'AffiliatePortalSession';
  /** When the session ends; sign in again with a new link after that. */
  expiresAt: Scalars['DateTime']['output'];
  /** The bearer token for the portal; send it as `Authorization: Bearer ...`. */
  token: Scalars['String']['output'];
};

/** One sale as the affiliate sees it: no buyer details. */
export type AffiliateSale = {
  __typename?: 'AffiliateSale';
  /** The payment's net the commission was computed from. */
  amount: Money;
  /** The commission earned on it. */
  commission: Money;
  /** When the payment was recorded. */
  date: Scalars['DateTime']['output'];
  /** The commission's id. */
  id: Scalars['ID']['output'];
  /** Whether it was the purchase or a renewal. */
  kind: CommissionKind;
  /** The code of the link the sale came through. */
  linkCode: Scalars['String']['output'];
  /** Owed back after approval because of refunds. */
  owedBack: Money;
  /** The products bought, by name (one per order item). */
  productNames: Array<Scalars['String']['output']>;
  /** Where the commission stands. */
  status: CommissionStatus;
};

/** A page of the affiliate's sales, newest first. */
export type AffiliateSaleConnection = {
  __typename?: 'AffiliateSaleConnection';
  /** The page's sales with their cursors. */
  edges: Array<AffiliateSaleEdge>;
  /** The page's sales. */
  nodes: Array<AffiliateSale>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many sales there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A sale in a list, with its cursor. */
export type AffiliateSaleEdge = {
  __typename?: 'AffiliateSaleEdge';
  /** Pass as `after` to continue after this sale. */
  cursor: Scalars['String']['output'];
  /** The sale. */
  node: AffiliateSale;
};

/** Whether an affiliate's links earn commission. */
export type AffiliateStatus =
  /** Links earn commission. */
  | 'ACTIVE'
  /** The creator paused the affiliate: links still work for shoppers but earn nothing until resumed. */
  | 'PAUSED';

/** A key for scripts and integrations, sent as Authorization: Bearer <key>. Its secret is shown once, when it is made. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the key; null once that user is removed. */
  createdBy?: Maybe<User>;
  /** The key's id, for revokeApiKey. */
  id: Scalars['ID']['output'];
  /** When the key was last used, to the minute; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as the owner named it; the audit log names the key by it. */
  name: Scalars['String']['output'];
  /** The start of the key (such as shelf_live_ab12cd34), to tell keys apart; not enough to use it. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; a revoked key is refused with UNAUTHENTICATED. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** The keys of this page. */
  nodes: Array<ApiKey>;
  /** Whether there are more keys, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many keys the store has, revoked ones included. */
  totalCount: Scalars['Int']['output'];
};

/** An API key in a page of keys, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Pass as after to get the keys after this one. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** What an API key may do. Every creator field names the scope it needs; a key without it is refused with FORBIDDEN, the scope named in the message and in extensions.scope. Signed-in owners and staff hold every scope. */
export type ApiKeyScope =
  /** affiliates:read: affiliates, their links, commissions and payouts. */
  | 'AFFILIATES_READ'
  /** affiliates:write: add and change affiliates and links, record payouts (payouts: keys of the owner only). */
  | 'AFFILIATES_WRITE'
  /** catalog:read: products, their files, preview images and uploads. */
  | 'CATALOG_READ'
  /** catalog:write: create, change, publish and archive products; upload and replace files and images. */
  | 'CATALOG_WRITE'
  /** emails:read: the email log. */
  | 'EMAILS_READ'
  /** emails:write: queue a failed email again. */
  | 'EMAILS_WRITE'
  /** licenses:read: license keys and their activations. */
  | 'LICENSES_READ'
  /** licenses:write: revoke, reinstate and reset license keys, change activation limits. */
  | 'LICENSES_WRITE'
  /** orders:read: orders, customers, payment history, revenue reports and the CSV exports. */
  | 'ORDERS_READ'
  /** orders:write: refunds, resending delivery emails, download links of an order. */
  | 'ORDERS_WRITE'
  /** settings:read: the store settings (keys of the owner only). */
  | 'SETTINGS_READ'
  /** settings:write: change the store settings (keys of the owner only). */
  | 'SETTINGS_WRITE'
  /** users:read: who may sign in to the dashboard (keys of the owner only). */
  | 'USERS_READ'
  /** users:write: invite and remove staff (keys of the owner only). */
  | 'USERS_WRITE'
  /** webhooks:read: outbound webhook endpoints and their deliveries (keys of the owner only). */
  | 'WEBHOOKS_READ'
  /** webhooks:write: register, change, replay and remove outbound webhook endpoints (keys of the owner only). */
  | 'WEBHOOKS_WRITE';

/** Who made an audited change. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The user's, API key's or system task's id. */
  id: Scalars['String']['output'];
  /** USER, API_KEY or SYSTEM. */
  kind: AuditActorKind;
  /** For people: the user's email; for keys, whose key; for the store, the task. */
  label: Scalars['String']['output'];
};

/** The kinds of who can change things by hand. */
export type AuditActorKind =
  /** An integration with an API key. */
  | 'API_KEY'
  /** The store itself (a command, a job). */
  | 'SYSTEM'
  /** A signed-in owner or staff member. */
  | 'USER';

/** One change made by hand, with who made it and the state before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done: order.refunded, order.delivery_resent, download.count_reset, download.window_extended, license.revoked, license.reinstated. */
  action: Scalars['String']['output'];
  /** Who did it. */
  actor: AuditActor;
  /** The subject's state after, with the change's own input (an amount, a number of days). */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The subject's state before (the fields the change touched). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The id of what it was done to. */
  subjectId: Scalars['String']['output'];
  /** What it was done to: order, email, download_grant, license. */
  subjectType: Scalars['String']['output'];
};

/** A page of audit entrys, oldest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The page's audit entrys with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The page's audit entrys. */
  nodes: Array<AuditEntry>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Audit entry in a list, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** How often a subscription is billed. */
export type BillingInterval =
  /** Every month. */
  | 'MONTH'
  /** Every year. */
  | 'YEAR';

/** A checkout as the success page sees it. Public: its id is the secret. */
export type Checkout = {
  __typename?: 'Checkout';
  /** What the shopper pays (or paid), before tax. */
  amount: Money;
  /** The email the shopper gave, once given. */
  email?: Maybe<Scalars['String']['output']>;
  /** The provider's session id (Stripe cs_..., or test_cs_... in test mode). */
  id: Scalars['ID']['output'];
  /** Set once the order is paid. */
  order?: Maybe<CheckoutOrder>;
  /** The product being bought. */
  product: Product;
  /** Where the checkout stands. */
  status: CheckoutStatus;
  /** True when it was paid (or is to be paid) through the built-in test provider. */
  testMode: Scalars['Boolean']['output'];
};

/** The order a paid checkout became, as its buyer sees it on the success page. */
export type CheckoutOrder = {
  __typename?: 'CheckoutOrder';
  /** How many times each download link works; null means unlimited. */
  downloadLimit?: Maybe<Scalars['Int']['output']>;
  /** The files the buyer may download: those of the product bought, as its creator set them up. */
  downloads: Array<OrderDownload>;
  /** When the download links stop working; null for never. */
  downloadsExpireAt?: Maybe<Scalars['DateTime']['output']>;
  /** The buyer's email, where the delivery email went. */
  email?: Maybe<Scalars['String']['output']>;
  /** The license keys the order issued: one per item that needs one. */
  licenses: Array<OrderLicense>;
  /** The human order number (#1001). */
  number: Scalars['Int']['output'];
  /** Where the order stands. */
  status: OrderStatus;
  /** The tax included in the total. */
  tax: Money;
  /** What the buyer paid, tax included. */
  total: Money;
};

/** A payment page started for a shopper. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** The provider's session id (Stripe cs_..., or test_cs_... in test mode). */
  id: Scalars['ID']['output'];
  /** Where to send the shopper to pay. */
  url: Scalars['String']['output'];
};

/** Where a checkout stands, as the success page shows it. */
export type CheckoutStatus =
  /** Paid and fulfilled. */
  | 'COMPLETE'
  /** Expired or canceled without payment. */
  | 'EXPIRED'
  /** Waiting for the shopper to pay. */
  | 'OPEN'
  /** Paid; the provider is still confirming (e.g. a bank transfer). */
  | 'PROCESSING';

/** What one payment through a link earned. */
export type Commission = {
  __typename?: 'Commission';
  /** The commission: floor(net x percent / 100). */
  amount: Money;
  /** When it was approved (the refund window passed); null while pending or if reversed before. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the commission becomes payable (the end of the refund window). */
  availableAt: Scalars['DateTime']['output'];
  /** When it was earned (the payment was recorded). */
  createdAt: Scalars['DateTime']['output'];
  /** The commission's id. */
  id: Scalars['ID']['output'];
  /** Whether it was earned on the purchase or on a renewal. */
  kind: CommissionKind;
  /** The link's code at the time of the sale. */
  linkCode: Scalars['String']['output'];
  /** The payment's net (after discount, before tax) the amount was computed from; refunds lower the amount (before approval) or add owed back (after), never this. */
  net: Money;
  /** The order's number. */
  orderNumber: Scalars['Int']['output'];
  /** Owed back after approval because of refunds. */
  owedBack: Money;
  /** The link's commission percent at the time of the payment, 0 to 100. */
  percent: Scalars['Int']['output'];
  /** The products bought, by name (one per order item). */
  productNames: Array<Scalars['String']['output']>;
  /** Where it stands: pending, approved, paid or reversed. */
  status: CommissionStatus;
};

/** A page of commissions, newest first. */
export type CommissionConnection = {
  __typename?: 'CommissionConnection';
  /** The page's commissions with their cursors. */
  edges: Array<CommissionEdge>;
  /** The page's commissions. */
  nodes: Array<Commission>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many commissions match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A commission in a list, with its cursor. */
export type CommissionEdge = {
  __typename?: 'CommissionEdge';
  /** Pass as `after` to continue after this commission. */
  cursor: Scalars['String']['output'];
  /** The commission. */
  node: Commission;
};

/** Which payment a commission was earned on. */
export type CommissionKind =
  /** A subscription renewal payment (only for links that earn on every payment). */
  | 'RENEWAL'
  /** The purchase itself. */
  | 'SALE';

/** Where a commission stands. */
export type CommissionStatus =
  /** Final and payable: the refund window has passed. A later refund records an owed-back line instead. */
  | 'APPROVED'
  /** Settled by a payout. */
  | 'PAID'
  /** Earned, but the store's refund window has not passed yet: a refund still reverses or reduces it. */
  | 'PENDING'
  /** Cancelled by a full refund or a lost dispute before approval. */
  | 'REVERSED';

/** A part of a multipart upload as S3 acknowledged it. */
export type CompletedPartInput = {
  /** The ETag header S3 answered the part's PUT with. */
  etag: Scalars['String']['input'];
  /** 1-based part number. */
  partNumber: Scalars['Int']['input'];
};

/** An upload whose bytes are stored and measured. */
export type CompletedUpload = {
  __typename?: 'CompletedUpload';
  /** The upload's id. */
  id: Scalars['ID']['output'];
  /** SHA-256 of the stored bytes, lower-case hex. */
  sha256: Scalars['String']['output'];
  /** Stored size in bytes. */
  size: Scalars['Float']['output'];
};

/** A new affiliate link, and its affiliate when the email is new. */
export type CreateAffiliateLinkInput = {
  /** 1 to 64 letters, digits, '-' or '_'; unique whatever its case. */
  code: Scalars['String']['input'];
  /** 0 to 100. */
  commissionPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The affiliate's email; a new email creates the affiliate. */
  email: Scalars['String']['input'];
  /** The affiliate's name; used when the affiliate is created (an existing affiliate keeps theirs). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The one product the link earns on; omit for the whole store. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Which payments of a subscription earn commission; FIRST_PAYMENT unless given. */
  renewalCommission?: InputMaybe<RenewalCommission>;
};

/** A new API key: what to call it and what it may do. */
export type CreateApiKeyInput = {
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** At least one. */
  scopes: Array<ApiKeyScope>;
};

/** A new API key and, this once, its secret. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key as apiKeys lists it. */
  apiKey: ApiKey;
  /** The whole key: shelf_live_... (shelf_test_... while payments are in test mode). Shown only now; only its hash is kept. */
  key: Scalars['String']['output'];
};

/** What a shopper wants to buy. */
export type CreateCheckoutInput = {
  /** An affiliate link code; unknown codes are ignored. */
  affiliateCode?: InputMaybe<Scalars['String']['input']>;
  /** Prefills the payment page. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The published product to buy; PRODUCT_UNAVAILABLE when it is not for sale. */
  productId: Scalars['ID']['input'];
};

/** A new product. It starts as a DRAFT unless a status is given. */
export type CreateProductInput = {
  /** Markdown, up to 100000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Downloads per link, 1 to 10000; null for unlimited. */
  downloadLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Days a download link works after purchase, 1 to 36500; null for ever. */
  downloadWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Required for SUBSCRIPTION, and only for it. */
  interval?: InputMaybe<BillingInterval>;
  /** ONE_TIME unless given. */
  kind?: InputMaybe<ProductKind>;
  /** Devices per license key, 1 to 10000; null for unlimited. */
  licenseActivationLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Required, up to 200 characters. */
  name: Scalars['String']['input'];
  /** The price of one purchase or one billing interval. */
  price: PriceInput;
  /** Whether each purchase issues a license key. */
  requiresLicenseKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower-case letters, digits and single dashes, up to 120 characters; unique (any case). */
  slug: Scalars['String']['input'];
  /** DRAFT unless given. */
  status?: InputMaybe<ProductStatus>;
  /** Up to 300 characters. */
  tagline?: InputMaybe<Scalars['String']['input']>;
};

/** Where to send a new file's or image's bytes. */
export type CreateUploadInput = {
  /** MIME type; for PREVIEW one of image/png, image/jpeg, image/webp, image/gif. */
  contentType: Scalars['String']['input'];
  /** FILE or PREVIEW. */
  kind: ProductUploadKind;
  /** The file name buyers see: no path separators, no '..', no control characters, up to 255 characters. */
  name: Scalars['String']['input'];
  /** The product it is for. */
  productId: Scalars['ID']['input'];
  /** Size in bytes, as it will be sent. */
  size: Scalars['Float']['input'];
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** A note about what the endpoint is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Dotted event names (see webhookEventTypes), at least one. */
  events: Array<Scalars['String']['input']>;
  /** An absolute http(s) URL; in production it must be https and must not reach a private address. */
  url: Scalars['String']['input'];
};

/** A new webhook endpoint with its signing secret. */
export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…): give it to the receiver to verify messages. */
  secret: Scalars['String']['output'];
};

/** A buyer, with what they bought so far. */
export type Customer = {
  __typename?: 'Customer';
  /** When their first checkout was paid. */
  createdAt: Scalars['DateTime']['output'];
  /** Their email address (normalised). */
  email: Scalars['String']['output'];
  /** The customer's id. */
  id: Scalars['ID']['output'];
  /** When their newest paid order started. */
  lastOrderAt?: Maybe<Scalars['DateTime']['output']>;
  /** What they paid and kept (total minus refunds of their paid orders), one amount per currency. */
  lifetimeValue: Array<Money>;
  /** Their name, once a checkout gave one. */
  name?: Maybe<Scalars['String']['output']>;
  /** How many paid orders they have (refunded ones included). */
  orderCount: Scalars['Int']['output'];
};

/** A page of customers, newest first. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers with their cursors. */
  edges: Array<CustomerEdge>;
  /** The customers. */
  nodes: Array<Customer>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many customers match the search. */
  totalCount: Scalars['Int']['output'];
};

/** One customer with their orders, licenses and subscriptions. */
export type CustomerDetail = {
  __typename?: 'CustomerDetail';
  /** The customer and their totals. */
  customer: Customer;
  /**
   * The license keys of those orders.
   * @deprecated Use licensesConnection, which pages with first and after.
   */
  licenses: Array<LicenseRecord>;
  /** The license keys of their newest 100 orders, newest order first. `first` is 1 to 100 (default 20). */
  licensesConnection: LicenseRecordConnection;
  /**
   * Their orders, newest first (up to 100).
   * @deprecated Use ordersConnection, which pages with first and after.
   */
  orders: Array<Order>;
  /** Their orders, newest first. `first` is 1 to 100 (default 20). */
  ordersConnection: OrderConnection;
  /**
   * Their subscriptions, newest first.
   * @deprecated Use subscriptionsConnection, which pages with first and after.
   */
  subscriptions: Array<CustomerSubscription>;
  /** Their subscriptions, newest first. `first` is 1 to 100 (default 20). */
  subscriptionsConnection: CustomerSubscriptionConnection;
};


/** One customer with their orders, licenses and subscriptions. */
export type CustomerDetailLicensesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One customer with their orders, licenses and subscriptions. */
export type CustomerDetailOrdersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One customer with their orders, licenses and subscriptions. */
export type CustomerDetailSubscriptionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An edge of a customer list. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Pass as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** A customer's subscription. */
export type CustomerSubscription = {
  __typename?: 'CustomerSubscription';
  /** True when it ends at the period's end. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  /** When it was canceled. */
  canceledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** The end of the period paid for. */
  currentPeriodEnd: Scalars['DateTime']['output'];
  /** The subscription's id. */
  id: Scalars['ID']['output'];
  /** The order that started it. */
  orderId: Scalars['ID']['output'];
  /** The payment provider that bills it. */
  paymentProvider: PaymentProvider;
  /** What it subscribes to. */
  productName: Scalars['String']['output'];
  /**
   * The payment provider.
   * @deprecated Use paymentProvider, an enum.
   */
  provider: Scalars['String']['output'];
  /** The provider's subscription id. */
  providerSubscriptionId: Scalars['String']['output'];
  /** Where the subscription stands, as its payment provider last said. */
  state: SubscriptionState;
  /**
   * The provider's status in lower case: active, trialing, past_due, unpaid, canceled, incomplete.
   * @deprecated Use state, an enum.
   */
  status: Scalars['String']['output'];
};

/** A page of subscriptions, newest first. */
export type CustomerSubscriptionConnection = {
  __typename?: 'CustomerSubscriptionConnection';
  /** The page's subscriptions with their cursors. */
  edges: Array<CustomerSubscriptionEdge>;
  /** The page's subscriptions. */
  nodes: Array<CustomerSubscription>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Subscription in a list, with its cursor. */
export type CustomerSubscriptionEdge = {
  __typename?: 'CustomerSubscriptionEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: CustomerSubscription;
};

/** The answer to deactivateLicense. */
export type DeactivateLicenseResult = {
  __typename?: 'DeactivateLicenseResult';
  /** True when the instance no longer holds a seat (also when it was already deactivated). */
  deactivated: Scalars['Boolean']['output'];
  /** Why not, when deactivated is false. */
  error?: Maybe<LicenseErrorCode>;
  /** The deactivated instance; null when deactivated is false. */
  instance?: Maybe<LicenseInstance>;
  /** The key after the deactivation; null when the key was not found. */
  license?: Maybe<LicenseKeyDetails>;
  /** A short human explanation of the error. */
  message?: Maybe<Scalars['String']['output']>;
};

/** One download link of an order item, as the creator sees it. */
export type DownloadGrantRecord = {
  __typename?: 'DownloadGrantRecord';
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** How many downloads it has served. */
  downloadCount: Scalars['Int']['output'];
  /** How many downloads the link allows; null for unlimited. */
  downloadLimit?: Maybe<Scalars['Int']['output']>;
  /** Its newest downloads, newest first: at most 100 (the full log is in the downloads export). */
  downloads: Array<DownloadLogEntry>;
  /** When it stops working; null if never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The grant's id; resetDownloadCount and extendDownloadWindow take it. */
  id: Scalars['ID']['output'];
  /** The product the link downloads. */
  productName: Scalars['String']['output'];
  /** When it was revoked (refund, lost dispute); null if it was not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it works now: OK, REVOKED, EXPIRED, EXHAUSTED or UNPAID. */
  state: DownloadGrantState;
};

/** Whether a download link works now. */
export type DownloadGrantState =
  /** Its downloads are used up. */
  | 'EXHAUSTED'
  /** Its window has passed. */
  | 'EXPIRED'
  /** It works. */
  | 'OK'
  /** It was revoked. */
  | 'REVOKED'
  /** Its order no longer keeps access. */
  | 'UNPAID';

/** One served download. */
export type DownloadLogEntry = {
  __typename?: 'DownloadLogEntry';
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The file that was downloaded. */
  fileName: Scalars['String']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The downloader's address, truncated (/24, /48). */
  ipTruncated?: Maybe<Scalars['String']['output']>;
  /** The downloader's user agent. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** An email the store sent or is sending. In the dev outbox (no RESEND_API_KEY) this is where emails are read. */
export type EmailMessage = {
  __typename?: 'EmailMessage';
  /** How many sends were tried. */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Owner only (FORBIDDEN for staff and for keys a staff member made): the HTML body, with its live links. */
  html: Scalars['String']['output'];
  /** The email's id. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed; null when none failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The number of the order it is about; null for emails about no order. */
  orderNumber?: Maybe<Scalars['Int']['output']>;
  /** The start of the text body with links cut after their first path segment and tokens (download, sign-in, reset links, license keys) replaced by …: safe to show in the dashboard. */
  preview: Scalars['String']['output'];
  /** The provider's id for the sent message (Resend); null until sent, and in the dev outbox. */
  providerMessageId?: Maybe<Scalars['String']['output']>;
  /** When the provider accepted it; null until sent. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands in the queue. */
  status: EmailStatus;
  /** The subject line. */
  subject: Scalars['String']['output'];
  /** Which of the store's emails it is, e.g. delivery, password-reset, affiliate-sign-in. */
  template: Scalars['String']['output'];
  /** Owner only, like html: the text body, with its live links. */
  text: Scalars['String']['output'];
  /** The recipient's email address. */
  to: Scalars['String']['output'];
};

/** A page of emails. */
export type EmailMessageConnection = {
  __typename?: 'EmailMessageConnection';
  /** The page's emails with their cursors. */
  edges: Array<EmailMessageEdge>;
  /** The page's emails. */
  nodes: Array<EmailMessage>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many emails match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An email in a list, with its cursor. */
export type EmailMessageEdge = {
  __typename?: 'EmailMessageEdge';
  /** Pass as `after` to continue after this email. */
  cursor: Scalars['String']['output'];
  /** The email. */
  node: EmailMessage;
};

/** Where an email stands in the outgoing queue. */
export type EmailStatus =
  /** Every attempt failed; resendEmail queues it again. */
  | 'FAILED'
  /** Stored and waiting to be (re)tried. */
  | 'QUEUED'
  /** The provider accepted it (or, without a provider, it is in the dev outbox). */
  | 'SENT';

/**
 * Every code an error from this API carries in `extensions.code`; clients branch on the code, never on the
 * message. Most are expected outcomes of the store's rules; GRAPHQL_*, OPERATION_RESOLUTION_FAILURE and
 * PERSISTED_QUERY_* are GraphQL's own request errors, passed through unchanged; anything unexpected is
 * INTERNAL_SERVER_ERROR. Other `extensions` a code may carry are named with it: `field` and `fieldErrors`
 * (BAD_USER_INPUT), `field` (CONFLICT on a taken slug or code), `reason` (GONE, UNAUTHENTICATED),
 * `reason: MISSING_SCOPE` and `scope` (FORBIDDEN for an API key without the scope the field needs),
 * `retryAfterSeconds` (RATE_LIMITED), `limit` and `max` (OPERATION_TOO_COMPLEX), `field` and `max`
 * (FIELD_LIMIT_EXCEEDED), `requestId` (INTERNAL_SERVER_ERROR).
 */
export type ErrorCode =
  /** The HTTP request itself is unusable: not JSON, too large, or not a GraphQL request. */
  | 'BAD_REQUEST'
  /**
   * The input is invalid: a malformed value, or a variable that does not fit its type. When it is about
   * input fields, `extensions.field` names the first wrong one (a path such as `price.amount`) and
   * `extensions.fieldErrors` lists every wrong one as `[{ field: String!, message: String! }]`, in input
   * order: one answer names all of them, and nothing was written.
   */
  | 'BAD_USER_INPUT'
  /** The change clashes with the current state, e.g. resending an email that was already sent. */
  | 'CONFLICT'
  /** The operation asks for an expensive field more often than one operation may (each sign-in, password, two-factor and sign-in-link mutation and recordAffiliateClick once, createCheckout 3 times, checkout 5 times), counting aliases and fragments. `extensions.field` names it and `extensions.max` the limit. Nothing ran; send separate requests. */
  | 'FIELD_LIMIT_EXCEEDED'
  /** The caller is known but may not do this (missing scope, or not their resource). */
  | 'FORBIDDEN'
  /** It existed but can no longer be used: an expired checkout, or a download link that was revoked, expired or used up (`extensions.reason` says which). */
  | 'GONE'
  /** The request's GraphQL document is not valid syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The GraphQL document does not match the schema (unknown field, wrong argument type, ...). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /**
   * Something unexpected failed on the server. The message is always "Unexpected error";
   * `extensions.requestId` is the request's id (also answered in the `X-Request-Id` header), which the log
   * line of the real error carries: quote it when asking for help. Nothing the operation did was kept.
   */
  | 'INTERNAL_SERVER_ERROR'
  /** A usage limit was reached, e.g. every activation of a license key is taken. */
  | 'LIMIT_REACHED'
  /** What the operation refers to does not exist, or is not visible to the caller. */
  | 'NOT_FOUND'
  /** The document holds several operations and operationName does not pick one of them. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The operation is larger than the API runs: too many tokens, nesting levels, aliases, directives or too high an estimated cost. `extensions.limit` names which (tokens, depth, aliases, cost, directives) and `extensions.max` its value. Nothing ran; split it into smaller operations. */
  | 'OPERATION_TOO_COMPLEX'
  /** The payment provider (Stripe) failed or refused the request; trying again later may work. */
  | 'PAYMENT_PROVIDER_ERROR'
  /** The persisted-query hash is not known to the server; send the full query once. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** This server does not accept persisted queries. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** The product cannot be bought right now (no longer for sale). */
  | 'PRODUCT_UNAVAILABLE'
  /** Too many requests from this client (by address, and for sign-in by email and address): sign-in attempts, checkouts, downloads or requests in general. Nothing ran. `extensions.retryAfterSeconds` says when to try again; the HTTP answer is 429 with a `Retry-After` header. */
  | 'RATE_LIMITED'
  /** No valid credential: a wrong email or password at sign-in, or a signed-in creator or API key is needed and the request has none that is valid. */
  | 'UNAUTHENTICATED';

/** A file the buyer receives. */
export type IncludedFile = {
  __typename?: 'IncludedFile';
  /** The MIME type the file is served with. */
  contentType: Scalars['String']['output'];
  /** The file's id; it stays the same when the file is replaced by a new version. */
  id: Scalars['ID']['output'];
  /** The name the buyer's download is saved under. */
  name: Scalars['String']['output'];
  /** SHA-256 of the current version, lower-case hex, so a buyer can check what they received. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Float']['output'];
  /** When the current version was stored. */
  updatedAt: Scalars['DateTime']['output'];
  /** 1 for the first upload, one more for each replacement. */
  version: Scalars['Int']['output'];
};

/** One named installation of a license (a seat), active or deactivated, as the creator sees it. */
export type LicenseActivationRecord = {
  __typename?: 'LicenseActivationRecord';
  /** When the instance was deactivated; null while it holds a seat. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the instance was activated. */
  firstSeenAt: Scalars['DateTime']['output'];
  /** The instance id the software holds and sends back to validate and deactivate. */
  instanceId: Scalars['ID']['output'];
  /** When the instance last activated or validated (moved at most once a minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The name the software gave when activating (a hostname, a device name). */
  name: Scalars['String']['output'];
};

/** A page of activations, active ones first, then deactivated ones, newest first within each. */
export type LicenseActivationRecordConnection = {
  __typename?: 'LicenseActivationRecordConnection';
  /** The page's activations with their cursors. */
  edges: Array<LicenseActivationRecordEdge>;
  /** The page's activations. */
  nodes: Array<LicenseActivationRecord>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Activation in a list, with its cursor. */
export type LicenseActivationRecordEdge = {
  __typename?: 'LicenseActivationRecordEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The activation. */
  node: LicenseActivationRecord;
};

/** The customer who bought a license. */
export type LicenseCustomer = {
  __typename?: 'LicenseCustomer';
  /** The customer's email address. */
  email: Scalars['String']['output'];
  /** The customer's id. */
  id: Scalars['ID']['output'];
  /** The customer's name, when known. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Why an activate, validate or deactivate did not succeed. */
export type LicenseErrorCode =
  /** The instance was deactivated; activate again to use it. */
  | 'INSTANCE_DEACTIVATED'
  /** The instance id does not name an activation of this key. */
  | 'INSTANCE_NOT_FOUND'
  /** The key no longer works: see `license.state`. */
  | 'KEY_NOT_ACTIVE'
  /** No key like this exists (or it was mistyped: the checksum catches most typos). */
  | 'KEY_NOT_FOUND'
  /** Every seat of the key is taken; deactivate an instance to free one. */
  | 'LIMIT_REACHED';

/** What happened to a license, as its history records it. */
export type LicenseEventType =
  /** An instance took a seat. */
  | 'ACTIVATED'
  /** The creator deactivated every active instance (`detail.deactivated` says how many). */
  | 'ACTIVATIONS_RESET'
  /** An instance gave its seat back (by the software, or the creator's reset). */
  | 'DEACTIVATED'
  /** The creator changed the activation limit (`detail.activationLimit`; null is unlimited). */
  | 'LIMIT_CHANGED'
  /** The creator changed the status (`detail.status`): revoke, reinstate, disable. */
  | 'STATUS_CHANGED'
  /** An instance validated the key (recorded at most once an hour per instance). */
  | 'VALIDATED';

/** One entry of a license's audit and validation history. */
export type LicenseHistoryEntry = {
  __typename?: 'LicenseHistoryEntry';
  /**
   * Who did it: `software` (the REST or GraphQL API for software), `user:<id>` (a signed-in creator),
   * `api_key:<id>`, `system:<name>` (the store itself).
   */
  actor?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Details that depend on the type: the instance name and seat usage, the new status, the new limit. */
  detail?: Maybe<Scalars['JSON']['output']>;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The instance it is about, for activations, deactivations and validations. */
  instanceId?: Maybe<Scalars['ID']['output']>;
  /** What happened. */
  type: LicenseEventType;
};

/** One named installation of a key (a seat). */
export type LicenseInstance = {
  __typename?: 'LicenseInstance';
  /** When the instance was activated. */
  createdAt: Scalars['DateTime']['output'];
  /** When the instance was deactivated; null while it holds a seat. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The instance id the software keeps and sends back to validate and deactivate. */
  id: Scalars['ID']['output'];
  /** The name the software gave when activating (a hostname, a device name). */
  name: Scalars['String']['output'];
};

/** A license key as the software holding it sees it: its state and seats, never the buyer's details. */
export type LicenseKeyDetails = {
  __typename?: 'LicenseKeyDetails';
  /** How many instances may be active at once; null means unlimited. */
  activationLimit?: Maybe<Scalars['Int']['output']>;
  /** How many instances are active now. */
  activationUsage: Scalars['Int']['output'];
  /** When the key stops working (a subscription's paid period); null for a key that never expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key in canonical form (SHELF-XXXXX-XXXXX-XXXXX-XXXXX-CCC). */
  key: Scalars['String']['output'];
  /** The product the key is for. */
  productId: Scalars['ID']['output'];
  /** The product's name. */
  productName: Scalars['String']['output'];
  /** Whether the key works right now. */
  state: LicenseKeyState;
};

/**
 * Whether a license key works right now, as software sees it. Only ACTIVE keys validate and take new
 * activations.
 */
export type LicenseKeyState =
  /** The key works. */
  | 'ACTIVE'
  /** The creator switched the key off. */
  | 'DISABLED'
  /** The key's paid period (a subscription's) has ended; a renewal brings it back. */
  | 'EXPIRED'
  /** The purchase was refunded, charged back or canceled, or the creator revoked the key. */
  | 'REVOKED';

/** The product a license is for. */
export type LicenseProduct = {
  __typename?: 'LicenseProduct';
  /** The product's id. */
  id: Scalars['ID']['output'];
  /** The product's name. */
  name: Scalars['String']['output'];
  /** The product's URL slug. */
  slug: Scalars['String']['output'];
};

/** A license key as the creator sees it: its state, seats, purchase, instances and history. */
export type LicenseRecord = {
  __typename?: 'LicenseRecord';
  /** How many instances may be active at once; null means unlimited. */
  activationLimit?: Maybe<Scalars['Int']['output']>;
  /** How many instances are active now. */
  activationUsage: Scalars['Int']['output'];
  /**
   * Every instance ever activated: active ones first, then deactivated ones, newest first within each.
   * @deprecated Use activationsConnection, which pages with first and after.
   */
  activations: Array<LicenseActivationRecord>;
  /**
   * Every instance ever activated: active ones first, then deactivated ones, newest first within each.
   * `first` is 1 to 100 (default 20).
   */
  activationsConnection: LicenseActivationRecordConnection;
  /** When the key was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer who bought the key. */
  customer: LicenseCustomer;
  /** When the key stops working (a subscription's paid period); null for a key that never expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The license's history, newest first: activations, hourly validations and the creator's actions. */
  history: Array<LicenseHistoryEntry>;
  /** The license's id; the mutations below take it. */
  id: Scalars['ID']['output'];
  /** The key in canonical form (SHELF-XXXXX-XXXXX-XXXXX-XXXXX-CCC). */
  key: Scalars['String']['output'];
  /** The id of the order that bought the key. */
  orderId: Scalars['ID']['output'];
  /** The number of the order that bought the key. */
  orderNumber: Scalars['Int']['output'];
  /** The product the key is for. */
  product: LicenseProduct;
  /** When the key was revoked; null unless it is revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Whether the key works right now, as software sees it: REVOKED also when its order was refunded or
   * disputed, EXPIRED also when its expiry has passed.
   */
  state: LicenseKeyState;
  /** The stored status (what the creator or a payment event set). */
  status: LicenseStatus;
  /** Gumroad-style verifies that asked to be counted. */
  uses: Scalars['Int']['output'];
};


/** A license key as the creator sees it: its state, seats, purchase, instances and history. */
export type LicenseRecordActivationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A license key as the creator sees it: its state, seats, purchase, instances and history. */
export type LicenseRecordHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of licenses, newest first. */
export type LicenseRecordConnection = {
  __typename?: 'LicenseRecordConnection';
  /** The page's licenses with their cursors. */
  edges: Array<LicenseRecordEdge>;
  /** The page's licenses. */
  nodes: Array<LicenseRecord>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many licenses match the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a license list. */
export type LicenseRecordEdge = {
  __typename?: 'LicenseRecordEdge';
  /** Pass as `after` to continue after this license. */
  cursor: Scalars['String']['output'];
  /** The license. */
  node: LicenseRecord;
};

/** A license's stored status, as the creator last set it or a payment event left it. */
export type LicenseStatus =
  /** Issued and not switched off. Whether it works now also depends on its order and expiry: see `state`. */
  | 'ACTIVE'
  /** The creator switched the key off. */
  | 'DISABLED'
  /** Marked expired by the store. */
  | 'EXPIRED'
  /** Revoked: the money went back (refund, lost dispute) or the creator revoked the key. */
  | 'REVOKED';

/** A session: a bearer token for the dashboard and the creator fields. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends however busy; it ends earlier after 12 hours unused. */
  expiresAt: Scalars['DateTime']['output'];
  /** Send as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  /** Minor units: 4900 is $49.00. May be negative where a balance is owed. */
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 code, lower case (usd). */
  currency: Scalars['String']['output'];
  /** Formatted for display, e.g. $49.00. */
  formatted: Scalars['String']['output'];
};

/** An amount in minor units of a currency, as input. */
export type MoneyInput = {
  /** Minor units: 4900 is $49.00. */
  amount: Scalars['MinorUnits']['input'];
  /** ISO 4217 code (usd); case does not matter. */
  currency: Scalars['String']['input'];
};

/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Does nothing and answers null; it exists so every module can extend Mutation.
   * @deprecated Has no effect; every module's own mutations extend Mutation.
   */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Activates the key on a named instance within its activation limit. Activating a name that is already
   * active returns that instance or takes another seat, as the product's re-activation setting says.
   */
  activateLicense: ActivateLicenseResult;
  /** Adds a completed PREVIEW upload as the product's last preview image (scope catalog:write). */
  addPreviewImage: Product;
  /** Adds a completed FILE upload as the product's last file (scope catalog:write). */
  addProductFile: Product;
  /** Creator only (affiliates:write): stops a link from earning; its history stays. Archiving twice changes nothing. */
  archiveAffiliateLink: AffiliateLink;
  /** Changes the signed-in user's password (12 to 256 characters) and ends their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Test mode only: pays a test checkout, fulfilling it through the same path as a Stripe webhook. */
  completeTestCheckout: Checkout;
  /** The second step of signIn: the challenge and a 6-digit code from the app or a recovery code. A code works once. */
  completeTwoFactorSignIn: LoginResult;
  /** Checks an upload to the S3 store arrived whole (its declared size) and records its size and SHA-256 (scope catalog:write). parts: for MULTIPART only. */
  completeUpload: CompletedUpload;
  /** Turns two-factor sign-in on with a code from the app. Returns 10 single-use recovery codes, shown only now. */
  confirmTwoFactor: Array<Scalars['String']['output']>;
  /** Creator only (affiliates:write): creates a link (and its affiliate, for a new email). CONFLICT when the code is taken. */
  createAffiliateLink: AffiliateLink;
  /** Makes an API key; the whole key is in the answer, once. Owner only, signed in (an API key cannot make keys). BAD_USER_INPUT with extensions.field for a bad name or no scopes. */
  createApiKey: CreateApiKeyPayload;
  /**
   * Starts a checkout for a published product and answers where to send the shopper to pay. Public;
   * rate-limited by address (RATE_LIMITED), and PRODUCT_UNAVAILABLE for a product that is not for sale.
   */
  createCheckout: CheckoutSession;
  /** Creates a product (scope catalog:write). CONFLICT when the slug is taken; BAD_USER_INPUT with `field` for invalid input. */
  createProduct: Product;
  /** Where to send a new file's or preview image's bytes (scope catalog:write). */
  createUpload: ProductUpload;
  /** Owner only (webhooks:write): registers an endpoint and returns its signing secret. */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Deactivates one instance of the key and frees its seat. */
  deactivateLicense: DeactivateLicenseResult;
  /** Owner only (webhooks:write): deletes an endpoint and its delivery log. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Turns two-factor sign-in off, with the password and a code from the app (or a recovery code). */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** Owner only (webhooks:write): switches an endpoint off; new events are not delivered to it. */
  disableWebhookEndpoint: WebhookEndpoint;
  /** Owner only (webhooks:write): switches an endpoint back on and clears its failure count. */
  enableWebhookEndpoint: WebhookEndpoint;
  /** Creator only (orders:write): lets a download link work `days` (1 to 3650) longer, from its expiry or from now if it has passed. */
  extendDownloadWindow: DownloadGrantRecord;
  /** Adds a staff member and emails them a link to choose their password. Owner only. */
  inviteStaff: User;
  /** Password sign-in to a session. A user with two-factor sign-in is refused with UNAUTHENTICATED and extensions.reason TWO_FACTOR_REQUIRED: use signIn. */
  login: LoginResult;
  /** Ends the session of this request. */
  logout: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in user, this one included. Returns how many ended. */
  logoutEverywhere: Scalars['Int']['output'];
  /** Creator only (affiliates:write): the affiliate's links stop earning until resumed. */
  pauseAffiliate: Affiliate;
  /**
   * Counts a visit through `?ref=CODE` (the storefront calls this; any site may). One click per visitor per
   * link per day; obvious bots are not counted. `valid` says whether the code names a link that earns, so the
   * caller remembers only valid codes (the last valid click wins).
   */
  recordAffiliateClick: AffiliateClickResult;
  /** Creator only (affiliates:write; the owner, or a key the owner made): records money sent to an affiliate; it settles approved commission oldest first and deducts open owed-back lines. */
  recordPayout: Payout;
  /**
   * Creator only (orders:write): sends money back through the payment provider. Without an amount the rest of
   * the order is refunded (access is revoked); a partial amount must be more than 0, at most what is left, in
   * the order's currency (access is kept). CONFLICT for an order that is not paid. The provider's webhook that
   * follows changes nothing more.
   */
  refundOrder: Order;
  /**
   * Creator only (licenses:write): switches a revoked or disabled key back on, named by `id` or `key`
   * (exactly one). A key whose order was refunded or disputed, or whose expiry has passed, still does not
   * work (see `state`).
   */
  reinstateLicense: LicenseRecord;
  /** Removes a preview image (scope catalog:write). */
  removePreviewImage: Product;
  /** Removes a file from the product and the file store (scope catalog:write). */
  removeProductFile: Product;
  /** Removes a staff member and ends their sessions. Owner only; the owner cannot be removed. */
  removeUser: Scalars['Boolean']['output'];
  /** Puts the product's preview images in this order; ids must be exactly its images (scope catalog:write). */
  reorderPreviewImages: Product;
  /** Replaces a file with a completed FILE upload as its next version: buyers' existing links serve it at once. With notifyBuyers every buyer with access gets an update email (scope catalog:write). */
  replaceProductFile: Product;
  /** Owner only (webhooks:write): sends again every delivery of an endpoint whose event happened in the range; returns how many. */
  replayWebhookDeliveries: Scalars['Int']['output'];
  /** Owner only (webhooks:write): sends a delivery again with the same message id. */
  replayWebhookDelivery: WebhookDelivery;
  /**
   * Emails a single-use sign-in link (valid 15 minutes) to an affiliate. Always true, whether or not the
   * email belongs to an affiliate, so it reveals nothing; rate-limited by address and by email.
   */
  requestAffiliateSignIn: Scalars['Boolean']['output'];
  /** Emails a password reset link to this address if it belongs to a dashboard user; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Creator only (orders:write): queues the order's delivery email again, with the links and keys it gives now. */
  resendDeliveryEmail: ResendDeliveryEmailResult;
  /** Creator only (emails:write): queue a failed (or still queued) email again. CONFLICT for an email already sent. */
  resendEmail: EmailMessage;
  /** Creator only (licenses:write): deactivates every active instance of a key, freeing all its seats. */
  resetActivations: LicenseRecord;
  /** Creator only (orders:write): gives a download link its whole limit back. */
  resetDownloadCount: DownloadGrantRecord;
  /** Sets a new password with the token of a reset (or invitation) link, once; ends every session of that user. */
  resetPassword: Scalars['Boolean']['output'];
  /** Creator only (affiliates:write): the affiliate's links earn again, from the next payment on. */
  resumeAffiliate: Affiliate;
  /** Revokes an API key at once. Revoking a revoked key changes nothing and returns it as it is. Owner only, signed in; NOT_FOUND for an unknown id. */
  revokeApiKey: ApiKey;
  /**
   * Creator only (licenses:write): revokes a key, named by `id` or `key` (exactly one). Validation answers
   * invalid at once; existing instances stay listed. Revoking a revoked key changes nothing.
   */
  revokeLicense: LicenseRecord;
  /** Owner only (webhooks:write): a new signing secret; the old one stops working at once. */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Owner only (webhooks:write): sends a webhook.test message now and returns its delivery. */
  sendTestWebhook: WebhookDelivery;
  /**
   * Creator only (licenses:write): sets a key's activation limit, 1 to 10000, or null for unlimited. A limit
   * below the seats in use keeps the active instances working and refuses new activations until enough are
   * deactivated.
   */
  setActivationLimit: LicenseRecord;
  /** Whether staff must set up two-factor sign-in before doing anything else. Owner only. */
  setStaffTwoFactorRequired: Scalars['Boolean']['output'];
  /** Password sign-in that also handles two-factor sign-in: a session, or a challenge for completeTwoFactorSignIn. */
  signIn: SignInResult;
  /** Exchanges a sign-in link's token for a portal session. UNAUTHENTICATED when it is unknown, used or expired. */
  signInAffiliate: AffiliatePortalSession;
  /** Ends the affiliate portal session the request carries. True when there was one. */
  signOutAffiliate: Scalars['Boolean']['output'];
  /** Starts setting up two-factor sign-in for the signed-in user; asking again replaces the pending secret. */
  startTwoFactorSetup: TwoFactorSetup;
  /** Creator only (affiliates:write): changes a link's code, percent, product or renewal setting; past commissions keep theirs. */
  updateAffiliateLink: AffiliateLink;
  /** Changes a product (scope catalog:write); publishing, unpublishing and archiving are status changes. */
  updateProduct: Product;
  /** Changes the store's settings; one bad field changes nothing (BAD_USER_INPUT on that field). Owner only (settings:write). */
  updateStoreSettings: StoreSettings;
  /** Owner only (webhooks:write): changes an endpoint's URL, events or description. */
  updateWebhookEndpoint: WebhookEndpoint;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationActivateLicenseArgs = {
  instanceName: Scalars['String']['input'];
  key: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationAddPreviewImageArgs = {
  alt?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationAddProductFileArgs = {
  productId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationArchiveAffiliateLinkArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCompleteTestCheckoutArgs = {
  email: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCompleteTwoFactorSignInArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCompleteUploadArgs = {
  parts?: InputMaybe<Array<CompletedPartInput>>;
  uploadId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationConfirmTwoFactorArgs = {
  code: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateAffiliateLinkArgs = {
  input: CreateAffiliateLinkInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateCheckoutArgs = {
  input: CreateCheckoutInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationDeactivateLicenseArgs = {
  instanceId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationDisableTwoFactorArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationEnableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationExtendDownloadWindowArgs = {
  days: Scalars['Int']['input'];
  grantId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationInviteStaffArgs = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationPauseAffiliateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRecordAffiliateClickArgs = {
  input: RecordAffiliateClickInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRecordPayoutArgs = {
  input: RecordPayoutInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRefundOrderArgs = {
  amount?: InputMaybe<MoneyInput>;
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationReinstateLicenseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRemovePreviewImageArgs = {
  imageId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRemoveProductFileArgs = {
  fileId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRemoveUserArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationReorderPreviewImagesArgs = {
  ids: Array<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationReplaceProductFileArgs = {
  fileId: Scalars['ID']['input'];
  notifyBuyers?: InputMaybe<Scalars['Boolean']['input']>;
  uploadId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationReplayWebhookDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRequestAffiliateSignInArgs = {
  email: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResendDeliveryEmailArgs = {
  orderId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResendEmailArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResetActivationsArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResetDownloadCountArgs = {
  grantId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationResumeAffiliateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRevokeLicenseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationSetActivationLimitArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationSetStaffTwoFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationSignInAffiliateArgs = {
  token: Scalars['String']['input'];
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationUpdateAffiliateLinkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAffiliateLinkInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationUpdateStoreSettingsArgs = {
  input: UpdateStoreSettingsInput;
};


/** The entry points for changing things. Each field says who may call it and which API-key scope it needs. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/** An order, for the creator. The detail fields (grants, licenses, emails, events, audit log) are batched per request. */
export type Order = {
  __typename?: 'Order';
  /** The affiliate link's code that earned on this order, if any. */
  affiliateCode?: Maybe<Scalars['String']['output']>;
  /**
   * Every change made to this order by hand (refunds, resends, resets, license actions), oldest first.
   * @deprecated Use auditLogConnection, which pages with first and after.
   */
  auditLog: Array<AuditEntry>;
  /** The changes made to this order by hand, oldest first. `first` is 1 to 100 (default 20). */
  auditLogConnection: AuditEntryConnection;
  /** When the checkout started. */
  createdAt: Scalars['DateTime']['output'];
  /** The buyer's customer id; null until paid. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The buyer's name, when the checkout gave one. */
  customerName?: Maybe<Scalars['String']['output']>;
  /** The discount taken off. */
  discount: Money;
  /** The order's download links: one per item with files, each with its newest downloads. */
  downloadGrants: Array<DownloadGrantRecord>;
  /** The buyer's email; null until the checkout gave one. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * Every email sent about this order, oldest first.
   * @deprecated Use emailsConnection, which pages with first and after.
   */
  emails: Array<EmailMessage>;
  /** The emails sent about this order, oldest first. `first` is 1 to 100 (default 20). */
  emailsConnection: EmailMessageConnection;
  /** The order's id. */
  id: Scalars['ID']['output'];
  /** What was bought: one item per product in the order (a checkout buys one product). */
  items: Array<OrderItem>;
  /** The order's license keys with their activations: one per item whose product issues keys. */
  licenses: Array<LicenseRecord>;
  /** Paid after discount and before tax: the amount revenue and commission use. */
  net: Money;
  /** The human order number (#1001). */
  number: Scalars['Int']['output'];
  /** When the payment was recorded. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The payment provider's webhook events that named this order's checkout or payment, oldest first.
   * @deprecated Use paymentEventsConnection, which pages with first and after.
   */
  paymentEvents: Array<PaymentEventRecord>;
  /** The provider's webhook events about this order, oldest first. `first` is 1 to 100 (default 20). */
  paymentEventsConnection: PaymentEventRecordConnection;
  /** The payment provider that took (or is to take) the payment. */
  paymentProvider: PaymentProvider;
  /**
   * The payment provider: stripe or test.
   * @deprecated Use paymentProvider, an enum.
   */
  provider: Scalars['String']['output'];
  /** The provider's payment id, which refunds and disputes name; null until paid. */
  providerPaymentId?: Maybe<Scalars['String']['output']>;
  /** The payment in the provider's own dashboard; null for test payments. */
  providerUrl?: Maybe<Scalars['String']['output']>;
  /** What can still be refunded: total minus refunded, zero unless the order is paid or partially refunded. */
  refundable: Money;
  /** What went back to the buyer so far. */
  refunded: Money;
  /** When the order was refunded in full. */
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the order stands. */
  status: OrderStatus;
  /** The price before discounts. */
  subtotal: Money;
  /** Tax on top of the net amount. */
  tax: Money;
  /** What the buyer paid. */
  total: Money;
};


/** An order, for the creator. The detail fields (grants, licenses, emails, events, audit log) are batched per request. */
export type OrderAuditLogConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An order, for the creator. The detail fields (grants, licenses, emails, events, audit log) are batched per request. */
export type OrderEmailsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An order, for the creator. The detail fields (grants, licenses, emails, events, audit log) are batched per request. */
export type OrderPaymentEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders with their cursors. */
  edges: Array<OrderEdge>;
  /** The orders. */
  nodes: Array<Order>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many orders match the filters. */
  totalCount: Scalars['Int']['output'];
};

/** A file the buyer may download, as the success page lists it. */
export type OrderDownload = {
  __typename?: 'OrderDownload';
  /** The name the download is saved under. */
  filename: Scalars['String']['output'];
  /** Size in bytes (a Float, like IncludedFile.size, because files may pass Int's 2 GiB). */
  size: Scalars['Float']['output'];
  /** The download page for this purchase; opening it does not use a download. */
  url: Scalars['String']['output'];
};

/** An edge of an order list. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One product in an order, at the price it was bought for. */
export type OrderItem = {
  __typename?: 'OrderItem';
  /** The product's id. */
  productId: Scalars['ID']['output'];
  /** The product's name when it was bought. */
  productName: Scalars['String']['output'];
  /** The product's slug now; null if it is gone. */
  productSlug?: Maybe<Scalars['String']['output']>;
  /** How many. */
  quantity: Scalars['Int']['output'];
  /** The price of one, copied at purchase. */
  unitPrice: Money;
};

/** A license key the purchase issued, as the success page shows it. */
export type OrderLicense = {
  __typename?: 'OrderLicense';
  /** How many devices the key activates; null means unlimited. */
  activationLimit?: Maybe<Scalars['Int']['output']>;
  /** When the key stops working (a subscription's paid period); null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key in canonical form (SHELF-XXXXX-XXXXX-XXXXX-XXXXX-CCC). */
  key: Scalars['String']['output'];
  /** The product the key is for. */
  productName: Scalars['String']['output'];
};

/** Where an order stands: waiting for payment, paid, money returned (in part or in full), disputed, or given up. */
export type OrderStatus =
  /** The checkout expired or its payment failed. */
  | 'CANCELED'
  /** The buyer's bank disputes the payment (or the dispute was lost). */
  | 'DISPUTED'
  /** Paid and fulfilled. */
  | 'PAID'
  /** Some of the money went back; access is kept. */
  | 'PARTIALLY_REFUNDED'
  /** A checkout was started and not paid (yet). */
  | 'PENDING'
  /** All the money went back; access was revoked. */
  | 'REFUNDED';

/**
 * Where a page of a connection ends. Pass `endCursor` as `after` to get the next page while `hasNextPage` is
 * true. Cursors are opaque: do not build or parse them; an unusable cursor is BAD_USER_INPUT on `after`.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last row; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are more rows after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A webhook event from the payment provider, as the ledger recorded it. */
export type PaymentEventRecord = {
  __typename?: 'PaymentEventRecord';
  /** How many deliveries it took. */
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed, or why it was ignored. */
  error?: Maybe<Scalars['String']['output']>;
  /** The provider's event id. */
  eventId: Scalars['String']['output'];
  /** The ledger row's id. */
  id: Scalars['ID']['output'];
  /** The provider that sent the event. */
  paymentProvider: PaymentProvider;
  /** When it was processed. */
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The provider.
   * @deprecated Use paymentProvider, an enum.
   */
  provider: Scalars['String']['output'];
  /** When it was last received. */
  receivedAt: Scalars['DateTime']['output'];
  /** Where handling the event stands. */
  state: PaymentEventState;
  /**
   * processed, ignored, failed or processing.
   * @deprecated Use state, an enum.
   */
  status: Scalars['String']['output'];
  /** The provider's event type, e.g. charge.refunded. */
  type: Scalars['String']['output'];
};

/** A page of payment events, oldest first. */
export type PaymentEventRecordConnection = {
  __typename?: 'PaymentEventRecordConnection';
  /** The page's payment events with their cursors. */
  edges: Array<PaymentEventRecordEdge>;
  /** The page's payment events. */
  nodes: Array<PaymentEventRecord>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Payment event in a list, with its cursor. */
export type PaymentEventRecordEdge = {
  __typename?: 'PaymentEventRecordEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The payment event. */
  node: PaymentEventRecord;
};

/** Where handling a payment provider's webhook event stands. */
export type PaymentEventState =
  /** Handling failed; `error` says why, and the provider's retry handles it again. */
  | 'FAILED'
  /** Received and deliberately not acted on (a type the store does not use, or nothing to change). */
  | 'IGNORED'
  /** Handled: its changes are in the store. */
  | 'PROCESSED'
  /** Received and being handled now (or a handler crashed mid-way and the provider will retry). */
  | 'PROCESSING';

/** A payment provider Shelf takes payments through. */
export type PaymentProvider =
  /** Stripe. */
  | 'STRIPE'
  /** The built-in test provider (test mode): no money moves. */
  | 'TEST';

/** Money sent to an affiliate, recorded by the creator. */
export type Payout = {
  __typename?: 'Payout';
  /** Who was paid. */
  affiliate: Affiliate;
  /** What was sent: settled commission minus deducted owed back. */
  amount: Money;
  /** Owed-back lines this payout deducted. */
  deducted: Money;
  /** The payout's id. */
  id: Scalars['ID']['output'];
  /** How it was sent, e.g. bank transfer or PayPal. */
  method: Scalars['String']['output'];
  /** The creator's own note about the payout, if any. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded as sent. */
  paidAt: Scalars['DateTime']['output'];
  /** The transfer's reference, if any. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Approved commission this payout settled. */
  settled: Money;
};

/** A page of payouts, newest first. */
export type PayoutConnection = {
  __typename?: 'PayoutConnection';
  /** The page's payouts with their cursors. */
  edges: Array<PayoutEdge>;
  /** The page's payouts. */
  nodes: Array<Payout>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many payouts the affiliate has, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A payout in a list, with its cursor. */
export type PayoutEdge = {
  __typename?: 'PayoutEdge';
  /** Pass as `after` to continue after this payout. */
  cursor: Scalars['String']['output'];
  /** The payout. */
  node: Payout;
};

/** A public preview image of a product, in the creator's order. */
export type PreviewImage = {
  __typename?: 'PreviewImage';
  /** Alternative text; the product's name when the creator gave none. */
  alt: Scalars['String']['output'];
  /** The image's id, for reordering and removing it. */
  id: Scalars['ID']['output'];
  /** Its public URL. */
  url: Scalars['String']['output'];
};

/** A product's price as a creator enters it. */
export type PriceInput = {
  /** Minor units, an integer: 4900 is $49.00. At least 0; at least 1 for subscriptions. */
  amount: Scalars['MinorUnits']['input'];
  /** ISO 4217 code of a currency the store sells in (usd, eur, gbp, ...), any case. */
  currency: Scalars['String']['input'];
};

/** Something the store sells. */
export type Product = {
  __typename?: 'Product';
  /** Markdown source. */
  description: Scalars['String']['output'];
  /** The description rendered from Markdown and sanitised; safe to insert as HTML. */
  descriptionHtml: Scalars['String']['output'];
  /** How many times each download link works; null means unlimited. */
  downloadLimit?: Maybe<Scalars['Int']['output']>;
  /** How many days download links work after purchase; null means forever. */
  downloadWindowDays?: Maybe<Scalars['Int']['output']>;
  /** The files a buyer receives, in the creator's order. */
  files: Array<IncludedFile>;
  /** The product's id. */
  id: Scalars['ID']['output'];
  /** Billing interval for subscriptions; null for one-time products. */
  interval?: Maybe<BillingInterval>;
  /** One-time or subscription. */
  kind: ProductKind;
  /** How many devices one license key activates; null means unlimited. */
  licenseActivationLimit?: Maybe<Scalars['Int']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Preview images in the creator's order. */
  previewImages: Array<PreviewImage>;
  /** The price of one purchase (or one billing interval), in minor units. */
  price: Money;
  /** Whether each purchase issues a license key. */
  requiresLicenseKey: Scalars['Boolean']['output'];
  /** What the product sold. Creators only (scope catalog:read); anyone else gets FORBIDDEN or UNAUTHENTICATED. */
  sales: ProductSales;
  /** Its address in the storefront: /products/<slug>. */
  slug: Scalars['String']['output'];
  /** Draft, published or archived; the public catalog only ever shows published products. */
  status: ProductStatus;
  /** One line under the name. */
  tagline: Scalars['String']['output'];
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products with their cursors. */
  edges: Array<ProductEdge>;
  /** The products of the page. */
  nodes: Array<Product>;
  /** Whether there is a next page, and its cursor. */
  pageInfo: PageInfo;
  /** How many products match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A product in a list, with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Pass as `after` to get the products after this one. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** How a product is paid for. */
export type ProductKind =
  /** Paid once. */
  | 'ONE_TIME'
  /** Paid every billing interval. */
  | 'SUBSCRIPTION';

/** What a product sold: its paid orders, not counting fully refunded ones. */
export type ProductSales = {
  __typename?: 'ProductSales';
  /** Paid orders of the product that were not fully refunded. */
  count: Scalars['Int']['output'];
  /** What those orders brought in after discounts and refunds, before tax: one amount per currency sold in. */
  revenue: Array<Money>;
};

/** Where a product stands: only PUBLISHED products are in the catalog and can be bought. */
export type ProductStatus =
  /** No longer for sale; what was bought stays downloadable. */
  | 'ARCHIVED'
  /** Being prepared: visible to creators only. */
  | 'DRAFT'
  /** In the catalog and for sale. */
  | 'PUBLISHED';

/** Where and how to send the bytes of a new file or preview image. */
export type ProductUpload = {
  __typename?: 'ProductUpload';
  /** When the URLs stop working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Headers to send with the PUT. With the local file store the URL is this API's, so send your Authorization header too. */
  headers: Array<UploadHeader>;
  /** The upload's id, for completeUpload and then addProductFile, replaceProductFile or addPreviewImage. */
  id: Scalars['ID']['output'];
  /** PUT or MULTIPART. */
  method: ProductUploadMethod;
  /** Whether completeUpload must be called after sending (always for the S3 store; the local store completes on PUT). */
  needsCompletion: Scalars['Boolean']['output'];
  /** Bytes per part for MULTIPART (the last part may be smaller); null for PUT. */
  partSize?: Maybe<Scalars['Float']['output']>;
  /** Part URLs for MULTIPART; empty for PUT. */
  parts: Array<UploadPartTarget>;
  /** Where to PUT the whole body (method PUT); null for MULTIPART. */
  url?: Maybe<Scalars['String']['output']>;
};

/** What an upload becomes once stored. */
export type ProductUploadKind =
  /** A file buyers download. */
  | 'FILE'
  /** A public preview image (PNG, JPEG, WebP or GIF). */
  | 'PREVIEW';

/** How to send an upload's bytes. */
export type ProductUploadMethod =
  /** S3 multipart: PUT each `partSize` slice to its part URL, keep each answer's ETag, then completeUpload with them. */
  | 'MULTIPART'
  /** One PUT of the whole body to `url` with `headers`. */
  | 'PUT';

/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type Query = {
  __typename?: 'Query';
  /** Any product by id, for creators (scope catalog:read); null when there is none. */
  adminProduct?: Maybe<Product>;
  /** Every product whatever its status, newest first, for creators (scope catalog:read). first is 1 to 100; query matches name or slug. */
  adminProducts: ProductConnection;
  /** Creator only (affiliates:read): one affiliate by id; null when there is none. */
  affiliate?: Maybe<Affiliate>;
  /**
   * Creator only (affiliates:read): every affiliate's balance with something approved or owed back, per currency, for paying out.
   * @deprecated Use affiliateBalancesConnection, which pages with first and after.
   */
  affiliateBalances: Array<AffiliateBalance>;
  /**
   * Creator only (affiliates:read): every affiliate's balance with something approved or owed back, one per affiliate
   * and currency, for paying out. `first` is 1 to 100 (default 20).
   */
  affiliateBalancesConnection: AffiliateBalanceConnection;
  /** Creator only (affiliates:read): a link by its code, whatever its case; null when there is none. */
  affiliateLink?: Maybe<AffiliateLink>;
  /** Creator only (affiliates:read): affiliates, newest first, optionally only those with one status. */
  affiliates: AffiliateConnection;
  /** The store's API keys, newest first, revoked ones included; never their secrets. Owner only, signed in (API keys are refused). */
  apiKeys: ApiKeyConnection;
  /** A checkout by its session id, for the success page. The id is the secret. */
  checkout?: Maybe<Checkout>;
  /** Creator only (affiliates:read): one affiliate's commissions, newest first. */
  commissions: CommissionConnection;
  /** Creator only (orders:read): one customer with their orders, licenses and subscriptions; null when there is none. */
  customer?: Maybe<CustomerDetail>;
  /** Creator only (orders:read): customers, newest first; query matches part of the email or name. */
  customers: CustomerConnection;
  /** Creator only (emails:read): emails, newest first, optionally only those with one status (FAILED to see what needs attention). */
  emails: EmailMessageConnection;
  /**
   * Creator only (licenses:read): one license by its key, typed in any case and with or without dashes;
   * null when no such key exists.
   */
  license?: Maybe<LicenseRecord>;
  /**
   * Creator only (licenses:read): licenses, newest first, optionally of one product and with one stored
   * status. `first` is 1 to 100.
   */
  licenses: LicenseRecordConnection;
  /** The signed-in creator, or null. */
  me?: Maybe<User>;
  /** The signed-in affiliate (a portal session token); null for anyone else. */
  myAffiliateAccount?: Maybe<AffiliateAccount>;
  /** Creator only (orders:read): one order with everything about it; null when there is none. */
  order?: Maybe<Order>;
  /**
   * Creator only (orders:read): orders, newest first. status narrows to one state (PAID for sales, PENDING for
   * abandoned checkouts); productId to orders containing that product; from (inclusive) and to (exclusive)
   * to when the checkout started; affiliateCode to orders an affiliate link earned on; query matches an
   * order number (with or without #), or part of the buyer's email or name.
   */
  orders: OrderConnection;
  /** A published product by its slug; null when there is none. Public. */
  product?: Maybe<Product>;
  /** Markdown rendered and sanitised exactly as a product's descriptionHtml will be, for the editor's live preview (scope catalog:read). At most 100000 characters. */
  productDescriptionPreview: Scalars['String']['output'];
  /** Published products in the creator's order. Public. first is 1 to 100. */
  products: ProductConnection;
  /** Creator only (scope orders:read): revenue from `from` (inclusive) to `to` (exclusive), at most 732 days, and for the period of the same length before it, in one currency (the one the store has the most orders in unless given). */
  revenue: RevenueReport;
  /** Whether staff must set up two-factor sign-in before doing anything else. Owner only. */
  staffTwoFactorRequired: Scalars['Boolean']['output'];
  /** The store's public name and mode, for page titles and the test-mode banner. */
  store: Store;
  /** The store's settings, defaults included. Creator only (settings:read). */
  storeSettings: StoreSettings;
  /** Everyone who may sign in to the dashboard, the owner first. Owner only. */
  users: Array<User>;
  /**
   * Checks a key and, when `instanceId` is given, that instance. Public: the key is the credential.
   * Failed lookups count against the caller's address (30 a minute, then RATE_LIMITED).
   */
  validateLicense: ValidateLicenseResult;
  /** Owner only (webhooks:read): one webhook endpoint, or null. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** Owner only (webhooks:read): the webhook endpoints, newest first. */
  webhookEndpoints: WebhookEndpointConnection;
  /** The events a webhook endpoint may subscribe to. */
  webhookEventTypes: Array<WebhookEventType>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAdminProductArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAdminProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProductStatus>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAffiliateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAffiliateBalancesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAffiliateLinkArgs = {
  code: Scalars['String']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryAffiliatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AffiliateStatus>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryCheckoutArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryCommissionsArgs = {
  affiliateId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommissionStatus>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmailStatus>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryLicenseArgs = {
  key: Scalars['String']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryLicensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LicenseStatus>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryOrdersArgs = {
  affiliateCode?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryProductArgs = {
  slug: Scalars['String']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryProductDescriptionPreviewArgs = {
  markdown: Scalars['String']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryRevenueArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryValidateLicenseArgs = {
  instanceId?: InputMaybe<Scalars['ID']['input']>;
  key: Scalars['String']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading: the storefront's public fields and, with a creator's credential, the dashboard's. */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A visit that arrived with `?ref=CODE`. */
export type RecordAffiliateClickInput = {
  /** The code from `?ref=`, any case. */
  code: Scalars['String']['input'];
  /** The path the visitor landed on, e.g. /products/aurora-figma-ui-kit. */
  landingPath?: InputMaybe<Scalars['String']['input']>;
  /** The Referer the visitor came from, if any. */
  referrer?: InputMaybe<Scalars['String']['input']>;
};

/** Money sent to an affiliate outside Shelf, to record against their balance. */
export type RecordPayoutInput = {
  /** Who was paid. */
  affiliateId: Scalars['ID']['input'];
  /** What was sent, in minor units of `currency`; at most the affiliate's payable balance. */
  amount: Scalars['MinorUnits']['input'];
  /** ISO 4217 code of the balance paid (usd), any case. */
  currency: Scalars['String']['input'];
  /** How it was sent, e.g. bank transfer or PayPal (1 to 50 characters). */
  method: Scalars['String']['input'];
  /** A note for the creator's records, if any. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The transfer's reference, up to 200 characters, if any. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Which payments of a subscription bought through a link earn commission. */
export type RenewalCommission =
  /** The first payment and every renewal payment. */
  | 'EVERY_PAYMENT'
  /** Only the first payment (the purchase itself). */
  | 'FIRST_PAYMENT';

/** What resendDeliveryEmail queued. */
export type ResendDeliveryEmailResult = {
  __typename?: 'ResendDeliveryEmailResult';
  /** The new email (its status follows delivery). */
  email: EmailMessage;
  /** The order, with the new email in its list. */
  order: Order;
};

/** One day of the daily series. */
export type RevenueDayPoint = {
  __typename?: 'RevenueDayPoint';
  /** The calendar day (YYYY-MM-DD) in the report's time zone. */
  date: Scalars['String']['output'];
  /** Gross of the orders paid that day. */
  gross: Money;
  /** Gross minus refunds. */
  net: Money;
  /** Orders paid that day. */
  orders: Scalars['Int']['output'];
  /** Refunds of the orders paid that day. */
  refunds: Money;
};

/** Revenue in one stretch of time, in one currency. Amounts are before tax; refunds count on the day their order was paid. */
export type RevenuePeriod = {
  __typename?: 'RevenuePeriod';
  /** Subscriptions active at the end of the period, in this currency. */
  activeSubscriptions: Scalars['Int']['output'];
  /** Gross per paid order, rounded to the minor unit. */
  averageOrderValue: Money;
  /** Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** What paid orders brought in after discounts and before tax. */
  gross: Money;
  /** Monthly recurring revenue at the end of the period: subscriptions active then, each at what its first order paid before tax, a yearly one as a twelfth. */
  monthlyRecurringRevenue: Money;
  /** Gross minus refunds. */
  net: Money;
  /** Net of those first orders. */
  newCustomerNet: Money;
  /** Customers whose first paid order falls in the period. */
  newCustomers: Scalars['Int']['output'];
  /** Paid orders. */
  orders: Scalars['Int']['output'];
  /** The refunded share of those orders (lost disputes included), before tax. */
  refunds: Money;
  /** Net of the returning customers' orders. */
  returningCustomerNet: Money;
  /** Orders in the period by customers who had paid before (a customer ordering twice counts twice). */
  returningCustomerOrders: Scalars['Int']['output'];
  /** End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** A revenue report: a range, the period of the same length before it, and their breakdowns. */
export type RevenueReport = {
  __typename?: 'RevenueReport';
  /** Revenue brought by each affiliate in the range, highest net first (at most 20). */
  affiliates: Array<RevenueShare>;
  /** Every currency the store has been paid in, the one with the most orders first. */
  currencies: Array<Scalars['String']['output']>;
  /** The currency every amount is in (ISO 4217, lower case). */
  currency: Scalars['String']['output'];
  /** The range asked for. */
  current: RevenuePeriod;
  /** Every day of the range, oldest first, days without orders included. */
  daily: Array<RevenueDayPoint>;
  /** The period of the same length that ends where the range starts, for comparison. */
  previous: RevenuePeriod;
  /** The IANA time zone the days are cut in (UTC). */
  timeZone: Scalars['String']['output'];
  /** The ten products with the highest net in the range. */
  topProducts: Array<RevenueShare>;
};

/** The revenue one product or one affiliate accounts for in a report's range. */
export type RevenueShare = {
  __typename?: 'RevenueShare';
  /** Gross; an order of several products is split by each line's share of its price. */
  gross: Money;
  /** The product's or the affiliate's id. */
  id: Scalars['ID']['output'];
  /** The product's name, or the affiliate's name (their email when they have none). */
  name: Scalars['String']['output'];
  /** Gross minus refunds. */
  net: Money;
  /** Paid orders that include the product, or that the affiliate's links brought. */
  orders: Scalars['Int']['output'];
  /** Refunds, split the same way. */
  refunds: Money;
};

/** A webhook endpoint with its new signing secret. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The new signing secret (whsec_…); the old one no longer verifies. */
  secret: Scalars['String']['output'];
};

/** What a right password gives: a session, or, with two-factor sign-in on, a challenge for completeTwoFactorSignIn. */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** Single use, for completeTwoFactorSignIn; null when a session was given. */
  challenge?: Maybe<Scalars['String']['output']>;
  /** When the challenge stops working (5 minutes after the password). */
  challengeExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The session, when no second factor is needed. */
  session?: Maybe<LoginResult>;
  /** True when the session needs a code from the authenticator app (or a recovery code) first. */
  twoFactorRequired: Scalars['Boolean']['output'];
};

/** The store as shoppers see it. Public: no credential needed. */
export type Store = {
  __typename?: 'Store';
  /** The store's name, as the owner set it in the settings. */
  name: Scalars['String']['output'];
  /** True when payments go through the built-in test provider instead of Stripe. */
  testMode: Scalars['Boolean']['output'];
};

/** Store-wide settings the owner changes from the dashboard. */
export type StoreSettings = {
  __typename?: 'StoreSettings';
  /** Days after a purchase during which refunds are expected; affiliate commission becomes payable after it. */
  refundWindowDays: Scalars['Int']['output'];
  /** Days a subscriber whose renewal payment failed keeps access after the paid period ends, while the payment is retried; afterwards access pauses until a renewal is paid. 0 to 30. */
  renewalGraceDays: Scalars['Int']['output'];
  /** The store's name, shown in page titles, headers and emails. */
  storeName: Scalars['String']['output'];
  /** Where customers may write for help, shown in emails; null when none is set. */
  supportEmail?: Maybe<Scalars['String']['output']>;
  /** Stripe Tax: automatic tax at checkout and tax ID collection. Tax is recorded apart from the net amount. */
  taxEnabled: Scalars['Boolean']['output'];
};

/** Where a subscription stands, as its payment provider (Stripe's subscription statuses) last said. */
export type SubscriptionState =
  /** Paid up: the subscriber has access. */
  | 'ACTIVE'
  /** Ended: canceled by the subscriber or the store, or never paid. */
  | 'CANCELED'
  /** Started, and its first payment has not succeeded yet. */
  | 'INCOMPLETE'
  /** A renewal payment failed and is being retried; access lasts through the store's grace days. */
  | 'PAST_DUE'
  /** In a free trial. */
  | 'TRIALING'
  /** Retries of a renewal payment ran out; access is paused until a payment succeeds. */
  | 'UNPAID';

/** A new two-factor secret to add to an authenticator app; it works once confirmTwoFactor confirms it. */
export type TwoFactorSetup = {
  __typename?: 'TwoFactorSetup';
  /** The otpauth:// URI the QR code encodes. */
  otpauthUri: Scalars['String']['output'];
  /** The otpauth:// URI as an SVG QR code, to show as it is. */
  qrSvg: Scalars['String']['output'];
  /** The Base32 secret, for typing into an app that cannot scan. */
  secret: Scalars['String']['output'];
};

/** Fields left out stay as they are; productId: null makes the link store-wide. */
export type UpdateAffiliateLinkInput = {
  /** The new code: 1 to 64 letters, digits, '-' or '_'; unique whatever its case. Old ?ref= links stop counting. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The new share of each payment's net, 0 to 100; past commissions keep their percent. */
  commissionPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The one product the link earns on; null for the whole store. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Which payments of a subscription earn commission from now on. */
  renewalCommission?: InputMaybe<RenewalCommission>;
};

/** Changes to a product: only the fields given change; an explicit null clears a limit or the interval. */
export type UpdateProductInput = {
  /** Markdown, up to 100000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Downloads per link, 1 to 10000; null for unlimited (purchases from now on). */
  downloadLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Days a download link works after purchase, 1 to 36500; null for ever (purchases from now on). */
  downloadWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Required for SUBSCRIPTION, and only for it. */
  interval?: InputMaybe<BillingInterval>;
  /** One-time or subscription; a subscription needs an interval. */
  kind?: InputMaybe<ProductKind>;
  /** Devices per license key, 1 to 10000; null for unlimited (purchases from now on). */
  licenseActivationLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 200 characters, not empty. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new price; it applies to checkouts started from now on. */
  price?: InputMaybe<PriceInput>;
  /** Whether each purchase issues a license key (purchases from now on). */
  requiresLicenseKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower-case letters, digits and single dashes; unique (any case). Old links to the product stop working. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Publish, unpublish (DRAFT) or archive. */
  status?: InputMaybe<ProductStatus>;
  /** Up to 300 characters. */
  tagline?: InputMaybe<Scalars['String']['input']>;
};

/** The settings to change; a field left out keeps its value. */
export type UpdateStoreSettingsInput = {
  /** 0 to 365 days. */
  refundWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days of access after a paid period ends while a failed renewal payment is retried: 0 to 30. */
  renewalGraceDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 200 characters. */
  storeName?: InputMaybe<Scalars['String']['input']>;
  /** An email address; empty or null removes it. */
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  /** Stripe Tax on or off. */
  taxEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a webhook endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new note. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new set of event names. */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The endpoint to change. */
  id: Scalars['ID']['input'];
  /** A new URL, checked like on creation. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A header to send with an upload request. */
export type UploadHeader = {
  __typename?: 'UploadHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

/** Where to PUT one part of a multipart upload. */
export type UploadPartTarget = {
  __typename?: 'UploadPartTarget';
  /** 1-based part number. */
  partNumber: Scalars['Int']['output'];
  /** Presigned URL for this part. */
  url: Scalars['String']['output'];
};

/** Someone who signs in to the dashboard. */
export type User = {
  __typename?: 'User';
  /** The address they sign in with, in lower case. */
  email: Scalars['String']['output'];
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** Their name as the owner entered it (or they did); may be empty. */
  name: Scalars['String']['output'];
  /** Owner or staff. */
  role: UserRole;
  /** Whether signing in asks for a code from an authenticator app as well as the password. */
  twoFactorEnabled: Scalars['Boolean']['output'];
};

/** What a dashboard user may do: the owner everything, staff everything but users, API keys, payouts and settings. */
export type UserRole =
  /** The one account that created the store: may do everything. */
  | 'OWNER'
  /** Added by the owner: everything but users, API keys, payouts and settings. */
  | 'STAFF';

/** The answer to validateLicense. */
export type ValidateLicenseResult = {
  __typename?: 'ValidateLicenseResult';
  /** Why not, when valid is false. */
  error?: Maybe<LicenseErrorCode>;
  /** The instance asked about; null when none was given or it is not one of the key's. */
  instance?: Maybe<LicenseInstance>;
  /** The key; null when it was not found. */
  license?: Maybe<LicenseKeyDetails>;
  /** A short human explanation of the error. */
  message?: Maybe<Scalars['String']['output']>;
  /** True when the key works and, if an instance was given, that instance holds a seat. */
  valid: Scalars['Boolean']['output'];
};

/** One event on its way to one endpoint, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The newest 50 attempts (replays included), oldest first. */
  attemptLog: Array<WebhookDeliveryAttempt>;
  /** Attempts in the current round (a replay starts a new round). */
  attempts: Scalars['Int']['output'];
  /** The JSON body sent: { type, timestamp, data }. */
  body: Scalars['String']['output'];
  /** When the delivery was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The outbox event delivered; null for a test message. */
  domainEventId?: Maybe<Scalars['ID']['output']>;
  /** The dotted event name (webhook.test for a test message). */
  eventType: Scalars['String']['output'];
  /** The message id, sent as the webhook-id header: the same on every retry and replay, so receivers can drop repeats. */
  id: Scalars['ID']['output'];
  /** How long the last attempt took, in milliseconds. */
  lastDurationMs?: Maybe<Scalars['Int']['output']>;
  /** Why the last attempt failed (an error status, a timeout, a refused address). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The start (2 KB at most) of the last answer's body. */
  lastResponse?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer; null when there was none. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once it succeeded or failed for good. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the event happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One HTTP attempt of a delivery. */
export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** When the attempt started. */
  createdAt: Scalars['DateTime']['output'];
  /** How long the attempt took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed; null when it succeeded. */
  error?: Maybe<Scalars['String']['output']>;
  /** The attempt's id. */
  id: Scalars['ID']['output'];
  /** The start (2 KB at most) of the answer's body. */
  response?: Maybe<Scalars['String']['output']>;
  /** The HTTP status answered; null when the endpoint could not be reached. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** Whether the endpoint answered 2xx. */
  succeeded: Scalars['Boolean']['output'];
};

/** A page of webhook deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The deliveries. */
  nodes: Array<WebhookDelivery>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many deliveries match. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a page of webhook deliveries. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** The cursor to pass as after for the next page. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (or the endpoint was disabled); replay it to try again. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** A URL of the owner's that receives signed webhook messages (Standard Webhooks) for the events it subscribes to. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Deliveries in a row that failed all their retries; 5 disable the endpoint, a success resets it. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first, optionally only those with one status. */
  deliveries: WebhookDeliveryConnection;
  /** The owner's note about what this endpoint is for. */
  description: Scalars['String']['output'];
  /** When it was disabled, by the owner or after repeated failures; null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled; null while enabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Whether new events are delivered to it. */
  enabled: Scalars['Boolean']['output'];
  /** The dotted names of the events it receives. */
  events: Array<Scalars['String']['output']>;
  /** The endpoint's id. */
  id: Scalars['ID']['output'];
  /** The signing secret (whsec_…) to verify messages with. Owner only, with webhooks:write. */
  secret: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where messages are POSTed. */
  url: Scalars['String']['output'];
};


/** A URL of the owner's that receives signed webhook messages (Standard Webhooks) for the events it subscribes to. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of webhook endpoints, newest first. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints with their cursors. */
  edges: Array<WebhookEndpointEdge>;
  /** The endpoints. */
  nodes: Array<WebhookEndpoint>;
  /** Whether there is a next page and where it starts. */
  pageInfo: PageInfo;
  /** How many endpoints there are. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a page of webhook endpoints. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** The cursor to pass as after for the next page. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** An event an endpoint may subscribe to. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** What the event means for a receiver. */
  description: Scalars['String']['output'];
  /** The dotted name sent as the message's `type`, such as order.paid. */
  name: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivateLicenseResult: ResolverTypeWrapper<ActivateLicenseResult>;
  Affiliate: ResolverTypeWrapper<AffiliateModel>;
  AffiliateAccount: ResolverTypeWrapper<AffiliateAccountModelModel>;
  AffiliateBalance: ResolverTypeWrapper<Omit<AffiliateBalance, 'affiliate'> & { affiliate: ResolversTypes['Affiliate'] }>;
  AffiliateBalanceConnection: ResolverTypeWrapper<Omit<AffiliateBalanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AffiliateBalanceEdge']>, nodes: Array<ResolversTypes['AffiliateBalance']> }>;
  AffiliateBalanceEdge: ResolverTypeWrapper<Omit<AffiliateBalanceEdge, 'node'> & { node: ResolversTypes['AffiliateBalance'] }>;
  AffiliateClickResult: ResolverTypeWrapper<AffiliateClickResult>;
  AffiliateConnection: ResolverTypeWrapper<Omit<AffiliateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AffiliateEdge']>, nodes: Array<ResolversTypes['Affiliate']> }>;
  AffiliateEdge: ResolverTypeWrapper<Omit<AffiliateEdge, 'node'> & { node: ResolversTypes['Affiliate'] }>;
  AffiliateLink: ResolverTypeWrapper<AffiliateLinkModel>;
  AffiliateLinkConnection: ResolverTypeWrapper<Omit<AffiliateLinkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AffiliateLinkEdge']>, nodes: Array<ResolversTypes['AffiliateLink']> }>;
  AffiliateLinkEdge: ResolverTypeWrapper<Omit<AffiliateLinkEdge, 'node'> & { node: ResolversTypes['AffiliateLink'] }>;
  AffiliatePortalLink: ResolverTypeWrapper<AffiliatePortalLink>;
  AffiliatePortalLinkConnection: ResolverTypeWrapper<AffiliatePortalLinkConnection>;
  AffiliatePortalLinkEdge: ResolverTypeWrapper<AffiliatePortalLinkEdge>;
  AffiliatePortalSession: ResolverTypeWrapper<AffiliatePortalSession>;
  AffiliateSale: ResolverTypeWrapper<AffiliateSale>;
  AffiliateSaleConnection: ResolverTypeWrapper<AffiliateSaleConnection>;
  AffiliateSaleEdge: ResolverTypeWrapper<AffiliateSaleEdge>;
  AffiliateStatus: AffiliateStatus;
  ApiKey: ResolverTypeWrapper<Omit<ApiKey, 'createdBy'> & { createdBy?: Maybe<ResolversTypes['User']> }>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiKeyEdge']>, nodes: Array<ResolversTypes['ApiKey']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyScope: ApiKeyScope;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditActorKind: AuditActorKind;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  BillingInterval: BillingInterval;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Checkout: ResolverTypeWrapper<CheckoutModelModel>;
  CheckoutOrder: ResolverTypeWrapper<CheckoutOrderModelModel>;
  CheckoutSession: ResolverTypeWrapper<CheckoutSession>;
  CheckoutStatus: CheckoutStatus;
  Commission: ResolverTypeWrapper<CommissionModel>;
  CommissionConnection: ResolverTypeWrapper<Omit<CommissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommissionEdge']>, nodes: Array<ResolversTypes['Commission']> }>;
  CommissionEdge: ResolverTypeWrapper<Omit<CommissionEdge, 'node'> & { node: ResolversTypes['Commission'] }>;
  CommissionKind: CommissionKind;
  CommissionStatus: CommissionStatus;
  CompletedPartInput: CompletedPartInput;
  CompletedUpload: ResolverTypeWrapper<CompletedUpload>;
  CreateAffiliateLinkInput: CreateAffiliateLinkInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreateCheckoutInput: CreateCheckoutInput;
  CreateProductInput: CreateProductInput;
  CreateUploadInput: CreateUploadInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: ResolverTypeWrapper<Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  Customer: ResolverTypeWrapper<Customer>;
  CustomerConnection: ResolverTypeWrapper<CustomerConnection>;
  CustomerDetail: ResolverTypeWrapper<CustomerDetailModelModel>;
  CustomerEdge: ResolverTypeWrapper<CustomerEdge>;
  CustomerSubscription: ResolverTypeWrapper<CustomerSubscriptionModelModel>;
  CustomerSubscriptionConnection: ResolverTypeWrapper<Omit<CustomerSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerSubscriptionEdge']>, nodes: Array<ResolversTypes['CustomerSubscription']> }>;
  CustomerSubscriptionEdge: ResolverTypeWrapper<Omit<CustomerSubscriptionEdge, 'node'> & { node: ResolversTypes['CustomerSubscription'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateLicenseResult: ResolverTypeWrapper<DeactivateLicenseResult>;
  DownloadGrantRecord: ResolverTypeWrapper<DownloadGrantRecord>;
  DownloadGrantState: DownloadGrantState;
  DownloadLogEntry: ResolverTypeWrapper<DownloadLogEntry>;
  EmailMessage: ResolverTypeWrapper<EmailModel>;
  EmailMessageConnection: ResolverTypeWrapper<Omit<EmailMessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmailMessageEdge']>, nodes: Array<ResolversTypes['EmailMessage']> }>;
  EmailMessageEdge: ResolverTypeWrapper<Omit<EmailMessageEdge, 'node'> & { node: ResolversTypes['EmailMessage'] }>;
  EmailStatus: EmailStatus;
  ErrorCode: ErrorCode;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IncludedFile: ResolverTypeWrapper<IncludedFile>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LicenseActivationRecord: ResolverTypeWrapper<LicenseActivationRecord>;
  LicenseActivationRecordConnection: ResolverTypeWrapper<LicenseActivationRecordConnection>;
  LicenseActivationRecordEdge: ResolverTypeWrapper<LicenseActivationRecordEdge>;
  LicenseCustomer: ResolverTypeWrapper<LicenseCustomer>;
  LicenseErrorCode: LicenseErrorCode;
  LicenseEventType: LicenseEventType;
  LicenseHistoryEntry: ResolverTypeWrapper<LicenseHistoryEntry>;
  LicenseInstance: ResolverTypeWrapper<LicenseInstance>;
  LicenseKeyDetails: ResolverTypeWrapper<LicenseKeyDetails>;
  LicenseKeyState: LicenseKeyState;
  LicenseProduct: ResolverTypeWrapper<LicenseProduct>;
  LicenseRecord: ResolverTypeWrapper<LicenseRecordModelModel>;
  LicenseRecordConnection: ResolverTypeWrapper<Omit<LicenseRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LicenseRecordEdge']>, nodes: Array<ResolversTypes['LicenseRecord']> }>;
  LicenseRecordEdge: ResolverTypeWrapper<Omit<LicenseRecordEdge, 'node'> & { node: ResolversTypes['LicenseRecord'] }>;
  LicenseStatus: LicenseStatus;
  LoginResult: ResolverTypeWrapper<Omit<LoginResult, 'user'> & { user: ResolversTypes['User'] }>;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrderEdge']>, nodes: Array<ResolversTypes['Order']> }>;
  OrderDownload: ResolverTypeWrapper<OrderDownload>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderItem: ResolverTypeWrapper<OrderItem>;
  OrderLicense: ResolverTypeWrapper<OrderLicense>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentEventRecord: ResolverTypeWrapper<PaymentEventRecordModel>;
  PaymentEventRecordConnection: ResolverTypeWrapper<Omit<PaymentEventRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PaymentEventRecordEdge']>, nodes: Array<ResolversTypes['PaymentEventRecord']> }>;
  PaymentEventRecordEdge: ResolverTypeWrapper<Omit<PaymentEventRecordEdge, 'node'> & { node: ResolversTypes['PaymentEventRecord'] }>;
  PaymentEventState: PaymentEventState;
  PaymentProvider: PaymentProvider;
  Payout: ResolverTypeWrapper<PayoutModel>;
  PayoutConnection: ResolverTypeWrapper<Omit<PayoutConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PayoutEdge']>, nodes: Array<ResolversTypes['Payout']> }>;
  PayoutEdge: ResolverTypeWrapper<Omit<PayoutEdge, 'node'> & { node: ResolversTypes['Payout'] }>;
  PreviewImage: ResolverTypeWrapper<PreviewImage>;
  PriceInput: PriceInput;
  Product: ResolverTypeWrapper<ProductModelModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductKind: ProductKind;
  ProductSales: ResolverTypeWrapper<ProductSales>;
  ProductStatus: ProductStatus;
  ProductUpload: ResolverTypeWrapper<ProductUpload>;
  ProductUploadKind: ProductUploadKind;
  ProductUploadMethod: ProductUploadMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAffiliateClickInput: RecordAffiliateClickInput;
  RecordPayoutInput: RecordPayoutInput;
  RenewalCommission: RenewalCommission;
  ResendDeliveryEmailResult: ResolverTypeWrapper<Omit<ResendDeliveryEmailResult, 'email' | 'order'> & { email: ResolversTypes['EmailMessage'], order: ResolversTypes['Order'] }>;
  RevenueDayPoint: ResolverTypeWrapper<RevenueDayPoint>;
  RevenuePeriod: ResolverTypeWrapper<RevenuePeriod>;
  RevenueReport: ResolverTypeWrapper<RevenueReport>;
  RevenueShare: ResolverTypeWrapper<RevenueShare>;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'session'> & { session?: Maybe<ResolversTypes['LoginResult']> }>;
  Store: ResolverTypeWrapper<Store>;
  StoreSettings: ResolverTypeWrapper<StoreSettings>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubscriptionState: SubscriptionState;
  TwoFactorSetup: ResolverTypeWrapper<TwoFactorSetup>;
  UpdateAffiliateLinkInput: UpdateAffiliateLinkInput;
  UpdateProductInput: UpdateProductInput;
  UpdateStoreSettingsInput: UpdateStoreSettingsInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UploadHeader: ResolverTypeWrapper<UploadHeader>;
  UploadPartTarget: ResolverTypeWrapper<UploadPartTarget>;
  User: ResolverTypeWrapper<UserModel>;
  UserRole: UserRole;
  ValidateLicenseResult: ResolverTypeWrapper<ValidateLicenseResult>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookDeliveryAttempt: ResolverTypeWrapper<WebhookDeliveryAttemptModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointModel>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']>, nodes: Array<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEventType: ResolverTypeWrapper<WebhookEventType>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateLicenseResult: ActivateLicenseResult;
  Affiliate: AffiliateModel;
  AffiliateAccount: AffiliateAccountModelModel;
  AffiliateBalance: Omit<AffiliateBalance, 'affiliate'> & { affiliate: ResolversParentTypes['Affiliate'] };
  AffiliateBalanceConnection: Omit<AffiliateBalanceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AffiliateBalanceEdge']>, nodes: Array<ResolversParentTypes['AffiliateBalance']> };
  AffiliateBalanceEdge: Omit<AffiliateBalanceEdge, 'node'> & { node: ResolversParentTypes['AffiliateBalance'] };
  AffiliateClickResult: AffiliateClickResult;
  AffiliateConnection: Omit<AffiliateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AffiliateEdge']>, nodes: Array<ResolversParentTypes['Affiliate']> };
  AffiliateEdge: Omit<AffiliateEdge, 'node'> & { node: ResolversParentTypes['Affiliate'] };
  AffiliateLink: AffiliateLinkModel;
  AffiliateLinkConnection: Omit<AffiliateLinkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AffiliateLinkEdge']>, nodes: Array<ResolversParentTypes['AffiliateLink']> };
  AffiliateLinkEdge: Omit<AffiliateLinkEdge, 'node'> & { node: ResolversParentTypes['AffiliateLink'] };
  AffiliatePortalLink: AffiliatePortalLink;
  AffiliatePortalLinkConnection: AffiliatePortalLinkConnection;
  AffiliatePortalLinkEdge: AffiliatePortalLinkEdge;
  AffiliatePortalSession: AffiliatePortalSession;
  AffiliateSale: AffiliateSale;
  AffiliateSaleConnection: AffiliateSaleConnection;
  AffiliateSaleEdge: AffiliateSaleEdge;
  ApiKey: Omit<ApiKey, 'createdBy'> & { createdBy?: Maybe<ResolversParentTypes['User']> };
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']>, nodes: Array<ResolversParentTypes['ApiKey']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuditActor: AuditActor;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  Boolean: Scalars['Boolean']['output'];
  Checkout: CheckoutModelModel;
  CheckoutOrder: CheckoutOrderModelModel;
  CheckoutSession: CheckoutSession;
  Commission: CommissionModel;
  CommissionConnection: Omit<CommissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommissionEdge']>, nodes: Array<ResolversParentTypes['Commission']> };
  CommissionEdge: Omit<CommissionEdge, 'node'> & { node: ResolversParentTypes['Commission'] };
  CompletedPartInput: CompletedPartInput;
  CompletedUpload: CompletedUpload;
  CreateAffiliateLinkInput: CreateAffiliateLinkInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreateCheckoutInput: CreateCheckoutInput;
  CreateProductInput: CreateProductInput;
  CreateUploadInput: CreateUploadInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  Customer: Customer;
  CustomerConnection: CustomerConnection;
  CustomerDetail: CustomerDetailModelModel;
  CustomerEdge: CustomerEdge;
  CustomerSubscription: CustomerSubscriptionModelModel;
  CustomerSubscriptionConnection: Omit<CustomerSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerSubscriptionEdge']>, nodes: Array<ResolversParentTypes['CustomerSubscription']> };
  CustomerSubscriptionEdge: Omit<CustomerSubscriptionEdge, 'node'> & { node: ResolversParentTypes['CustomerSubscription'] };
  DateTime: Scalars['DateTime']['output'];
  DeactivateLicenseResult: DeactivateLicenseResult;
  DownloadGrantRecord: DownloadGrantRecord;
  DownloadLogEntry: DownloadLogEntry;
  EmailMessage: EmailModel;
  EmailMessageConnection: Omit<EmailMessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmailMessageEdge']>, nodes: Array<ResolversParentTypes['EmailMessage']> };
  EmailMessageEdge: Omit<EmailMessageEdge, 'node'> & { node: ResolversParentTypes['EmailMessage'] };
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IncludedFile: IncludedFile;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LicenseActivationRecord: LicenseActivationRecord;
  LicenseActivationRecordConnection: LicenseActivationRecordConnection;
  LicenseActivationRecordEdge: LicenseActivationRecordEdge;
  LicenseCustomer: LicenseCustomer;
  LicenseHistoryEntry: LicenseHistoryEntry;
  LicenseInstance: LicenseInstance;
  LicenseKeyDetails: LicenseKeyDetails;
  LicenseProduct: LicenseProduct;
  LicenseRecord: LicenseRecordModelModel;
  LicenseRecordConnection: Omit<LicenseRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LicenseRecordEdge']>, nodes: Array<ResolversParentTypes['LicenseRecord']> };
  LicenseRecordEdge: Omit<LicenseRecordEdge, 'node'> & { node: ResolversParentTypes['LicenseRecord'] };
  LoginResult: Omit<LoginResult, 'user'> & { user: ResolversParentTypes['User'] };
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrderEdge']>, nodes: Array<ResolversParentTypes['Order']> };
  OrderDownload: OrderDownload;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderItem: OrderItem;
  OrderLicense: OrderLicense;
  PageInfo: PageInfo;
  PaymentEventRecord: PaymentEventRecordModel;
  PaymentEventRecordConnection: Omit<PaymentEventRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PaymentEventRecordEdge']>, nodes: Array<ResolversParentTypes['PaymentEventRecord']> };
  PaymentEventRecordEdge: Omit<PaymentEventRecordEdge, 'node'> & { node: ResolversParentTypes['PaymentEventRecord'] };
  Payout: PayoutModel;
  PayoutConnection: Omit<PayoutConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PayoutEdge']>, nodes: Array<ResolversParentTypes['Payout']> };
  PayoutEdge: Omit<PayoutEdge, 'node'> & { node: ResolversParentTypes['Payout'] };
  PreviewImage: PreviewImage;
  PriceInput: PriceInput;
  Product: ProductModelModel;
  ProductConnection: Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductSales: ProductSales;
  ProductUpload: ProductUpload;
  Query: Record<PropertyKey, never>;
  RecordAffiliateClickInput: RecordAffiliateClickInput;
  RecordPayoutInput: RecordPayoutInput;
  ResendDeliveryEmailResult: Omit<ResendDeliveryEmailResult, 'email' | 'order'> & { email: ResolversParentTypes['EmailMessage'], order: ResolversParentTypes['Order'] };
  RevenueDayPoint: RevenueDayPoint;
  RevenuePeriod: RevenuePeriod;
  RevenueReport: RevenueReport;
  RevenueShare: RevenueShare;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  SignInResult: Omit<SignInResult, 'session'> & { session?: Maybe<ResolversParentTypes['LoginResult']> };
  Store: Store;
  StoreSettings: StoreSettings;
  String: Scalars['String']['output'];
  TwoFactorSetup: TwoFactorSetup;
  UpdateAffiliateLinkInput: UpdateAffiliateLinkInput;
  UpdateProductInput: UpdateProductInput;
  UpdateStoreSettingsInput: UpdateStoreSettingsInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UploadHeader: UploadHeader;
  UploadPartTarget: UploadPartTarget;
  User: UserModel;
  ValidateLicenseResult: ValidateLicenseResult;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryAttempt: WebhookDeliveryAttemptModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointModel;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']>, nodes: Array<ResolversParentTypes['WebhookEndpoint']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEventType: WebhookEventType;
};

export type ActivateLicenseResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivateLicenseResult'] = ResolversParentTypes['ActivateLicenseResult']> = {
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['LicenseErrorCode']>, ParentType, ContextType>;
  instance?: Resolver<Maybe<ResolversTypes['LicenseInstance']>, ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['LicenseKeyDetails']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AffiliateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Affiliate'] = ResolversParentTypes['Affiliate']> = {
  approvedCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  balance?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['AffiliateLink']>, ParentType, ContextType>;
  linksConnection?: Resolver<ResolversTypes['AffiliateLinkConnection'], ParentType, ContextType, RequireFields<AffiliateLinksConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedBack?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  paidCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  payouts?: Resolver<ResolversTypes['PayoutConnection'], ParentType, ContextType, RequireFields<AffiliatePayoutsArgs, 'first'>>;
  pendingCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AffiliateStatus'], ParentType, ContextType>;
};

export type AffiliateAccountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateAccount'] = ResolversParentTypes['AffiliateAccount']> = {
  approvedCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conversions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['AffiliatePortalLink']>, ParentType, ContextType>;
  linksConnection?: Resolver<ResolversTypes['AffiliatePortalLinkConnection'], ParentType, ContextType, RequireFields<AffiliateAccountLinksConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedBack?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  paidCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  pendingCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  sales?: Resolver<ResolversTypes['AffiliateSaleConnection'], ParentType, ContextType, RequireFields<AffiliateAccountSalesArgs, 'first'>>;
  status?: Resolver<ResolversTypes['AffiliateStatus'], ParentType, ContextType>;
};

export type AffiliateBalanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateBalance'] = ResolversParentTypes['AffiliateBalance']> = {
  affiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedBack?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type AffiliateBalanceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateBalanceConnection'] = ResolversParentTypes['AffiliateBalanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliateBalanceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AffiliateBalance']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliateBalanceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateBalanceEdge'] = ResolversParentTypes['AffiliateBalanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AffiliateBalance'], ParentType, ContextType>;
};

export type AffiliateClickResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateClickResult'] = ResolversParentTypes['AffiliateClickResult']> = {
  counted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AffiliateConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateConnection'] = ResolversParentTypes['AffiliateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Affiliate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateEdge'] = ResolversParentTypes['AffiliateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType>;
};

export type AffiliateLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateLink'] = ResolversParentTypes['AffiliateLink']> = {
  affiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType>;
  approvedCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commissionPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owedBack?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  paidCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  pendingCommission?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  renewalCommission?: Resolver<ResolversTypes['RenewalCommission'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AffiliateLinkConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateLinkConnection'] = ResolversParentTypes['AffiliateLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliateLinkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AffiliateLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliateLinkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateLinkEdge'] = ResolversParentTypes['AffiliateLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType>;
};

export type AffiliatePortalLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliatePortalLink'] = ResolversParentTypes['AffiliatePortalLink']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commissionPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conversions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  renewalCommission?: Resolver<ResolversTypes['RenewalCommission'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AffiliatePortalLinkConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliatePortalLinkConnection'] = ResolversParentTypes['AffiliatePortalLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliatePortalLinkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AffiliatePortalLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliatePortalLinkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliatePortalLinkEdge'] = ResolversParentTypes['AffiliatePortalLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AffiliatePortalLink'], ParentType, ContextType>;
};

export type AffiliatePortalSessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliatePortalSession'] = ResolversParentTypes['AffiliatePortalSession']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AffiliateSaleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateSale'] = ResolversParentTypes['AffiliateSale']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commission?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommissionKind'], ParentType, ContextType>;
  linkCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedBack?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommissionStatus'], ParentType, ContextType>;
};

export type AffiliateSaleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateSaleConnection'] = ResolversParentTypes['AffiliateSaleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliateSaleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AffiliateSale']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliateSaleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AffiliateSaleEdge'] = ResolversParentTypes['AffiliateSaleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AffiliateSale'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CheckoutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Checkout'] = ResolversParentTypes['Checkout']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['CheckoutOrder']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CheckoutStatus'], ParentType, ContextType>;
  testMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CheckoutOrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CheckoutOrder'] = ResolversParentTypes['CheckoutOrder']> = {
  downloadLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  downloads?: Resolver<Array<ResolversTypes['OrderDownload']>, ParentType, ContextType>;
  downloadsExpireAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenses?: Resolver<Array<ResolversTypes['OrderLicense']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CheckoutSessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CheckoutSession'] = ResolversParentTypes['CheckoutSession']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommissionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Commission'] = ResolversParentTypes['Commission']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availableAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommissionKind'], ParentType, ContextType>;
  linkCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owedBack?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommissionStatus'], ParentType, ContextType>;
};

export type CommissionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommissionConnection'] = ResolversParentTypes['CommissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Commission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommissionEdge'] = ResolversParentTypes['CommissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commission'], ParentType, ContextType>;
};

export type CompletedUploadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompletedUpload'] = ResolversParentTypes['CompletedUpload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateWebhookEndpointPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateWebhookEndpointPayload'] = ResolversParentTypes['CreateWebhookEndpointPayload']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifetimeValue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerDetail'] = ResolversParentTypes['CustomerDetail']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  licenses?: Resolver<Array<ResolversTypes['LicenseRecord']>, ParentType, ContextType>;
  licensesConnection?: Resolver<ResolversTypes['LicenseRecordConnection'], ParentType, ContextType, RequireFields<CustomerDetailLicensesConnectionArgs, 'first'>>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  ordersConnection?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<CustomerDetailOrdersConnectionArgs, 'first'>>;
  subscriptions?: Resolver<Array<ResolversTypes['CustomerSubscription']>, ParentType, ContextType>;
  subscriptionsConnection?: Resolver<ResolversTypes['CustomerSubscriptionConnection'], ParentType, ContextType, RequireFields<CustomerDetailSubscriptionsConnectionArgs, 'first'>>;
};

export type CustomerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerSubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerSubscription'] = ResolversParentTypes['CustomerSubscription']> = {
  cancelAtPeriodEnd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentPeriodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentProvider?: Resolver<ResolversTypes['PaymentProvider'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerSubscriptionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SubscriptionState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerSubscriptionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerSubscriptionConnection'] = ResolversParentTypes['CustomerSubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CustomerSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerSubscriptionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerSubscriptionEdge'] = ResolversParentTypes['CustomerSubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerSubscription'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeactivateLicenseResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeactivateLicenseResult'] = ResolversParentTypes['DeactivateLicenseResult']> = {
  deactivated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['LicenseErrorCode']>, ParentType, ContextType>;
  instance?: Resolver<Maybe<ResolversTypes['LicenseInstance']>, ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['LicenseKeyDetails']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DownloadGrantRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DownloadGrantRecord'] = ResolversParentTypes['DownloadGrantRecord']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downloadLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  downloads?: Resolver<Array<ResolversTypes['DownloadLogEntry']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DownloadGrantState'], ParentType, ContextType>;
};

export type DownloadLogEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DownloadLogEntry'] = ResolversParentTypes['DownloadLogEntry']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipTruncated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmailMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessage'] = ResolversParentTypes['EmailMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preview?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmailMessageConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessageConnection'] = ResolversParentTypes['EmailMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmailMessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EmailMessage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailMessageEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessageEdge'] = ResolversParentTypes['EmailMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType>;
};

export type IncludedFileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IncludedFile'] = ResolversParentTypes['IncludedFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LicenseActivationRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseActivationRecord'] = ResolversParentTypes['LicenseActivationRecord']> = {
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseActivationRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseActivationRecordConnection'] = ResolversParentTypes['LicenseActivationRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LicenseActivationRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LicenseActivationRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseActivationRecordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseActivationRecordEdge'] = ResolversParentTypes['LicenseActivationRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LicenseActivationRecord'], ParentType, ContextType>;
};

export type LicenseCustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseCustomer'] = ResolversParentTypes['LicenseCustomer']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LicenseHistoryEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseHistoryEntry'] = ResolversParentTypes['LicenseHistoryEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LicenseEventType'], ParentType, ContextType>;
};

export type LicenseInstanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseInstance'] = ResolversParentTypes['LicenseInstance']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseKeyDetailsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseKeyDetails'] = ResolversParentTypes['LicenseKeyDetails']> = {
  activationLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activationUsage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LicenseKeyState'], ParentType, ContextType>;
};

export type LicenseProductResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseProduct'] = ResolversParentTypes['LicenseProduct']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseRecord'] = ResolversParentTypes['LicenseRecord']> = {
  activationLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activationUsage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activations?: Resolver<Array<ResolversTypes['LicenseActivationRecord']>, ParentType, ContextType>;
  activationsConnection?: Resolver<ResolversTypes['LicenseActivationRecordConnection'], ParentType, ContextType, RequireFields<LicenseRecordActivationsConnectionArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['LicenseCustomer'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['LicenseHistoryEntry']>, ParentType, ContextType, RequireFields<LicenseRecordHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['LicenseProduct'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LicenseKeyState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenseStatus'], ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseRecordConnection'] = ResolversParentTypes['LicenseRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LicenseRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LicenseRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseRecordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenseRecordEdge'] = ResolversParentTypes['LicenseRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  activateLicense?: Resolver<ResolversTypes['ActivateLicenseResult'], ParentType, ContextType, RequireFields<MutationActivateLicenseArgs, 'instanceName' | 'key'>>;
  addPreviewImage?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationAddPreviewImageArgs, 'productId' | 'uploadId'>>;
  addProductFile?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationAddProductFileArgs, 'productId' | 'uploadId'>>;
  archiveAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationArchiveAffiliateLinkArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  completeTestCheckout?: Resolver<ResolversTypes['Checkout'], ParentType, ContextType, RequireFields<MutationCompleteTestCheckoutArgs, 'email' | 'id'>>;
  completeTwoFactorSignIn?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationCompleteTwoFactorSignInArgs, 'challenge' | 'code'>>;
  completeUpload?: Resolver<ResolversTypes['CompletedUpload'], ParentType, ContextType, RequireFields<MutationCompleteUploadArgs, 'uploadId'>>;
  confirmTwoFactor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationConfirmTwoFactorArgs, 'code'>>;
  createAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationCreateAffiliateLinkArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCheckout?: Resolver<ResolversTypes['CheckoutSession'], ParentType, ContextType, RequireFields<MutationCreateCheckoutArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createUpload?: Resolver<ResolversTypes['ProductUpload'], ParentType, ContextType, RequireFields<MutationCreateUploadArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deactivateLicense?: Resolver<ResolversTypes['DeactivateLicenseResult'], ParentType, ContextType, RequireFields<MutationDeactivateLicenseArgs, 'instanceId' | 'key'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  disableTwoFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTwoFactorArgs, 'code' | 'password'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'id'>>;
  enableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationEnableWebhookEndpointArgs, 'id'>>;
  extendDownloadWindow?: Resolver<ResolversTypes['DownloadGrantRecord'], ParentType, ContextType, RequireFields<MutationExtendDownloadWindowArgs, 'days' | 'grantId'>>;
  inviteStaff?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationInviteStaffArgs, 'email' | 'name'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logoutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pauseAffiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType, RequireFields<MutationPauseAffiliateArgs, 'id'>>;
  recordAffiliateClick?: Resolver<ResolversTypes['AffiliateClickResult'], ParentType, ContextType, RequireFields<MutationRecordAffiliateClickArgs, 'input'>>;
  recordPayout?: Resolver<ResolversTypes['Payout'], ParentType, ContextType, RequireFields<MutationRecordPayoutArgs, 'input'>>;
  refundOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'id'>>;
  reinstateLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationReinstateLicenseArgs>>;
  removePreviewImage?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationRemovePreviewImageArgs, 'imageId'>>;
  removeProductFile?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationRemoveProductFileArgs, 'fileId'>>;
  removeUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveUserArgs, 'id'>>;
  reorderPreviewImages?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationReorderPreviewImagesArgs, 'ids' | 'productId'>>;
  replaceProductFile?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationReplaceProductFileArgs, 'fileId' | 'notifyBuyers' | 'uploadId'>>;
  replayWebhookDeliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveriesArgs, 'endpointId' | 'from' | 'to'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  requestAffiliateSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestAffiliateSignInArgs, 'email'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendDeliveryEmail?: Resolver<ResolversTypes['ResendDeliveryEmailResult'], ParentType, ContextType, RequireFields<MutationResendDeliveryEmailArgs, 'orderId'>>;
  resendEmail?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType, RequireFields<MutationResendEmailArgs, 'id'>>;
  resetActivations?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationResetActivationsArgs, 'id'>>;
  resetDownloadCount?: Resolver<ResolversTypes['DownloadGrantRecord'], ParentType, ContextType, RequireFields<MutationResetDownloadCountArgs, 'grantId'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  resumeAffiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType, RequireFields<MutationResumeAffiliateArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationRevokeLicenseArgs>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  sendTestWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationSendTestWebhookArgs, 'endpointId'>>;
  setActivationLimit?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationSetActivationLimitArgs, 'id'>>;
  setStaffTwoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetStaffTwoFactorRequiredArgs, 'required'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signInAffiliate?: Resolver<ResolversTypes['AffiliatePortalSession'], ParentType, ContextType, RequireFields<MutationSignInAffiliateArgs, 'token'>>;
  signOutAffiliate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startTwoFactorSetup?: Resolver<ResolversTypes['TwoFactorSetup'], ParentType, ContextType>;
  updateAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationUpdateAffiliateLinkArgs, 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'id' | 'input'>>;
  updateStoreSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationUpdateStoreSettingsArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
};

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  affiliateCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  auditLogConnection?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<OrderAuditLogConnectionArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  downloadGrants?: Resolver<Array<ResolversTypes['DownloadGrantRecord']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['EmailMessage']>, ParentType, ContextType>;
  emailsConnection?: Resolver<ResolversTypes['EmailMessageConnection'], ParentType, ContextType, RequireFields<OrderEmailsConnectionArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  licenses?: Resolver<Array<ResolversTypes['LicenseRecord']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentEvents?: Resolver<Array<ResolversTypes['PaymentEventRecord']>, ParentType, ContextType>;
  paymentEventsConnection?: Resolver<ResolversTypes['PaymentEventRecordConnection'], ParentType, ContextType, RequireFields<OrderPaymentEventsConnectionArgs, 'first'>>;
  paymentProvider?: Resolver<ResolversTypes['PaymentProvider'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerPaymentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refundedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderDownloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderDownload'] = ResolversParentTypes['OrderDownload']> = {
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = {
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productSlug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderLicenseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderLicense'] = ResolversParentTypes['OrderLicense']> = {
  activationLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentEventRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaymentEventRecord'] = ResolversParentTypes['PaymentEventRecord']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentProvider?: Resolver<ResolversTypes['PaymentProvider'], ParentType, ContextType>;
  processedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PaymentEventState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentEventRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaymentEventRecordConnection'] = ResolversParentTypes['PaymentEventRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEventRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PaymentEventRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentEventRecordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaymentEventRecordEdge'] = ResolversParentTypes['PaymentEventRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentEventRecord'], ParentType, ContextType>;
};

export type PayoutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Payout'] = ResolversParentTypes['Payout']> = {
  affiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deducted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PayoutConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PayoutConnection'] = ResolversParentTypes['PayoutConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PayoutEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Payout']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PayoutEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PayoutEdge'] = ResolversParentTypes['PayoutEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payout'], ParentType, ContextType>;
};

export type PreviewImageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PreviewImage'] = ResolversParentTypes['PreviewImage']> = {
  alt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  downloadWindowDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['IncludedFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['BillingInterval']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProductKind'], ParentType, ContextType>;
  licenseActivationLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previewImages?: Resolver<Array<ResolversTypes['PreviewImage']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  requiresLicenseKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sales?: Resolver<ResolversTypes['ProductSales'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  tagline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductSalesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductSales'] = ResolversParentTypes['ProductSales']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ProductUploadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductUpload'] = ResolversParentTypes['ProductUpload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['UploadHeader']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ProductUploadMethod'], ParentType, ContextType>;
  needsCompletion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['UploadPartTarget']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  adminProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryAdminProductArgs, 'id'>>;
  adminProducts?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryAdminProductsArgs, 'first'>>;
  affiliate?: Resolver<Maybe<ResolversTypes['Affiliate']>, ParentType, ContextType, RequireFields<QueryAffiliateArgs, 'id'>>;
  affiliateBalances?: Resolver<Array<ResolversTypes['AffiliateBalance']>, ParentType, ContextType>;
  affiliateBalancesConnection?: Resolver<ResolversTypes['AffiliateBalanceConnection'], ParentType, ContextType, RequireFields<QueryAffiliateBalancesConnectionArgs, 'first'>>;
  affiliateLink?: Resolver<Maybe<ResolversTypes['AffiliateLink']>, ParentType, ContextType, RequireFields<QueryAffiliateLinkArgs, 'code'>>;
  affiliates?: Resolver<ResolversTypes['AffiliateConnection'], ParentType, ContextType, RequireFields<QueryAffiliatesArgs, 'first'>>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  checkout?: Resolver<Maybe<ResolversTypes['Checkout']>, ParentType, ContextType, RequireFields<QueryCheckoutArgs, 'id'>>;
  commissions?: Resolver<ResolversTypes['CommissionConnection'], ParentType, ContextType, RequireFields<QueryCommissionsArgs, 'affiliateId' | 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['CustomerDetail']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  emails?: Resolver<ResolversTypes['EmailMessageConnection'], ParentType, ContextType, RequireFields<QueryEmailsArgs, 'first'>>;
  license?: Resolver<Maybe<ResolversTypes['LicenseRecord']>, ParentType, ContextType, RequireFields<QueryLicenseArgs, 'key'>>;
  licenses?: Resolver<ResolversTypes['LicenseRecordConnection'], ParentType, ContextType, RequireFields<QueryLicensesArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myAffiliateAccount?: Resolver<Maybe<ResolversTypes['AffiliateAccount']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'slug'>>;
  productDescriptionPreview?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryProductDescriptionPreviewArgs, 'markdown'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  revenue?: Resolver<ResolversTypes['RevenueReport'], ParentType, ContextType, RequireFields<QueryRevenueArgs, 'from' | 'to'>>;
  staffTwoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  validateLicense?: Resolver<ResolversTypes['ValidateLicenseResult'], ParentType, ContextType, RequireFields<QueryValidateLicenseArgs, 'key'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
  webhookEventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
};

export type ResendDeliveryEmailResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResendDeliveryEmailResult'] = ResolversParentTypes['ResendDeliveryEmailResult']> = {
  email?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type RevenueDayPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevenueDayPoint'] = ResolversParentTypes['RevenueDayPoint']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type RevenuePeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevenuePeriod'] = ResolversParentTypes['RevenuePeriod']> = {
  activeSubscriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageOrderValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyRecurringRevenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  newCustomerNet?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  newCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returningCustomerNet?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returningCustomerOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RevenueReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevenueReport'] = ResolversParentTypes['RevenueReport']> = {
  affiliates?: Resolver<Array<ResolversTypes['RevenueShare']>, ParentType, ContextType>;
  currencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['RevenuePeriod'], ParentType, ContextType>;
  daily?: Resolver<Array<ResolversTypes['RevenueDayPoint']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['RevenuePeriod'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topProducts?: Resolver<Array<ResolversTypes['RevenueShare']>, ParentType, ContextType>;
};

export type RevenueShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevenueShare'] = ResolversParentTypes['RevenueShare']> = {
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type RotateWebhookSecretPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  challenge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  challengeExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['LoginResult']>, ParentType, ContextType>;
  twoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StoreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  testMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StoreSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StoreSettings'] = ResolversParentTypes['StoreSettings']> = {
  refundWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renewalGraceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TwoFactorSetupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TwoFactorSetup'] = ResolversParentTypes['TwoFactorSetup']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UploadHeaderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UploadHeader'] = ResolversParentTypes['UploadHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UploadPartTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UploadPartTarget'] = ResolversParentTypes['UploadPartTarget']> = {
  partNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
  twoFactorEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ValidateLicenseResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ValidateLicenseResult'] = ResolversParentTypes['ValidateLicenseResult']> = {
  error?: Resolver<Maybe<ResolversTypes['LicenseErrorCode']>, ParentType, ContextType>;
  instance?: Resolver<Maybe<ResolversTypes['LicenseInstance']>, ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['LicenseKeyDetails']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptLog?: Resolver<Array<ResolversTypes['WebhookDeliveryAttempt']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domainEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDurationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WebhookDeliveryAttemptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryAttempt'] = ResolversParentTypes['WebhookDeliveryAttempt']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEndpointConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
};

export type WebhookEventTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookEventType'] = ResolversParentTypes['WebhookEventType']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  ActivateLicenseResult?: ActivateLicenseResultResolvers<ContextType>;
  Affiliate?: AffiliateResolvers<ContextType>;
  AffiliateAccount?: AffiliateAccountResolvers<ContextType>;
  AffiliateBalance?: AffiliateBalanceResolvers<ContextType>;
  AffiliateBalanceConnection?: AffiliateBalanceConnectionResolvers<ContextType>;
  AffiliateBalanceEdge?: AffiliateBalanceEdgeResolvers<ContextType>;
  AffiliateClickResult?: AffiliateClickResultResolvers<ContextType>;
  AffiliateConnection?: AffiliateConnectionResolvers<ContextType>;
  AffiliateEdge?: AffiliateEdgeResolvers<ContextType>;
  AffiliateLink?: AffiliateLinkResolvers<ContextType>;
  AffiliateLinkConnection?: AffiliateLinkConnectionResolvers<ContextType>;
  AffiliateLinkEdge?: AffiliateLinkEdgeResolvers<ContextType>;
  AffiliatePortalLink?: AffiliatePortalLinkResolvers<ContextType>;
  AffiliatePortalLinkConnection?: AffiliatePortalLinkConnectionResolvers<ContextType>;
  AffiliatePortalLinkEdge?: AffiliatePortalLinkEdgeResolvers<ContextType>;
  AffiliatePortalSession?: AffiliatePortalSessionResolvers<ContextType>;
  AffiliateSale?: AffiliateSaleResolvers<ContextType>;
  AffiliateSaleConnection?: AffiliateSaleConnectionResolvers<ContextType>;
  AffiliateSaleEdge?: AffiliateSaleEdgeResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Checkout?: CheckoutResolvers<ContextType>;
  CheckoutOrder?: CheckoutOrderResolvers<ContextType>;
  CheckoutSession?: CheckoutSessionResolvers<ContextType>;
  Commission?: CommissionResolvers<ContextType>;
  CommissionConnection?: CommissionConnectionResolvers<ContextType>;
  CommissionEdge?: CommissionEdgeResolvers<ContextType>;
  CompletedUpload?: CompletedUploadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateWebhookEndpointPayload?: CreateWebhookEndpointPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerDetail?: CustomerDetailResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerSubscription?: CustomerSubscriptionResolvers<ContextType>;
  CustomerSubscriptionConnection?: CustomerSubscriptionConnectionResolvers<ContextType>;
  CustomerSubscriptionEdge?: CustomerSubscriptionEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateLicenseResult?: DeactivateLicenseResultResolvers<ContextType>;
  DownloadGrantRecord?: DownloadGrantRecordResolvers<ContextType>;
  DownloadLogEntry?: DownloadLogEntryResolvers<ContextType>;
  EmailMessage?: EmailMessageResolvers<ContextType>;
  EmailMessageConnection?: EmailMessageConnectionResolvers<ContextType>;
  EmailMessageEdge?: EmailMessageEdgeResolvers<ContextType>;
  IncludedFile?: IncludedFileResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LicenseActivationRecord?: LicenseActivationRecordResolvers<ContextType>;
  LicenseActivationRecordConnection?: LicenseActivationRecordConnectionResolvers<ContextType>;
  LicenseActivationRecordEdge?: LicenseActivationRecordEdgeResolvers<ContextType>;
  LicenseCustomer?: LicenseCustomerResolvers<ContextType>;
  LicenseHistoryEntry?: LicenseHistoryEntryResolvers<ContextType>;
  LicenseInstance?: LicenseInstanceResolvers<ContextType>;
  LicenseKeyDetails?: LicenseKeyDetailsResolvers<ContextType>;
  LicenseProduct?: LicenseProductResolvers<ContextType>;
  LicenseRecord?: LicenseRecordResolvers<ContextType>;
  LicenseRecordConnection?: LicenseRecordConnectionResolvers<ContextType>;
  LicenseRecordEdge?: LicenseRecordEdgeResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderDownload?: OrderDownloadResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderLicense?: OrderLicenseResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentEventRecord?: PaymentEventRecordResolvers<ContextType>;
  PaymentEventRecordConnection?: PaymentEventRecordConnectionResolvers<ContextType>;
  PaymentEventRecordEdge?: PaymentEventRecordEdgeResolvers<ContextType>;
  Payout?: PayoutResolvers<ContextType>;
  PayoutConnection?: PayoutConnectionResolvers<ContextType>;
  PayoutEdge?: PayoutEdgeResolvers<ContextType>;
  PreviewImage?: PreviewImageResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductSales?: ProductSalesResolvers<ContextType>;
  ProductUpload?: ProductUploadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResendDeliveryEmailResult?: ResendDeliveryEmailResultResolvers<ContextType>;
  RevenueDayPoint?: RevenueDayPointResolvers<ContextType>;
  RevenuePeriod?: RevenuePeriodResolvers<ContextType>;
  RevenueReport?: RevenueReportResolvers<ContextType>;
  RevenueShare?: RevenueShareResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreSettings?: StoreSettingsResolvers<ContextType>;
  TwoFactorSetup?: TwoFactorSetupResolvers<ContextType>;
  UploadHeader?: UploadHeaderResolvers<ContextType>;
  UploadPartTarget?: UploadPartTargetResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValidateLicenseResult?: ValidateLicenseResultResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryAttempt?: WebhookDeliveryAttemptResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEventType?: WebhookEventTypeResolvers<ContextType>;
};

