import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductModel as ProductModelModel } from '../modules/catalog/catalog.service.ts';
import type { CheckoutModel as CheckoutModelModel, CheckoutOrderModel as CheckoutOrderModelModel } from '../modules/checkout/checkout.service.ts';
import type { Order as OrderModel } from '@shelf/db/orders';
import type { User as UserModel } from '@shelf/db/accounts';
import type { Email as EmailModel } from '@shelf/db/messaging';
import type { LicenseRecordModel as LicenseRecordModelModel } from '../modules/licensing/license-admin.service.ts';
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
  /** The operation asks for an expensive field more often than one operation may (login once, createCheckout 3 times, checkout 5 times), counting aliases and fragments. `extensions.field` names it and `extensions.max` the limit. Nothing ran; send separate requests. */
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
  /** Test mode only: pays a test checkout, fulfilling it through the same path as a Stripe webhook. */
  completeTestCheckout: Checkout;
  createCheckout: CheckoutSession;
  /** Deactivates one instance of the key and frees its seat. */
  deactivateLicense: DeactivateLicenseResult;
  login: LoginResult;
  logout: Scalars['Boolean']['output'];
  /**
   * Creator only (licenses:write): switches a revoked or disabled key back on, named by `id` or `key`
   * (exactly one). A key whose order was refunded or disputed, or whose expiry has passed, still does not
   * work (see `state`).
   */
  reinstateLicense: LicenseRecord;
  /** Creator only: queue a failed (or still queued) email again. */
  resendEmail: EmailMessage;
  /** Creator only (licenses:write): deactivates every active instance of a key, freeing all its seats. */
  resetActivations: LicenseRecord;
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
  /** Creator only. */
  updateStoreSettings: StoreSettings;
};


export type MutationActivateLicenseArgs = {
  instanceName: Scalars['String']['input'];
  key: Scalars['String']['input'];
};


