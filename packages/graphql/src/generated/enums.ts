/** Whether an affiliate's links earn commission. */
export type AffiliateStatus =
  /** Links earn commission. */
  | 'ACTIVE'
  /** The creator paused the affiliate: links still work for shoppers but earn nothing until resumed. */
  | 'PAUSED';

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

/** The kinds of who can change things by hand. */
export type AuditActorKind =
  /** An integration with an API key. */
  | 'API_KEY'
  /** The store itself (a command, a job). */
  | 'SYSTEM'
  /** A signed-in owner or staff member. */
  | 'USER';

/** How often a subscription is billed. */
export type BillingInterval =
  /** Every month. */
  | 'MONTH'
  /** Every year. */
  | 'YEAR';

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

/** How a product is paid for. */
export type ProductKind =
  /** Paid once. */
  | 'ONE_TIME'
  /** Paid every billing interval. */
  | 'SUBSCRIPTION';

/** Where a product stands: only PUBLISHED products are in the catalog and can be bought. */
export type ProductStatus =
  /** No longer for sale; what was bought stays downloadable. */
  | 'ARCHIVED'
  /** Being prepared: visible to creators only. */
  | 'DRAFT'
  /** In the catalog and for sale. */
  | 'PUBLISHED';

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

/** Which payments of a subscription bought through a link earn commission. */
export type RenewalCommission =
  /** The first payment and every renewal payment. */
  | 'EVERY_PAYMENT'
  /** Only the first payment (the purchase itself). */
  | 'FIRST_PAYMENT';

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

/** What a dashboard user may do: the owner everything, staff everything but users, API keys, payouts and settings. */
export type UserRole =
  /** The one account that created the store: may do everything. */
  | 'OWNER'
  /** Added by the owner: everything but users, API keys, payouts and settings. */
  | 'STAFF';

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (or the endpoint was disabled); replay it to try again. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';
