import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductModel as ProductModelModel } from '../modules/catalog/catalog.service.ts';
import type { CheckoutModel as CheckoutModelModel, CheckoutOrderModel as CheckoutOrderModelModel } from '../modules/checkout/checkout.service.ts';
import type { Order as OrderModel } from '@shelf/db/orders';
import type { User as UserModel } from '@shelf/db/accounts';
import type { Email as EmailModel } from '@shelf/db/messaging';
import type { LicenseRecordModel as LicenseRecordModelModel } from '../modules/licensing/license-admin.service.ts';
import type { Affiliate as AffiliateModel, AffiliateLink as AffiliateLinkModel, Commission as CommissionModel, Payout as PayoutModel } from '@shelf/db/affiliates';
import type { AffiliateAccountModel as AffiliateAccountModelModel } from '../modules/affiliates/affiliate-portal.service.ts';
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
  createdAt: Scalars['DateTime']['output'];
  /** Where sign-in links and notices go; unique. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The affiliate's links, newest first; archived ones included (see `archivedAt`). */
  links: Array<AffiliateLink>;
  name: Scalars['String']['output'];
  /** Owed-back lines not yet deducted from a payout, per currency. */
  owedBack: Array<Money>;
  /** Commission settled by payouts, per currency. */
  paidCommission: Array<Money>;
  /** Recorded payouts, newest first. */
  payouts: PayoutConnection;
  /** Commission still inside the refund window, per currency. */
  pendingCommission: Array<Money>;
  status: AffiliateStatus;
};


/** Someone who earns commission on sales through their links. */
export type AffiliatePayoutsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The signed-in affiliate's own account. */
export type AffiliateAccount = {
  __typename?: 'AffiliateAccount';
  approvedCommission: Array<Money>;
  clicks: Scalars['Int']['output'];
  conversionRate: Scalars['Float']['output'];
  conversions: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  links: Array<AffiliatePortalLink>;
  name: Scalars['String']['output'];
  owedBack: Array<Money>;
  paidCommission: Array<Money>;
  pendingCommission: Array<Money>;
  /** Sales through the affiliate's links, newest first. */
  sales: AffiliateSaleConnection;
  status: AffiliateStatus;
};


/** The signed-in affiliate's own account. */
export type AffiliateAccountSalesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An affiliate's payable balance in one currency. */
export type AffiliateBalance = {
  __typename?: 'AffiliateBalance';
  affiliate: Affiliate;
  /** Approved commission not yet paid out. */
  approved: Money;
  currency: Scalars['String']['output'];
  /** Owed-back lines not yet deducted. */
  owedBack: Money;
  /** approved - owedBack: what a payout now would send (negative means the affiliate owes the store). */
  payable: Money;
};

export type AffiliateClickResult = {
  __typename?: 'AffiliateClickResult';
  /** A click was counted now (false for a repeat visit the same day, a bot, or an invalid code). */
  counted: Scalars['Boolean']['output'];
  /** The code names a live link of an active affiliate. */
  valid: Scalars['Boolean']['output'];
};