export type MutationCompleteTestCheckoutArgs = {
  email: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateCheckoutArgs = {
  input: CreateCheckoutInput;
};


export type MutationDeactivateLicenseArgs = {
  instanceId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationReinstateLicenseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResendEmailArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetActivationsArgs = {
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
  /** A checkout by its session id, for the success page. The id is the secret. */
  checkout?: Maybe<Checkout>;
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
  /** Creator only: orders, newest first; status narrows to one state (PAID for sales, PENDING for abandoned checkouts). */
  orders: OrderConnection;
  /** A published product by its slug; null when there is none. */
  product?: Maybe<Product>;
  /** Published products in the creator's order. first is 1 to 100. */
  products: ProductConnection;
  /** The store's public name and mode, for page titles and the test-mode banner. */
  store: Store;
  /** Creator only. */
  storeSettings: StoreSettings;
  /**
   * Checks a key and, when `instanceId` is given, that instance. Public: the key is the credential.
   * Failed lookups count against the caller's address (30 a minute, then RATE_LIMITED).
   */
  validateLicense: ValidateLicenseResult;
};


export type QueryCheckoutArgs = {
  id: Scalars['ID']['input'];
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

export type UpdateStoreSettingsInput = {
  refundWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days of access after a paid period ends while a failed renewal payment is retried: 0 to 30. */
  renewalGraceDays?: InputMaybe<Scalars['Int']['input']>;
  storeName?: InputMaybe<Scalars['String']['input']>;
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  taxEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: UserRole;
};

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
  BillingInterval: BillingInterval;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Checkout: ResolverTypeWrapper<CheckoutModelModel>;
  CheckoutOrder: ResolverTypeWrapper<CheckoutOrderModelModel>;
  CheckoutSession: ResolverTypeWrapper<CheckoutSession>;
  CheckoutStatus: CheckoutStatus;
  CreateCheckoutInput: CreateCheckoutInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateLicenseResult: ResolverTypeWrapper<DeactivateLicenseResult>;
  EmailMessage: ResolverTypeWrapper<EmailModel>;
  EmailMessageConnection: ResolverTypeWrapper<Omit<EmailMessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmailMessageEdge']>, nodes: Array<ResolversTypes['EmailMessage']> }>;
  EmailMessageEdge: ResolverTypeWrapper<Omit<EmailMessageEdge, 'node'> & { node: ResolversTypes['EmailMessage'] }>;
  EmailStatus: EmailStatus;
  ErrorCode: ErrorCode;
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
  PreviewImage: ResolverTypeWrapper<PreviewImage>;
  Product: ResolverTypeWrapper<ProductModelModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductEdge']>, nodes: Array<ResolversTypes['Product']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductKind: ProductKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Store: ResolverTypeWrapper<Store>;
  StoreSettings: ResolverTypeWrapper<StoreSettings>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateStoreSettingsInput: UpdateStoreSettingsInput;
  User: ResolverTypeWrapper<UserModel>;
  UserRole: UserRole;
  ValidateLicenseResult: ResolverTypeWrapper<ValidateLicenseResult>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateLicenseResult: ActivateLicenseResult;
  Boolean: Scalars['Boolean']['output'];
  Checkout: CheckoutModelModel;
  CheckoutOrder: CheckoutOrderModelModel;
  CheckoutSession: CheckoutSession;
  CreateCheckoutInput: CreateCheckoutInput;
  DateTime: Scalars['DateTime']['output'];
  DeactivateLicenseResult: DeactivateLicenseResult;
  EmailMessage: EmailModel;
  EmailMessageConnection: Omit<EmailMessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmailMessageEdge']>, nodes: Array<ResolversParentTypes['EmailMessage']> };
  EmailMessageEdge: Omit<EmailMessageEdge, 'node'> & { node: ResolversParentTypes['EmailMessage'] };
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
  PreviewImage: PreviewImage;
  Product: ProductModelModel;
  ProductConnection: Omit<ProductConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductEdge']>, nodes: Array<ResolversParentTypes['Product']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  Query: Record<PropertyKey, never>;
  Store: Store;
  StoreSettings: StoreSettings;
  String: Scalars['String']['output'];
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
  completeTestCheckout?: Resolver<ResolversTypes['Checkout'], ParentType, ContextType, RequireFields<MutationCompleteTestCheckoutArgs, 'email' | 'id'>>;
  createCheckout?: Resolver<ResolversTypes['CheckoutSession'], ParentType, ContextType, RequireFields<MutationCreateCheckoutArgs, 'input'>>;
  deactivateLicense?: Resolver<ResolversTypes['DeactivateLicenseResult'], ParentType, ContextType, RequireFields<MutationDeactivateLicenseArgs, 'instanceId' | 'key'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reinstateLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationReinstateLicenseArgs>>;
  resendEmail?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType, RequireFields<MutationResendEmailArgs, 'id'>>;
  resetActivations?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationResetActivationsArgs, 'id'>>;
  revokeLicense?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, Partial<MutationRevokeLicenseArgs>>;
  setActivationLimit?: Resolver<ResolversTypes['LicenseRecord'], ParentType, ContextType, RequireFields<MutationSetActivationLimitArgs, 'id'>>;
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
  checkout?: Resolver<Maybe<ResolversTypes['Checkout']>, ParentType, ContextType, RequireFields<QueryCheckoutArgs, 'id'>>;
  emails?: Resolver<ResolversTypes['EmailMessageConnection'], ParentType, ContextType, RequireFields<QueryEmailsArgs, 'first'>>;
  license?: Resolver<Maybe<ResolversTypes['LicenseRecord']>, ParentType, ContextType, RequireFields<QueryLicenseArgs, 'key'>>;
  licenses?: Resolver<ResolversTypes['LicenseRecordConnection'], ParentType, ContextType, RequireFields<QueryLicensesArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'slug'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType>;
  validateLicense?: Resolver<ResolversTypes['ValidateLicenseResult'], ParentType, ContextType, RequireFields<QueryValidateLicenseArgs, 'key'>>;
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

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
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
  Checkout?: CheckoutResolvers<ContextType>;
  CheckoutOrder?: CheckoutOrderResolvers<ContextType>;
  CheckoutSession?: CheckoutSessionResolvers<ContextType>;
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
  PreviewImage?: PreviewImageResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreSettings?: StoreSettingsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValidateLicenseResult?: ValidateLicenseResultResolvers<ContextType>;
};

