// Request limits shared by every API process: how often one client (by address, and for sign-in by email
// and address) may do something costly. Each limit is a rate-limiter-flexible RateLimiterPostgres over the
// `rate_limit_counter` table (its migration creates it), reached through a small pg pool of its own so a
// flood of counting never takes the ORM's connections. Every limit and its reason is in LIMITS below.
// Keys are hashed: the table holds no addresses or emails. RATE_LIMITS=off (load tests) allows everything.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Wrong passwords per email and address before each further attempt must wait. */
const FREE_SIGN_IN_FAILURES = 5;
/** The wait after the FREE_SIGN_IN_FAILURES-th failure; it doubles with each failure after it. */
const FIRST_SIGN_IN_BLOCK_SECONDS = MINUTE;

export const LIMITS = {
  // Every GraphQL request of one address. Generous on purpose: catalog reads are busy by design (behind a
  // CDN, and one storefront page asks the API two or three times); it stops floods, never a shopper.
  graphql: { points: 600, duration: MINUTE },
  // Each new checkout asks the payment provider for a session and writes a pending order.
  'checkout-create': { points: 10, duration: MINUTE },
  // The success page polls every 1.5 s (40 a minute); two tabs of it stay under this.
  'checkout-poll': { points: 120, duration: MINUTE },
  // Taking a download signs a URL and counts against the link's own limit; nobody clicks 30 a minute.
  download: { points: 30, duration: MINUTE },
  // The success page asks the payment provider about a pending checkout at most once per 5 s per
  // session, however many tabs and processes poll; in between it answers from the database, where the
  // webhook's fulfilment lands. Keyed by the provider's session id.
  'provider-lookup': { points: 1, duration: 5 },
  // Sign-in attempts per address per day, each a scrypt; a successful one is given back, so this counts
  // failed and refused attempts. Across all emails: it caps guessing many accounts from one address.
  'sign-in-address': { points: 100, duration: DAY },
  // Sign-in attempts per email and address since the last success (within a day): the first
  // FREE_SIGN_IN_FAILURES run at once; after that each needs the turn below.
  'sign-in-email-address': { points: FREE_SIGN_IN_FAILURES, duration: DAY },
  // The turn of an email and address past its free failures: one attempt at a time, and after it fails,
  // none for FIRST_SIGN_IN_BLOCK_SECONDS doubled per failure past the free ones (1, 2, 4 ... minutes,
  // at most a day; about 15 guesses a day). The duration bounds a turn whose process died mid-check.
  'sign-in-turn': { points: 1, duration: MINUTE },
  // Sign-in links asked for (the affiliate portal's), per address across all emails: each may send an
  // email, and nobody signs in to 20 accounts an hour from one place.
  'sign-in-link-address': { points: 20, duration: HOUR },
  // Sign-in links asked for one email, counted whether or not the email has an account (so the answer
  // reveals nothing): enough for a lost email or two, not enough to flood someone's inbox.
  'sign-in-link-email': { points: 5, duration: HOUR },
  // Password reset links asked for, per address across all emails, and per email whether or not it has an
  // account (so the answer reveals nothing): each may send an email; a forgotten password needs one or two.
  'password-reset-address': { points: 10, duration: HOUR },
  'password-reset-email': { points: 3, duration: HOUR },
  // License lookups that found nothing (an unknown key, another key's instance), per address: installed
  // software validating real keys never fails 30 times a minute; someone guessing keys does.
  'license-lookup-failure': { points: 30, duration: MINUTE },
  // Affiliate link visits recorded per address. A shopper follows a few links a minute and a visitor counts
  // once a day per link anyway; this stops one address from flooding the click table.
  'affiliate-click': { points: 60, duration: MINUTE },
  // GraphQL requests per API key, on top of its address's `graphql` limit: one busy integration cannot
  // starve the others behind the same address. The points are API_KEY_RATE_LIMIT (this is its default).
  'api-key': { points: 600, duration: MINUTE },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;
/** The limits a caller consumes by name; sign-in has its own functions below. */
export type RequestLimitName =
  | 'graphql'
  | 'checkout-create'
  | 'checkout-poll'
  | 'download'
  | 'affiliate-click'
  | 'sign-in-link-address'
  | 'sign-in-link-email'
  | 'password-reset-address'
  | 'password-reset-email';

export type Limits = {
  readonly enabled: boolean;
  /** Requests per minute of one API key. */
  readonly apiKeyPoints: number;
  readonly limiters: Readonly<Record<LimitName, RateLimiterPostgres>>;
  /** Ends the pool; for a process shutting down. */
  close(): Promise<void>;
};

/** One pool and one limiter per limit; nothing connects until the first request is counted. */
export function createLimits(options: {
  connectionString: string;
  enabled: boolean;
  log: Logger;
  /** Requests per minute of one API key (API_KEY_RATE_LIMIT); LIMITS['api-key'] when unset. */
  apiKeyPoints?: number;
}): Limits {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 5,
    connectionTimeoutMillis: 5000,
  });
  // The message and code only: a pg error carries its whole client object.
  pool.on('error', (error: Error & { code?: string }) =>
    options.log.warn(
      { component: 'limits', code: error.code, message: error.message },
      'rate limit pool connection failed',
    ),
  );
  const limiters = Object.fromEntries(
    Object.entries(LIMITS).map(([name, limit], index) => [
      name,
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit_counter',
        tableCreated: true,
        keyPrefix: name,
        points: name === 'api-key' ? (options.apiKeyPoints ?? limit.points) : limit.points,
        duration: limit.duration,
        // All limits share the table, and the library's sweep of expired rows (every 5 minutes) covers
        // it whole: one limiter per process runs it.
        clearExpiredByTimeout: index === 0,
      }),
    ]),
  ) as Record<LimitName, RateLimiterPostgres>;
  return {
    enabled: options.enabled,
    apiKeyPoints: options.apiKeyPoints ?? LIMITS['api-key'].points,
    limiters,
    close: () => pool.end(),
  };
}

