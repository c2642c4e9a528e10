// Affiliates and their links: who earns (one rule for checkout and fulfilment), the programme's
// management by the creator, attribution (counted clicks) and the statistics shown to the creator and to
// affiliates themselves. Commission itself is commissions.service.ts.
import { createHmac } from 'node:crypto';
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Affiliate, AffiliateLink, type AffiliateStatus, type RenewalCommission } from '@shelf/db/affiliates';
import type { Product } from '@shelf/db/catalog';
import { isbot } from 'isbot';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { findProductById } from '../catalog/catalog.service.ts';
import { parseEmail } from '../common/email-address.ts';
import { isUuid } from '../common/ids.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { consumeLimit } from '../limits/limits.service.ts';

const CODE_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_NAME_LENGTH = 200;
const DEFAULT_COMMISSION_PERCENT = 30;
/** Longest landing path and referrer a click keeps (the columns' length). */
const MAX_CLICK_TEXT = 500;
// Both the case-sensitive unique constraint of the column and the case-insensitive index the migration adds.
const CODE_CONSTRAINTS = new Set(['affiliate_link_code_lower_unique', 'affiliate_link_code_unique']);

/** The link of a code whatever its case (codes are unique on lower(code)), with its affiliate and product. */
function findLinkByCode(
  ctx: ServiceContext,
  code: string,
  options: { where?: object; withProduct?: boolean } = {},
): Promise<AffiliateLink | null> {
  return ctx.em.findOne(
    AffiliateLink,
    { [raw((alias) => `lower(${alias}.code)`)]: code.toLowerCase(), ...options.where },
    { populate: options.withProduct === false ? ['affiliate'] : ['affiliate', 'product'] },
  );
}

/**
 * The link if it can earn at all: it exists, is not archived and its affiliate is active. Checkout and
 * fulfilment ask this on every purchase, so it loads the affiliate and nothing else.
 */
async function findLiveLink(
  ctx: ServiceContext,
  where: { code: string | null | undefined } | { id: string | null | undefined },
): Promise<AffiliateLink | null> {
  let link: AffiliateLink | null = null;
  if ('code' in where) {
    if (where.code && CODE_SHAPE.test(where.code)) {
      link = await findLinkByCode(ctx, where.code, { where: { archivedAt: null }, withProduct: false });
    }
  } else if (isUuid(where.id)) {
    link = await ctx.em.findOne(
      AffiliateLink,
      { id: where.id, archivedAt: null },
      { populate: ['affiliate'] },
    );
  }
  return link?.affiliate.status === 'active' ? link : null;
}

/**
 * The link, if it earns on a purchase of these products: it exists, is not archived, its affiliate is
 * active, and it is for the whole store or for one of the products. Codes match whatever their case.
 * Anything else earns nothing and is never an error: a stale or mistyped code must not block a purchase.
 */
export async function findEarningLink(
  ctx: ServiceContext,
  where: { code: string | null | undefined } | { id: string | null | undefined },
  productIds: readonly string[],
): Promise<AffiliateLink | null> {
  const link = await findLiveLink(ctx, where);
  if (!link) return null;
  if (link.product && !productIds.includes(link.product.id)) return null;
  return link;
}

// ---- the creator's management of affiliates and links

export type CreateAffiliateLinkInput = {
  email: string;
  /** Used when the email is new; an existing affiliate keeps their name. */
  name?: string | null;
  code: string;
  commissionPercent?: number | null;
  productId?: string | null;
  renewalCommission?: RenewalCommission | null;
};

/** Fields left out (or null) stay as they are, except `productId: null`, which makes the link store-wide. */
export type UpdateAffiliateLinkInput = {
  code?: string | null;
  commissionPercent?: number | null;
  productId?: string | null;
  renewalCommission?: RenewalCommission | null;
};

function parseCode(code: string): string {
  if (!CODE_SHAPE.test(code)) {
    throw badInput('A code is 1 to 64 letters, digits, "-" or "_".', 'code');
  }
  return code;
}

function parsePercent(percent: number): number {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw badInput('The commission is a whole percent from 0 to 100.', 'commissionPercent');
  }
  return percent;
}

const codeTaken = (): AppError =>
  new AppError('CONFLICT', 'Another link already uses this code.', { field: 'code' });