export type AffiliateConnection = {
  __typename?: 'AffiliateConnection';
  edges: Array<AffiliateEdge>;
  nodes: Array<Affiliate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AffiliateEdge = {
  __typename?: 'AffiliateEdge';
  cursor: Scalars['String']['output'];
  node: Affiliate;
};

/** A referral code that attributes purchases to an affiliate. */
export type AffiliateLink = {
  __typename?: 'AffiliateLink';
  affiliate: Affiliate;
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
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  owedBack: Array<Money>;
  paidCommission: Array<Money>;
  pendingCommission: Array<Money>;
  /** The one product this link earns on; null when it earns on the whole store. */
  product?: Maybe<Product>;
  renewalCommission: RenewalCommission;
  /** A storefront URL carrying the code: the product's page for a one-product link, else the catalog. */
  url: Scalars['String']['output'];
};

/** A link as its affiliate sees it. */
export type AffiliatePortalLink = {
  __typename?: 'AffiliatePortalLink';
  archived: Scalars['Boolean']['output'];
  clicks: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  commissionPercent: Scalars['Int']['output'];
  /** conversions / clicks, 0 to 1; 0 without clicks. */
  conversionRate: Scalars['Float']['output'];
  conversions: Scalars['Int']['output'];
  /** The product's name for a one-product link; null for the whole store. */
  productName?: Maybe<Scalars['String']['output']>;
  renewalCommission: RenewalCommission;
  url: Scalars['String']['output'];
};

export type AffiliatePortalSession = {
  __typename?: 'AffiliatePortalSession';
  expiresAt: Scalars['DateTime']['output'];
  /** The bearer token for the portal; send it as `Authorization: Bearer ...`. */
  token: Scalars['String']['output'];
};

/** One sale as the affiliate sees it: no buyer details. */
export type AffiliateSale = {
  __typename?: 'AffiliateSale';
  /** The payment's net the commission was computed from. */
  amount: Money;
  commission: Money;
  date: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CommissionKind;
  linkCode: Scalars['String']['output'];
  owedBack: Money;
  productNames: Array<Scalars['String']['output']>;
  status: CommissionStatus;
};

export type AffiliateSaleConnection = {
  __typename?: 'AffiliateSaleConnection';
  edges: Array<AffiliateSaleEdge>;
  nodes: Array<AffiliateSale>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AffiliateSaleEdge = {
  __typename?: 'AffiliateSaleEdge';
  cursor: Scalars['String']['output'];
  node: AffiliateSale;
};

/** Whether an affiliate's links earn commission. */
export type AffiliateStatus =
  /** Links earn commission. */
  | 'ACTIVE'
  /** The creator paused the affiliate: links still work for shoppers but earn nothing until resumed. */
  | 'PAUSED';

export type BillingInterval =
  | 'MONTH'
  | 'YEAR';

export type Checkout = {
  __typename?: 'Checkout';
  amount: Money;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Set once the order is paid. */
  order?: Maybe<CheckoutOrder>;
  product: Product;
  status: CheckoutStatus;
  testMode: Scalars['Boolean']['output'];
};

export type CheckoutOrder = {
  __typename?: 'CheckoutOrder';
  downloadLimit?: Maybe<Scalars['Int']['output']>;
  downloads: Array<OrderDownload>;
  downloadsExpireAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  licenses: Array<OrderLicense>;
  number: Scalars['Int']['output'];
  status: OrderStatus;
  tax: Money;
  total: Money;
};

export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** The provider's session id (Stripe cs_..., or test_cs_... in test mode). */
  id: Scalars['ID']['output'];
  /** Where to send the shopper to pay. */
  url: Scalars['String']['output'];
};

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
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the commission becomes payable (the end of the refund window). */
  availableAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CommissionKind;
  /** The link's code at the time of the sale. */
  linkCode: Scalars['String']['output'];
  /** The payment's net (after discount, before tax) the amount was computed from; refunds lower the amount (before approval) or add owed back (after), never this. */
  net: Money;
  /** The order's number. */
  orderNumber: Scalars['Int']['output'];
  /** Owed back after approval because of refunds. */
  owedBack: Money;
  percent: Scalars['Int']['output'];
  /** The products bought, by name. */
  productNames: Array<Scalars['String']['output']>;
  status: CommissionStatus;
};