type LimitsContext = Pick<ServiceContext, 'services' | 'log'>;

export class RateLimited extends AppError {
  constructor(message: string, msBeforeNext: number) {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    super('RATE_LIMITED', `${message} Please try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    });
  }

  get retryAfterSeconds(): number {
    return this.details.retryAfterSeconds as number;
  }
}

function hashKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

/**
 * Runs a limiter call; a store failure is logged and treated as allowed (`fallback`), so a database hiccup
 * never takes the store down with it. A refusal (a RateLimiterRes) is rethrown as RATE_LIMITED.
 */
async function counted<T>(
  ctx: LimitsContext,
  name: LimitName,
  call: () => Promise<T>,
  fallback: T,
  message = 'Too many requests.',
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimited(message, error.msBeforeNext);
    ctx.log.warn({ err: error, limit: name }, 'rate limit store failed; allowing the request');
    return fallback;
  }
}

/**
 * Counts one request of `key` (a client address, or an email for the sign-in link limit) against `name`;
 * RATE_LIMITED, with `message` in front of the wait, once it is used up.
 */
export async function consumeLimit(
  ctx: LimitsContext,
  name: RequestLimitName,
  key: string | null,
  message?: string,
): Promise<void> {
  const { limits } = ctx.services;
  if (!limits.enabled) return;
  await counted(ctx, name, () => limits.limiters[name].consume(hashKey(key ?? 'unknown')), null, message);
}

/** An API key's budget after a request: its size, what is left and when the window starts again. */
export type ApiKeyBudget = { limit: number; remaining: number; resetSeconds: number; windowSeconds: number };

/**
 * Counts one request of API key `apiKeyId` against its `api-key` budget and returns what is left (null
 * with limits off or the store failing). RATE_LIMITED (a RateLimited, with retryAfterSeconds) once spent.
 */
export async function consumeApiKeyRequest(
  ctx: LimitsContext,
  apiKeyId: string,
): Promise<ApiKeyBudget | null> {
  const { limits } = ctx.services;
  if (!limits.enabled) return null;
  const res = await counted(
    ctx,
    'api-key',
    () => limits.limiters['api-key'].consume(hashKey(apiKeyId)),
    null,
    'This API key has used its requests for this minute.',
  );
  if (!res) return null;
  return {
    limit: limits.apiKeyPoints,
    remaining: res.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    windowSeconds: LIMITS['api-key'].duration,
  };
}

/**
 * The success page's turn to ask the payment provider about `sessionId`: true at most once per window
 * across all processes (and always with limits off); false means answer from the database.
 */
export async function claimProviderLookup(ctx: LimitsContext, sessionId: string): Promise<boolean> {
  const { limits } = ctx.services;
  if (!limits.enabled) return true;
  try {
    await counted(
      ctx,
      'provider-lookup',
      () => limits.limiters['provider-lookup'].consume(hashKey(sessionId)),
      null,
    );
    return true;
  } catch (error) {
    if (error instanceof RateLimited) return false;
    throw error;
  }
}

export type SignInAttempt = { email: string; ip: string | null };
/** What beginSignIn counted, for finishSignIn. */
export type SignInTicket = { attempt: SignInAttempt; failuresBefore: number } | null;

const SIGN_IN_REFUSED = 'Too many failed sign-ins.';

/**
 * Counts a sign-in attempt before its password is checked (the scrypt is what the limits protect), so
 * concurrent attempts cannot all slip past a check that only failures update. RATE_LIMITED when the
 * address has used its day, or the email and address must wait for its turn.
 */
export async function beginSignIn(ctx: LimitsContext, attempt: SignInAttempt): Promise<SignInTicket> {
  const { limits } = ctx.services;
  if (!limits.enabled) return null;
  const { limiters } = limits;
  const address = hashKey(attempt.ip ?? 'unknown');
  const pair = hashKey(attempt.email, attempt.ip ?? 'unknown');
  await counted(
    ctx,
    'sign-in-address',
    () => limiters['sign-in-address'].consume(address),
    null,
    SIGN_IN_REFUSED,
  );
  const attempts = await counted(
    ctx,
    'sign-in-email-address',
    async () => (await limiters['sign-in-email-address'].penalty(pair)).consumedPoints,
    0,
  );
  if (attempts > FREE_SIGN_IN_FAILURES) {
    try {
      await counted(ctx, 'sign-in-turn', () => limiters['sign-in-turn'].consume(pair), null, SIGN_IN_REFUSED);
    } catch (error) {
      // Refused attempts do not lengthen the next wait.
      await counted(ctx, 'sign-in-email-address', () => limiters['sign-in-email-address'].reward(pair), null);
      throw error;
    }
  }
  return { attempt, failuresBefore: attempts - 1 };
}

/**
 * After the password check: a success clears the email and address's failures and gives the address its
 * attempt back; a failure past the free ones makes the next attempt wait, twice as long each time.
 */
export async function finishSignIn(
  ctx: LimitsContext,
  ticket: SignInTicket,
  succeeded: boolean,
): Promise<void> {
  if (!ticket) return;
  const { limiters } = ctx.services.limits;
  const pair = hashKey(ticket.attempt.email, ticket.attempt.ip ?? 'unknown');
  if (succeeded) {
    await Promise.all([
      counted(ctx, 'sign-in-email-address', () => limiters['sign-in-email-address'].delete(pair), false),
      counted(ctx, 'sign-in-turn', () => limiters['sign-in-turn'].delete(pair), false),
      counted(
        ctx,
        'sign-in-address',
        () => limiters['sign-in-address'].reward(hashKey(ticket.attempt.ip ?? 'unknown')),
        null,
      ),
    ]);
    return;
  }
  const failures = ticket.failuresBefore + 1;
  if (failures < FREE_SIGN_IN_FAILURES) return;
  const seconds = Math.min(FIRST_SIGN_IN_BLOCK_SECONDS * 2 ** (failures - FREE_SIGN_IN_FAILURES), DAY);
  await counted(ctx, 'sign-in-turn', () => limiters['sign-in-turn'].block(pair, seconds), null);
}

// Addresses refused for failed license lookups, remembered by this process until their wait ends, so a
// refused client is answered 429 without a database round trip for its key or its counter. Other
// processes learn it on that client's next failure there. Bounded: a flood of addresses cannot grow it.
const refusedLookups = new WeakMap<Limits, Map<string, number>>();
const MAX_REFUSED_LOOKUPS = 10_000;

function refusedLookupsOf(limits: Limits): Map<string, number> {
  let refused = refusedLookups.get(limits);
  if (!refused) {
    refused = new Map();
    refusedLookups.set(limits, refused);
  }
  return refused;
}

const LOOKUPS_REFUSED = 'Too many failed license lookups.';

/** RATE_LIMITED (thrown) when this address must wait after too many failed license lookups. */
export function refuseBlockedLicenseLookup(ctx: LimitsContext, ip: string | null): void {
  const { limits } = ctx.services;
  if (!limits.enabled) return;
  const refused = refusedLookupsOf(limits);
  const key = hashKey(ip ?? 'unknown');
  const until = refused.get(key);
  if (until === undefined) return;
  const wait = until - Date.now();
  if (wait <= 0) {
    refused.delete(key);
    return;
  }
  throw new RateLimited(LOOKUPS_REFUSED, wait);
}

/** Counts a license lookup that found nothing; RATE_LIMITED once the address has used its minute. */
export async function countFailedLicenseLookup(ctx: LimitsContext, ip: string | null): Promise<void> {
  const { limits } = ctx.services;
  if (!limits.enabled) return;
  const key = hashKey(ip ?? 'unknown');
  try {
    await counted(
      ctx,
      'license-lookup-failure',
      () => limits.limiters['license-lookup-failure'].consume(key),
      null,
      LOOKUPS_REFUSED,
    );
  } catch (error) {
    if (error instanceof RateLimited) {
      const refused = refusedLookupsOf(limits);
      if (refused.size >= MAX_REFUSED_LOOKUPS) refused.clear();
      refused.set(key, Date.now() + error.retryAfterSeconds * 1000);
    }
    throw error;
  }
}