/** The product a link is restricted to; NOT_FOUND (on productId) for a malformed or unknown id. */
async function requireProduct(ctx: ServiceContext, productId: string): Promise<Product> {
  const product = await findProductById(ctx, productId);
  if (!product) {
    throw new AppError('NOT_FOUND', 'There is no product with this id.', { field: 'productId' });
  }
  return product;
}

/** Refuses a code another link already has, whatever its case. */
async function requireFreeCode(ctx: ServiceContext, code: string, exceptLinkId?: string): Promise<void> {
  const holder = await findLinkByCode(ctx, code, { withProduct: false });
  if (holder && holder.id !== exceptLinkId) throw codeTaken();
}

/**
 * Runs a write that may collide with a concurrent one on the code: the unique index answers, and the
 * collision reads as the same CONFLICT the check before the write gives.
 */
async function mappingCodeCollision<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = (error as { constraint?: unknown }).constraint;
    if (
      error instanceof UniqueConstraintViolationException &&
      typeof constraint === 'string' &&
      CODE_CONSTRAINTS.has(constraint)
    ) {
      throw codeTaken();
    }
    throw error;
  }
}

/**
 * Creates a link, and its affiliate when the email is new, in one transaction. BAD_USER_INPUT (with the
 * field) for a malformed email, name, code or percent; CONFLICT (field `code`) for a code in use whatever
 * its case; NOT_FOUND (field `productId`) for an unknown product. Nothing is written on any of them.
 */
export async function createAffiliateLink(
  ctx: ServiceContext,
  input: CreateAffiliateLinkInput,
): Promise<AffiliateLink> {
  requireCreator(ctx, 'affiliates:write');
  const email = parseEmail(input.email);
  if (!email) throw badInput("Enter the affiliate's email address.", 'email');
  const name = (input.name ?? '').trim();
  if (name.length > MAX_NAME_LENGTH) {
    throw badInput(`A name is at most ${MAX_NAME_LENGTH} characters.`, 'name');
  }
  const code = parseCode(input.code);
  const percent = parsePercent(input.commissionPercent ?? DEFAULT_COMMISSION_PERCENT);
  return mappingCodeCollision(() =>
    withTransaction(ctx, async (tx) => {
      const product = input.productId ? await requireProduct(tx, input.productId) : null;
      await requireFreeCode(tx, code);
      // One statement finds or creates the affiliate, so two first links for a new email made at the same
      // moment land on one affiliate.
      const [row] = await tx.em.getConnection().execute<Array<{ id: string }>>(
        `insert into affiliate (id, email, name, status, created_at)
         values (gen_random_uuid(), ?, ?, 'active', now())
         on conflict (email) do update set email = excluded.email
         returning id`,
        [email, name],
        'all',
        tx.em.getTransactionContext(),
      );
      const affiliate = await tx.em.findOneOrFail(Affiliate, { id: row!.id });
      const link = tx.em.create(AffiliateLink, {
        affiliate,
        code,
        product,
        commissionPercent: percent,
        renewalCommission: input.renewalCommission ?? 'first_payment',
      });
      await tx.em.flush();
      return link;
    }),
  );
}

/** Loads a link by id for a change; NOT_FOUND for a malformed or unknown id. */
async function requireLink(ctx: ServiceContext, id: string): Promise<AffiliateLink> {
  const link = isUuid(id)
    ? await ctx.em.findOne(AffiliateLink, { id }, { populate: ['affiliate', 'product'] })
    : null;
  if (!link) throw new AppError('NOT_FOUND', 'There is no affiliate link with this id.');
  return link;
}

/**
 * Changes a link's code, percent, product or renewal setting; fields left out stay as they are and
 * `productId: null` makes the link store-wide. Commissions already recorded keep their code and percent.
 * The same errors as createAffiliateLink, and NOT_FOUND for an unknown link; bad input changes nothing.
 */