export type CommissionConnection = {
  __typename?: 'CommissionConnection';
  edges: Array<CommissionEdge>;
  nodes: Array<Commission>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommissionEdge = {
  __typename?: 'CommissionEdge';
  cursor: Scalars['String']['output'];
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
  renewalCommission?: InputMaybe<RenewalCommission>;
};

export type CreateCheckoutInput = {
  /** An affiliate link code; unknown codes are ignored. */
  affiliateCode?: InputMaybe<Scalars['String']['input']>;
  /** Prefills the payment page. */
  email?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
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

/** An email the store sent or is sending. In the dev outbox (no RESEND_API_KEY) this is where emails are read. */
export type EmailMessage = {
  __typename?: 'EmailMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  orderNumber?: Maybe<Scalars['Int']['output']>;
  providerMessageId?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: EmailStatus;
  subject: Scalars['String']['output'];
  template: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type EmailMessageConnection = {
  __typename?: 'EmailMessageConnection';
  edges: Array<EmailMessageEdge>;
  nodes: Array<EmailMessage>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailMessageEdge = {
  __typename?: 'EmailMessageEdge';
  cursor: Scalars['String']['output'];
  node: EmailMessage;
};

export type EmailStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/**
 * Every code an error from this API carries in `extensions.code`; clients branch on the code, never on the
 * message. Most are expected outcomes of the store's rules; GRAPHQL_*, OPERATION_RESOLUTION_FAILURE and
 * PERSISTED_QUERY_* are GraphQL's own request errors, passed through unchanged; anything unexpected is
 * INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  /** The HTTP request itself is unusable: not JSON, too large, or not a GraphQL request. */
  | 'BAD_REQUEST'
  /** The input is invalid: a malformed value, or a variable that does not fit its type. `extensions.field` names the field when there is one. */
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
  /** Something unexpected failed on the server. The real error is logged with the request id; the message is generic. */
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
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
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
  /** Every instance ever activated: active ones first, then deactivated ones, newest first within each. */
  activations: Array<LicenseActivationRecord>;
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

export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends however busy; it ends earlier after 12 hours unused. */
  expiresAt: Scalars['DateTime']['output'];
  /** Send as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
  user: User;
};

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  /** Minor units: 4900 is $49.00. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 code, lower case (usd). */
  currency: Scalars['String']['output'];
  /** Formatted for display, e.g. $49.00. */
  formatted: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Activates the key on a named instance within its activation limit. Activating a name that is already
   * active returns that instance or takes another seat, as the product's re-activation setting says.
   */
  activateLicense: ActivateLicenseResult;
  /** Creator only: stops a link from earning; its history stays. Archiving twice changes nothing. */
  archiveAffiliateLink: AffiliateLink;
  /** Changes the signed-in user's password (12 to 256 characters) and ends their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Test mode only: pays a test checkout, fulfilling it through the same path as a Stripe webhook. */
  completeTestCheckout: Checkout;
  /** The second step of signIn: the challenge and a 6-digit code from the app or a recovery code. A code works once. */
  completeTwoFactorSignIn: LoginResult;
  /** Turns two-factor sign-in on with a code from the app. Returns 10 single-use recovery codes, shown only now. */
  confirmTwoFactor: Array<Scalars['String']['output']>;
  /** Creator only: creates a link (and its affiliate, for a new email). */
  createAffiliateLink: AffiliateLink;
  createCheckout: CheckoutSession;
  /** Deactivates one instance of the key and frees its seat. */
  deactivateLicense: DeactivateLicenseResult;
  /** Turns two-factor sign-in off, with the password and a code from the app (or a recovery code). */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** Adds a staff member and emails them a link to choose their password. Owner only. */
  inviteStaff: User;
  /** Password sign-in to a session. A user with two-factor sign-in is refused with UNAUTHENTICATED and extensions.reason TWO_FACTOR_REQUIRED: use signIn. */
  login: LoginResult;
  /** Ends the session of this request. */
  logout: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in user, this one included. Returns how many ended. */
  logoutEverywhere: Scalars['Int']['output'];
  /** Creator only: the affiliate's links stop earning until resumed. */
  pauseAffiliate: Affiliate;
  /**
   * Counts a visit through `?ref=CODE` (the storefront calls this; any site may). One click per visitor per
   * link per day; obvious bots are not counted. `valid` says whether the code names a link that earns, so the
   * caller remembers only valid codes (the last valid click wins).
   */
  recordAffiliateClick: AffiliateClickResult;
  /** Creator only (owner): records money sent to an affiliate; it settles approved commission oldest first and deducts open owed-back lines. */
  recordPayout: Payout;
  /**
   * Creator only (licenses:write): switches a revoked or disabled key back on, named by `id` or `key`
   * (exactly one). A key whose order was refunded or disputed, or whose expiry has passed, still does not
   * work (see `state`).
   */
  reinstateLicense: LicenseRecord;
  /** Removes a staff member and ends their sessions. Owner only; the owner cannot be removed. */
  removeUser: Scalars['Boolean']['output'];
  /**
   * Emails a single-use sign-in link (valid 15 minutes) to an affiliate. Always true, whether or not the
   * email belongs to an affiliate, so it reveals nothing; rate-limited by address and by email.
   */
  requestAffiliateSignIn: Scalars['Boolean']['output'];
  /** Emails a password reset link to this address if it belongs to a dashboard user; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Creator only: queue a failed (or still queued) email again. */
  resendEmail: EmailMessage;
  /** Creator only (licenses:write): deactivates every active instance of a key, freeing all its seats. */
  resetActivations: LicenseRecord;
  /** Sets a new password with the token of a reset (or invitation) link, once; ends every session of that user. */
  resetPassword: Scalars['Boolean']['output'];
  resumeAffiliate: Affiliate;
  /**
   * Creator only (licenses:write): revokes a key, named by `id` or `key` (exactly one). Validation answers
   * invalid at once; existing instances stay listed. Revoking a revoked key changes nothing.
   */
  revokeLicense: LicenseRecord;
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
  /** Creator only: changes a link's code, percent, product or renewal setting; past commissions keep theirs. */
  updateAffiliateLink: AffiliateLink;
  /** Creator only. */
  updateStoreSettings: StoreSettings;
};


export type MutationActivateLicenseArgs = {
  instanceName: Scalars['String']['input'];
  key: Scalars['String']['input'];
};


export type MutationArchiveAffiliateLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteTestCheckoutArgs = {
  email: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCompleteTwoFactorSignInArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationConfirmTwoFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAffiliateLinkArgs = {
  input: CreateAffiliateLinkInput;
};


export type MutationCreateCheckoutArgs = {
  input: CreateCheckoutInput;
};


export type MutationDeactivateLicenseArgs = {
  instanceId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};


export type MutationDisableTwoFactorArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationInviteStaffArgs = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPauseAffiliateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAffiliateClickArgs = {
  input: RecordAffiliateClickInput;
};


export type MutationRecordPayoutArgs = {
  input: RecordPayoutInput;
};


export type MutationReinstateLicenseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestAffiliateSignInArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendEmailArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetActivationsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResumeAffiliateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeLicenseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetActivationLimitArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetStaffTwoFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignInAffiliateArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateAffiliateLinkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAffiliateLinkInput;
};


export type MutationUpdateStoreSettingsArgs = {
  input: UpdateStoreSettingsInput;
};

export type Order = {
  __typename?: 'Order';
  affiliateCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customerName?: Maybe<Scalars['String']['output']>;
  discount: Money;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  items: Array<OrderItem>;
  /** Paid after discount and before tax: the amount revenue and commission use. */
  net: Money;
  number: Scalars['Int']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  provider: Scalars['String']['output'];
  refunded: Money;
  status: OrderStatus;
  subtotal: Money;
  tax: Money;
  total: Money;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  nodes: Array<Order>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderDownload = {
  __typename?: 'OrderDownload';
  filename: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** The download page for this purchase; opening it does not use a download. */
  url: Scalars['String']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderItem = {
  __typename?: 'OrderItem';
  productName: Scalars['String']['output'];
  productSlug?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  unitPrice: Money;
};

export type OrderLicense = {
  __typename?: 'OrderLicense';
  activationLimit?: Maybe<Scalars['Int']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  key: Scalars['String']['output'];
  productName: Scalars['String']['output'];
};

export type OrderStatus =
  | 'CANCELED'
  | 'DISPUTED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING'
  | 'REFUNDED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Money sent to an affiliate, recorded by the creator. */
export type Payout = {
  __typename?: 'Payout';
  affiliate: Affiliate;
  /** What was sent: settled commission minus deducted owed back. */
  amount: Money;
  /** Owed-back lines this payout deducted. */
  deducted: Money;
  id: Scalars['ID']['output'];
  /** How it was sent, e.g. bank transfer or PayPal. */
  method: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  paidAt: Scalars['DateTime']['output'];
  /** The transfer's reference, if any. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Approved commission this payout settled. */
  settled: Money;
};

export type PayoutConnection = {
  __typename?: 'PayoutConnection';
  edges: Array<PayoutEdge>;
  nodes: Array<Payout>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PayoutEdge = {
  __typename?: 'PayoutEdge';
  cursor: Scalars['String']['output'];
  node: Payout;
};

export type PreviewImage = {
  __typename?: 'PreviewImage';
  alt: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

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
  files: Array<IncludedFile>;
  id: Scalars['ID']['output'];
  /** Billing interval for subscriptions; null for one-time products. */
  interval?: Maybe<BillingInterval>;
  kind: ProductKind;
  /** How many devices one license key activates; null means unlimited. */
  licenseActivationLimit?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  previewImages: Array<PreviewImage>;
  price: Money;
  requiresLicenseKey: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  tagline: Scalars['String']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductKind =
  | 'ONE_TIME'
  | 'SUBSCRIPTION';

export type Query = {
  __typename?: 'Query';
  /** Creator only: one affiliate by id; null when there is none. */
  affiliate?: Maybe<Affiliate>;
  /** Creator only: every affiliate's balance with something approved or owed back, per currency, for paying out. */
  affiliateBalances: Array<AffiliateBalance>;
  /** Creator only: a link by its code, whatever its case; null when there is none. */
  affiliateLink?: Maybe<AffiliateLink>;
  /** Creator only: affiliates, newest first, optionally only those with one status. */
  affiliates: AffiliateConnection;
  /** A checkout by its session id, for the success page. The id is the secret. */
  checkout?: Maybe<Checkout>;
  /** Creator only: one affiliate's commissions, newest first. */
  commissions: CommissionConnection;
  /** Creator only: emails, newest first, optionally only those with one status (FAILED to see what needs attention). */
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
  /** Creator only: orders, newest first; status narrows to one state (PAID for sales, PENDING for abandoned checkouts). */
  orders: OrderConnection;
  /** A published product by its slug; null when there is none. */
  product?: Maybe<Product>;
  /** Published products in the creator's order. first is 1 to 100. */
  products: ProductConnection;
  /** Whether staff must set up two-factor sign-in before doing anything else. Owner only. */
  staffTwoFactorRequired: Scalars['Boolean']['output'];
  /** The store's public name and mode, for page titles and the test-mode banner. */
  store: Store;
  /** Creator only. */
  storeSettings: StoreSettings;
  /** Everyone who may sign in to the dashboard, the owner first. Owner only. */
  users: Array<User>;
  /**
   * Checks a key and, when `instanceId` is given, that instance. Public: the key is the credential.
   * Failed lookups count against the caller's address (30 a minute, then RATE_LIMITED).
   */
  validateLicense: ValidateLicenseResult;
};


export type QueryAffiliateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAffiliateLinkArgs = {
  code: Scalars['String']['input'];
};


export type QueryAffiliatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AffiliateStatus>;
};


export type QueryCheckoutArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommissionsArgs = {
  affiliateId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommissionStatus>;
};


export type QueryEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmailStatus>;
};


export type QueryLicenseArgs = {
  key: Scalars['String']['input'];
};


export type QueryLicensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LicenseStatus>;
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryProductArgs = {
  slug: Scalars['String']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryValidateLicenseArgs = {
  instanceId?: InputMaybe<Scalars['ID']['input']>;
  key: Scalars['String']['input'];
};

export type RecordAffiliateClickInput = {
  code: Scalars['String']['input'];
  /** The path the visitor landed on, e.g. /products/aurora-figma-ui-kit. */
  landingPath?: InputMaybe<Scalars['String']['input']>;
  /** The Referer the visitor came from, if any. */
  referrer?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPayoutInput = {
  affiliateId: Scalars['ID']['input'];
  /** What was sent, in minor units of `currency`; at most the affiliate's payable balance. */
  amount: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
  /** How it was sent, e.g. bank transfer or PayPal (1 to 50 characters). */
  method: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Which payments of a subscription bought through a link earn commission. */
export type RenewalCommission =
  /** The first payment and every renewal payment. */
  | 'EVERY_PAYMENT'
  /** Only the first payment (the purchase itself). */
  | 'FIRST_PAYMENT';

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

export type Store = {
  __typename?: 'Store';
  name: Scalars['String']['output'];
  /** True when payments go through the built-in test provider instead of Stripe. */
  testMode: Scalars['Boolean']['output'];
};

export type StoreSettings = {
  __typename?: 'StoreSettings';
  /** Days after a purchase during which refunds are expected; affiliate commission becomes payable after it. */
  refundWindowDays: Scalars['Int']['output'];
  /** Days a subscriber whose renewal payment failed keeps access after the paid period ends, while the payment is retried; afterwards access pauses until a renewal is paid. 0 to 30. */
  renewalGraceDays: Scalars['Int']['output'];
  storeName: Scalars['String']['output'];
  supportEmail?: Maybe<Scalars['String']['output']>;
  /** Stripe Tax: automatic tax at checkout and tax ID collection. Tax is recorded apart from the net amount. */
  taxEnabled: Scalars['Boolean']['output'];
};

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
  code?: InputMaybe<Scalars['String']['input']>;
  commissionPercent?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  renewalCommission?: InputMaybe<RenewalCommission>;
};

export type UpdateStoreSettingsInput = {
  refundWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days of access after a paid period ends while a failed renewal payment is retried: 0 to 30. */
  renewalGraceDays?: InputMaybe<Scalars['Int']['input']>;
  storeName?: InputMaybe<Scalars['String']['input']>;
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  taxEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Someone who signs in to the dashboard. */
export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: UserRole;
  /** Whether signing in asks for a code from an authenticator app as well as the password. */
  twoFactorEnabled: Scalars['Boolean']['output'];
};

/** What a dashboard user may do: the owner everything, staff everything but users, API keys, payouts and settings. */
export type UserRole =
  | 'OWNER'
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
  AffiliateClickResult: ResolverTypeWrapper<AffiliateClickResult>;
  AffiliateConnection: ResolverTypeWrapper<Omit<AffiliateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AffiliateEdge']>, nodes: Array<ResolversTypes['Affiliate']> }>;
  AffiliateEdge: ResolverTypeWrapper<Omit<AffiliateEdge, 'node'> & { node: ResolversTypes['Affiliate'] }>;
  AffiliateLink: ResolverTypeWrapper<AffiliateLinkModel>;
  AffiliatePortalLink: ResolverTypeWrapper<AffiliatePortalLink>;
  AffiliatePortalSession: ResolverTypeWrapper<AffiliatePortalSession>;
  AffiliateSale: ResolverTypeWrapper<AffiliateSale>;
  AffiliateSaleConnection: ResolverTypeWrapper<AffiliateSaleConnection>;
  AffiliateSaleEdge: ResolverTypeWrapper<AffiliateSaleEdge>;
  AffiliateStatus: AffiliateStatus;
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
  CreateAffiliateLinkInput: CreateAffiliateLinkInput;
  CreateCheckoutInput: CreateCheckoutInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateLicenseResult: ResolverTypeWrapper<DeactivateLicenseResult>;
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
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrderEdge']>, nodes: Array<ResolversTypes['Order']> }>;
  OrderDownload: ResolverTypeWrapper<OrderDownload>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderItem: ResolverTypeWrapper<OrderItem>;
  OrderLicense: ResolverTypeWrapper<OrderLicense>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payout: ResolverTypeWrapper<PayoutModel>;
  PayoutConnection: ResolverTypeWrapper<Omit<PayoutConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PayoutEdge']>, nodes: Array<ResolversTypes['Payout']> }>;
  PayoutEdge: ResolverTypeWrapper<Omit<PayoutEdge, 'node'> & { node: ResolversTypes['Payout'] }>;
  PreviewImage: ResolverTypeWrapper<PreviewImage>;
  Product: ResolverTypeWrapper<ProductModelModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductKind: ProductKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAffiliateClickInput: RecordAffiliateClickInput;
  RecordPayoutInput: RecordPayoutInput;
  RenewalCommission: RenewalCommission;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'session'> & { session?: Maybe<ResolversTypes['LoginResult']> }>;
  Store: ResolverTypeWrapper<Store>;
  StoreSettings: ResolverTypeWrapper<StoreSettings>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TwoFactorSetup: ResolverTypeWrapper<TwoFactorSetup>;
  UpdateAffiliateLinkInput: UpdateAffiliateLinkInput;
  UpdateStoreSettingsInput: UpdateStoreSettingsInput;
  User: ResolverTypeWrapper<UserModel>;
  UserRole: UserRole;
  ValidateLicenseResult: ResolverTypeWrapper<ValidateLicenseResult>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateLicenseResult: ActivateLicenseResult;
  Affiliate: AffiliateModel;
  AffiliateAccount: AffiliateAccountModelModel;
  AffiliateBalance: Omit<AffiliateBalance, 'affiliate'> & { affiliate: ResolversParentTypes['Affiliate'] };
  AffiliateClickResult: AffiliateClickResult;
  AffiliateConnection: Omit<AffiliateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AffiliateEdge']>, nodes: Array<ResolversParentTypes['Affiliate']> };
  AffiliateEdge: Omit<AffiliateEdge, 'node'> & { node: ResolversParentTypes['Affiliate'] };
  AffiliateLink: AffiliateLinkModel;
  AffiliatePortalLink: AffiliatePortalLink;
  AffiliatePortalSession: AffiliatePortalSession;
  AffiliateSale: AffiliateSale;
  AffiliateSaleConnection: AffiliateSaleConnection;
  AffiliateSaleEdge: AffiliateSaleEdge;
  Boolean: Scalars['Boolean']['output'];
  Checkout: CheckoutModelModel;
  CheckoutOrder: CheckoutOrderModelModel;
  CheckoutSession: CheckoutSession;
  Commission: CommissionModel;
  CommissionConnection: Omit<CommissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommissionEdge']>, nodes: Array<ResolversParentTypes['Commission']> };
  CommissionEdge: Omit<CommissionEdge, 'node'> & { node: ResolversParentTypes['Commission'] };
  CreateAffiliateLinkInput: CreateAffiliateLinkInput;
  CreateCheckoutInput: CreateCheckoutInput;
  DateTime: Scalars['DateTime']['output'];
  DeactivateLicenseResult: DeactivateLicenseResult;
  EmailMessage: EmailModel;
  EmailMessageConnection: Omit<EmailMessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmailMessageEdge']>, nodes: Array<ResolversParentTypes['EmailMessage']> };
  EmailMessageEdge: Omit<EmailMessageEdge, 'node'> & { node: ResolversParentTypes['EmailMessage'] };
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IncludedFile: IncludedFile;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LicenseActivationRecord: LicenseActivationRecord;
  LicenseCustomer: LicenseCustomer;
  LicenseHistoryEntry: LicenseHistoryEntry;
  LicenseInstance: LicenseInstance;
  LicenseKeyDetails: LicenseKeyDetails;
  LicenseProduct: LicenseProduct;
  LicenseRecord: LicenseRecordModelModel;
  LicenseRecordConnection: Omit<LicenseRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LicenseRecordEdge']>, nodes: Array<ResolversParentTypes['LicenseRecord']> };
  LicenseRecordEdge: Omit<LicenseRecordEdge, 'node'> & { node: ResolversParentTypes['LicenseRecord'] };
  LoginResult: Omit<LoginResult, 'user'> & { user: ResolversParentTypes['User'] };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrderEdge']>, nodes: Array<ResolversParentTypes['Order']> };
  OrderDownload: OrderDownload;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderItem: OrderItem;
  OrderLicense: OrderLicense;
  PageInfo: PageInfo;
  Payout: PayoutModel;
  PayoutConnection: Omit<PayoutConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PayoutEdge']>, nodes: Array<ResolversParentTypes['Payout']> };
  PayoutEdge: Omit<PayoutEdge, 'node'> & { node: ResolversParentTypes['Payout'] };
  PreviewImage: PreviewImage;
  Product: ProductModelModel;
  ProductConnection: Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  Query: Record<PropertyKey, never>;
  RecordAffiliateClickInput: RecordAffiliateClickInput;
  RecordPayoutInput: RecordPayoutInput;
  SignInResult: Omit<SignInResult, 'session'> & { session?: Maybe<ResolversParentTypes['LoginResult']> };
  Store: Store;
  StoreSettings: StoreSettings;
  String: Scalars['String']['output'];
  TwoFactorSetup: TwoFactorSetup;
  UpdateAffiliateLinkInput: UpdateAffiliateLinkInput;
  UpdateStoreSettingsInput: UpdateStoreSettingsInput;
  User: UserModel;
  ValidateLicenseResult: ValidateLicenseResult;
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

export type EmailMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessage'] = ResolversParentTypes['EmailMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  activateLicense?: Resolver<ResolversTypes['ActivateLicenseResult'], ParentType, ContextType, RequireFields<MutationActivateLicenseArgs, 'instanceName' | 'key'>>;
  archiveAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationArchiveAffiliateLinkArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  completeTestCheckout?: Resolver<ResolversTypes['Checkout'], ParentType, ContextType, RequireFields<MutationCompleteTestCheckoutArgs, 'email' | 'id'>>;
  completeTwoFactorSignIn?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationCompleteTwoFactorSignInArgs, 'challenge' | 'code'>>;
  confirmTwoFactor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationConfirmTwoFactorArgs, 'code'>>;
  createAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationCreateAffiliateLinkArgs, 'input'>>;
  createCheckout?: Resolver<ResolversTypes['CheckoutSession'], ParentType, ContextType, RequireFields<MutationCreateCheckoutArgs, 'input'>>;
  deactivateLicense?: Resolver<ResolversTypes['DeactivateLicenseResult'], ParentType, ContextType, RequireFields<MutationDeactivateLicenseArgs, 'instanceId' | 'key'>>;
  disableTwoFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTwoFactorArgs, 'code' | 'password'>>;
  inviteStaff?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationInviteStaffArgs, 'email' | 'name'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logoutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pauseAffiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType, RequireFields<MutationPauseAffiliateArgs, 'id'>>;
  recordAffiliateClick?: Resolver<ResolversTypes['AffiliateClickResult'], ParentType, ContextType, RequireFields<MutationRecordAffiliateClickArgs, 'input'>>;
  recordPayout?: Resolver<ResolversTypes['Payout'], ParentType, ContextType, RequireFields<MutationRecordPayoutArgs, 'input'>>;
  reinstateLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationReinstateLicenseArgs>>;
  removeUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveUserArgs, 'id'>>;
  requestAffiliateSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestAffiliateSignInArgs, 'email'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendEmail?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType, RequireFields<MutationResendEmailArgs, 'id'>>;
  resetActivations?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationResetActivationsArgs, 'id'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  resumeAffiliate?: Resolver<ResolversTypes['Affiliate'], ParentType, ContextType, RequireFields<MutationResumeAffiliateArgs, 'id'>>;
  revokeLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationRevokeLicenseArgs>>;
  setActivationLimit?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationSetActivationLimitArgs, 'id'>>;
  setStaffTwoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetStaffTwoFactorRequiredArgs, 'required'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signInAffiliate?: Resolver<ResolversTypes['AffiliatePortalSession'], ParentType, ContextType, RequireFields<MutationSignInAffiliateArgs, 'token'>>;
  signOutAffiliate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startTwoFactorSetup?: Resolver<ResolversTypes['TwoFactorSetup'], ParentType, ContextType>;
  updateAffiliateLink?: Resolver<ResolversTypes['AffiliateLink'], ParentType, ContextType, RequireFields<MutationUpdateAffiliateLinkArgs, 'id' | 'input'>>;
  updateStoreSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationUpdateStoreSettingsArgs, 'input'>>;
};

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  affiliateCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = {
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
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  affiliate?: Resolver<Maybe<ResolversTypes['Affiliate']>, ParentType, ContextType, RequireFields<QueryAffiliateArgs, 'id'>>;
  affiliateBalances?: Resolver<Array<ResolversTypes['AffiliateBalance']>, ParentType, ContextType>;
  affiliateLink?: Resolver<Maybe<ResolversTypes['AffiliateLink']>, ParentType, ContextType, RequireFields<QueryAffiliateLinkArgs, 'code'>>;
  affiliates?: Resolver<ResolversTypes['AffiliateConnection'], ParentType, ContextType, RequireFields<QueryAffiliatesArgs, 'first'>>;
  checkout?: Resolver<Maybe<ResolversTypes['Checkout']>, ParentType, ContextType, RequireFields<QueryCheckoutArgs, 'id'>>;
  commissions?: Resolver<ResolversTypes['CommissionConnection'], ParentType, ContextType, RequireFields<QueryCommissionsArgs, 'affiliateId' | 'first'>>;
  emails?: Resolver<ResolversTypes['EmailMessageConnection'], ParentType, ContextType, RequireFields<QueryEmailsArgs, 'first'>>;
  license?: Resolver<Maybe<ResolversTypes['LicenseRecord']>, ParentType, ContextType, RequireFields<QueryLicenseArgs, 'key'>>;
  licenses?: Resolver<ResolversTypes['LicenseRecordConnection'], ParentType, ContextType, RequireFields<QueryLicensesArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myAffiliateAccount?: Resolver<Maybe<ResolversTypes['AffiliateAccount']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'slug'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  staffTwoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  validateLicense?: Resolver<ResolversTypes['ValidateLicenseResult'], ParentType, ContextType, RequireFields<QueryValidateLicenseArgs, 'key'>>;
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

export type Resolvers<ContextType = RequestContext> = {
  ActivateLicenseResult?: ActivateLicenseResultResolvers<ContextType>;
  Affiliate?: AffiliateResolvers<ContextType>;
  AffiliateAccount?: AffiliateAccountResolvers<ContextType>;
  AffiliateBalance?: AffiliateBalanceResolvers<ContextType>;
  AffiliateClickResult?: AffiliateClickResultResolvers<ContextType>;
  AffiliateConnection?: AffiliateConnectionResolvers<ContextType>;
  AffiliateEdge?: AffiliateEdgeResolvers<ContextType>;
  AffiliateLink?: AffiliateLinkResolvers<ContextType>;
  AffiliatePortalLink?: AffiliatePortalLinkResolvers<ContextType>;
  AffiliatePortalSession?: AffiliatePortalSessionResolvers<ContextType>;
  AffiliateSale?: AffiliateSaleResolvers<ContextType>;
  AffiliateSaleConnection?: AffiliateSaleConnectionResolvers<ContextType>;
  AffiliateSaleEdge?: AffiliateSaleEdgeResolvers<ContextType>;
  Checkout?: CheckoutResolvers<ContextType>;
  CheckoutOrder?: CheckoutOrderResolvers<ContextType>;
  CheckoutSession?: CheckoutSessionResolvers<ContextType>;
  Commission?: CommissionResolvers<ContextType>;
  CommissionConnection?: CommissionConnectionResolvers<ContextType>;
  CommissionEdge?: CommissionEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateLicenseResult?: DeactivateLicenseResultResolvers<ContextType>;
  EmailMessage?: EmailMessageResolvers<ContextType>;
  EmailMessageConnection?: EmailMessageConnectionResolvers<ContextType>;
  EmailMessageEdge?: EmailMessageEdgeResolvers<ContextType>;
  IncludedFile?: IncludedFileResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LicenseActivationRecord?: LicenseActivationRecordResolvers<ContextType>;
  LicenseCustomer?: LicenseCustomerResolvers<ContextType>;
  LicenseHistoryEntry?: LicenseHistoryEntryResolvers<ContextType>;
  LicenseInstance?: LicenseInstanceResolvers<ContextType>;
  LicenseKeyDetails?: LicenseKeyDetailsResolvers<ContextType>;
  LicenseProduct?: LicenseProductResolvers<ContextType>;
  LicenseRecord?: LicenseRecordResolvers<ContextType>;
  LicenseRecordConnection?: LicenseRecordConnectionResolvers<ContextType>;
  LicenseRecordEdge?: LicenseRecordEdgeResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderDownload?: OrderDownloadResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderLicense?: OrderLicenseResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payout?: PayoutResolvers<ContextType>;
  PayoutConnection?: PayoutConnectionResolvers<ContextType>;
  PayoutEdge?: PayoutEdgeResolvers<ContextType>;
  PreviewImage?: PreviewImageResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreSettings?: StoreSettingsResolvers<ContextType>;
  TwoFactorSetup?: TwoFactorSetupResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValidateLicenseResult?: ValidateLicenseResultResolvers<ContextType>;
};