export async function updateAffiliateLink(
  ctx: ServiceContext,
  id: string,
  input: UpdateAffiliateLinkInput,
): Promise<AffiliateLink> {
  requireCreator(ctx, 'affiliates:write');
  const code = input.code == null ? null : parseCode(input.code);
  const percent = input.commissionPercent == null ? null : parsePercent(input.commissionPercent);
  return mappingCodeCollision(() =>
    withTransaction(ctx, async (tx) => {
      const link = await requireLink(tx, id);
      const product =
        input.productId === undefined
          ? link.product
          : input.productId === null
            ? null
            : await requireProduct(tx, input.productId);
      if (code !== null) await requireFreeCode(tx, code, link.id);
      link.code = code ?? link.code;
      link.commissionPercent = percent ?? link.commissionPercent;
      link.renewalCommission = input.renewalCommission ?? link.renewalCommission;
      link.product = product;
      await tx.em.flush();
      return link;
    }),
  );
}

/**
 * Stops a link from earning; its clicks and commissions stay. Archiving an archived link changes
 * nothing: it keeps the time it was first archived. NOT_FOUND for an unknown link.
 */
export async function archiveAffiliateLink(
  ctx: ServiceContext,
  id: string,
  now = new Date(),
): Promise<AffiliateLink> {
  requireCreator(ctx, 'affiliates:write');
  await requireLink(ctx, id);
  // Conditional, so of two archives at the same moment only the first sets the time.
  await ctx.em.nativeUpdate(AffiliateLink, { id, archivedAt: null }, { archivedAt: now });
  return ctx.em.findOneOrFail(AffiliateLink, { id }, { populate: ['affiliate', 'product'], refresh: true });
}

async function setAffiliateStatus(
  ctx: ServiceContext,
  id: string,
  status: AffiliateStatus,
): Promise<Affiliate> {
  requireCreator(ctx, 'affiliates:write');
  const affiliate = isUuid(id) ? await ctx.em.findOne(Affiliate, { id }) : null;
  if (!affiliate) throw new AppError('NOT_FOUND', 'There is no affiliate with this id.');
  affiliate.status = status;
  await ctx.em.flush();
  return affiliate;
}

/** The affiliate's links stop earning (shoppers' purchases still go through) until resumed. */
export function pauseAffiliate(ctx: ServiceContext, id: string): Promise<Affiliate> {
  return setAffiliateStatus(ctx, id, 'paused');
}

/** The affiliate's live links earn again. */
export function resumeAffiliate(ctx: ServiceContext, id: string): Promise<Affiliate> {
  return setAffiliateStatus(ctx, id, 'active');
}

/** Creator only: a link by its code whatever its case, archived or not; null when there is none. */
export async function getAffiliateLinkByCode(
  ctx: ServiceContext,
  code: string,
): Promise<AffiliateLink | null> {
  requireCreator(ctx, 'affiliates:read');
  return CODE_SHAPE.test(code) ? findLinkByCode(ctx, code) : null;
}

/** Creator only: one affiliate; null for a malformed or unknown id. */
export async function getAffiliate(ctx: ServiceContext, id: string): Promise<Affiliate | null> {
  requireCreator(ctx, 'affiliates:read');
  return isUuid(id) ? ctx.em.findOne(Affiliate, { id }) : null;
}

/** Creator only: affiliates newest first, optionally of one status; `first` is 1 to 100. */
export function listAffiliates(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null; status?: AffiliateStatus | null },
): Promise<Page<Affiliate>> {
  requireCreator(ctx, 'affiliates:read');
  return pageNewestFirst(ctx.em, Affiliate, {
    first: args.first,
    after: args.after,
    filter: args.status ? { status: args.status } : {},
  });
}

/**
 * The links of each affiliate, newest first, archived ones included, in one query. Authorisation is the
 * caller's: the creator's resolvers and the affiliate portal (for the signed-in affiliate) both use it.
 */
export async function listLinksOfAffiliates(
  ctx: ServiceContext,
  affiliateIds: readonly string[],
): Promise<Map<string, AffiliateLink[]>> {
  const ids = [...new Set(affiliateIds.filter(isUuid))];
  const byAffiliate = new Map<string, AffiliateLink[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byAffiliate;
  const links = await ctx.em.find(
    AffiliateLink,
    { affiliate: { $in: ids } },
    { populate: ['product'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  for (const link of links) byAffiliate.get(link.affiliate.id)?.push(link);
  return byAffiliate;
}

/**
 * The storefront URL that carries a link's code: the product's page for a one-product link, else the
 * catalog. Built on the web app's public URL, where `?ref=` is read. The link's product must be loaded
 * (every link this service returns has it).
 */
export function affiliateLinkUrl(ctx: ServiceContext, link: AffiliateLink): string {
  const base = ctx.services.config.web.publicUrl;
  const ref = `?ref=${encodeURIComponent(link.code)}`;
  return link.product
    ? `${base}/products/${encodeURIComponent(link.product.slug)}${ref}`
    : `${base}/products${ref}`;
}

// ---- attribution

export type AffiliateClickInput = {
  code: string;
  landingPath?: string | null;
  referrer?: string | null;
  /** The visitor's address and user agent: hashed together to count a visitor once a day. */
  ip: string | null;
  userAgent: string | null;
};

/** Where a visitor came from, without its query string or fragment (which may carry personal data). */
function referrerWithoutQuery(referrer: string | null | undefined): string | null {
  if (!referrer) return null;
  let cleaned: string;
  try {
    const url = new URL(referrer);
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    cleaned = url.toString();
  } catch {
    cleaned = referrer.split(/[?#]/, 1)[0] ?? '';
  }
  return cleaned.slice(0, MAX_CLICK_TEXT) || null;
}

/**
 * One visitor's stable identity for a day's de-duplication: HMAC-SHA256 of address and user agent under the
 * server's signing secret, so the table holds no addresses and the hash cannot be reversed by guessing
 * addresses without the secret.
 */
function visitorHash(ctx: ServiceContext, ip: string | null, userAgent: string): string {
  return createHmac('sha256', ctx.services.config.secrets.downloadSigning)
    .update(`${ip ?? ''}\n${userAgent}`)
    .digest('hex');
}

/**
 * Counts a visit through `?ref=CODE`. `valid` says whether the code names a live link of an active
 * affiliate (whatever product it is for), so the storefront remembers only valid codes; `counted` is true
 * when this visit was counted: once per visitor per link per UTC day, never for bots or a missing user
 * agent. An unknown, archived or paused code is not an error. RATE_LIMITED past the per-address limit.
 */
export async function recordAffiliateClick(
  ctx: ServiceContext,
  input: AffiliateClickInput,
  now = new Date(),
): Promise<{ valid: boolean; counted: boolean }> {
  await consumeLimit(ctx, 'affiliate-click', input.ip);
  const link = await findLiveLink(ctx, { code: input.code });
  if (!link) return { valid: false, counted: false };
  const userAgent = input.userAgent?.trim();
  if (!userAgent || isbot(userAgent)) return { valid: true, counted: false };
  // The unique index on (link, visitor, day) decides: a repeat visit the same day inserts nothing.
  const rows = await ctx.em.getConnection().execute<Array<{ id: string }>>(
    `insert into affiliate_click (id, link_id, landing_path, referrer, visitor_hash, day, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?::date, ?::timestamptz)
     on conflict (link_id, visitor_hash, day) where visitor_hash is not null do nothing
     returning id`,
    [
      link.id,
      input.landingPath?.slice(0, MAX_CLICK_TEXT) || null,
      referrerWithoutQuery(input.referrer),
      visitorHash(ctx, input.ip, userAgent),
      now.toISOString().slice(0, 10),
      now.toISOString(),
    ],
    'all',
    ctx.em.getTransactionContext(),
  );
  return { valid: true, counted: rows.length > 0 };
}

// ---- statistics

/** What a link or an affiliate has brought in; each money list has one entry per currency, none for zero. */
export type AffiliateStatistics = {
  /** Counted clicks (one per visitor per link per day, bots left out). */
  clicks: number;
  /** Distinct orders with a sale commission that was not reversed. */
  conversions: number;
  /** Commission inside the refund window. */
  pending: MoneyModel[];
  /** Approved commission not yet settled by a payout. */
  approved: MoneyModel[];
  /** Commission settled by payouts. */
  paid: MoneyModel[];
  /** Owed-back lines not yet deducted from a payout. */
  owedBack: MoneyModel[];
};

const emptyStatistics = (): AffiliateStatistics => ({
  clicks: 0,
  conversions: 0,
  pending: [],
  approved: [],
  paid: [],
  owedBack: [],
});

type Scope = 'link' | 'affiliate';

// Per scope: the counts, and the sums per currency (commission lines and open owed-back lines together).
const COUNTS_SQL: Record<Scope, string> = {
  link: `select l.id,
      (select count(*) from affiliate_click c where c.link_id = l.id)::int as clicks,
      (select count(distinct m.order_id) from commission m
        where m.link_id = l.id and m.kind = 'sale' and m.status <> 'reversed')::int as conversions
    from affiliate_link l where l.id in (?)`,
  affiliate: `select a.id,
      (select count(*) from affiliate_click c join affiliate_link l on l.id = c.link_id
        where l.affiliate_id = a.id)::int as clicks,
      (select count(distinct m.order_id) from commission m
        where m.affiliate_id = a.id and m.kind = 'sale' and m.status <> 'reversed')::int as conversions
    from affiliate a where a.id in (?)`,
};

const sumsSql = (commissionKey: string, owedBackKey: string) => `
  select id, currency, sum(pending)::bigint as pending, sum(approved)::bigint as approved,
      sum(paid)::bigint as paid, sum(owed_back)::bigint as owed_back
  from (
    select m.${commissionKey} as id, m.currency,
        case when m.status = 'pending' then m.amount_cents else 0 end as pending,
        case when m.status in ('approved', 'paid') then m.amount_cents - m.paid_cents else 0 end as approved,
        m.paid_cents as paid, 0 as owed_back
      from commission m where m.${commissionKey} in (?)
    union all
    select ${owedBackKey} as id, o.currency, 0, 0, 0, o.amount_cents
      from owed_back o join commission m on m.id = o.commission_id
      where o.payout_id is null and ${owedBackKey} in (?)
  ) t
  group by id, currency
  order by currency`;

const SUMS_SQL: Record<Scope, string> = {
  link: sumsSql('link_id', 'm.link_id'),
  affiliate: sumsSql('affiliate_id', 'o.affiliate_id'),
};

type SumRow = {
  id: string;
  currency: string;
  pending: string | number;
  approved: string | number;
  paid: string | number;
  owed_back: string | number;
};

async function loadStatistics(
  ctx: ServiceContext,
  scope: Scope,
  keys: readonly string[],
): Promise<Map<string, AffiliateStatistics>> {
  const ids = [...new Set(keys.filter(isUuid))];
  const statistics = new Map<string, AffiliateStatistics>(ids.map((id) => [id, emptyStatistics()]));
  if (ids.length === 0) return statistics;
  const connection = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  const counts = await connection.execute<Array<{ id: string; clicks: number; conversions: number }>>(
    COUNTS_SQL[scope],
    [ids],
    'all',
    trx,
  );
  const sums = await connection.execute<SumRow[]>(SUMS_SQL[scope], [ids, ids], 'all', trx);
  for (const row of counts) {
    const entry = statistics.get(row.id)!;
    entry.clicks = row.clicks;
    entry.conversions = row.conversions;
  }
  for (const row of sums) {
    const entry = statistics.get(row.id)!;
    const add = (list: MoneyModel[], cents: string | number) => {
      if (Number(cents) !== 0) list.push(toMoney(Number(cents), row.currency));
    };
    add(entry.pending, row.pending);
    add(entry.approved, row.approved);
    add(entry.paid, row.paid);
    add(entry.owedBack, row.owed_back);
  }
  return statistics;
}

/**
 * Clicks, conversions and commission by status for many links at once, in two SQL statements; every id
 * asked for has an entry (zeros for an unknown one). Authorisation is the caller's, so the creator's
 * resolvers and the affiliate portal share it.
 */
export function linkStatistics(
  ctx: ServiceContext,
  linkIds: readonly string[],
): Promise<Map<string, AffiliateStatistics>> {
  return loadStatistics(ctx, 'link', linkIds);
}

/** The same as linkStatistics, over all the links of each affiliate. */
export function affiliateStatistics(
  ctx: ServiceContext,
  affiliateIds: readonly string[],
): Promise<Map<string, AffiliateStatistics>> {
  return loadStatistics(ctx, 'affiliate', affiliateIds);
}

/** What a payout now would send, per currency: approved minus owed back (negative: owed to the store). */
export function balanceOf(statistics: AffiliateStatistics): MoneyModel[] {
  const balance = new Map<string, number>();
  for (const { currency, amount } of statistics.approved) balance.set(currency, amount);
  for (const { currency, amount } of statistics.owedBack) {
    balance.set(currency, (balance.get(currency) ?? 0) - amount);
  }
  return [...balance]
    .filter(([, amount]) => amount !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => toMoney(amount, currency));
}
