// The affiliate portal (/affiliate): an affiliate asks for a sign-in link by email, exchanges it for a
// portal session, and sees their own links and sales. Asking reveals nothing (the same answer for any
// well-formed address, and the same limits); the sales show what was bought and earned, never who bought
// it. A paused affiliate still signs in and sees their earnings: pausing stops earning, not seeing.
import {
  Affiliate,
  type AffiliateStatus,
  Commission,
  type CommissionKind,
  type CommissionStatus,
  type RenewalCommission,
} from '@shelf/db/affiliates';
import { renderAffiliateSignInEmail } from '@shelf/email';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput } from '../../errors.ts';
import { bearerToken } from '../accounts/accounts.service.ts';
import {
  consumeMagicLink,
  createPortalSession,
  endPortalSession,
  invalidMagicLink,
  issueMagicLink,
  MAGIC_LINK_TTL_MS,
  type PortalSessionGrant,
} from '../accounts/portal-sessions.service.ts';
import { parseEmail } from '../common/email-address.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { consumeLimit } from '../limits/limits.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import {
  type AffiliateStatistics,
  affiliateLinkUrl,
  affiliateStatistics,
  linkStatistics,
  listLinksOfAffiliates,
} from './affiliates.service.ts';

const TOO_MANY_LINKS = 'Too many sign-in links asked for.';

/**
 * Emails a sign-in link to the affiliate with this address, if there is one, and answers true either way:
 * the answer, its shape and the limits counted are the same for an address nobody uses. A malformed
 * address is BAD_USER_INPUT (that says nothing about who is an affiliate). Limited per client address and
 * per email (RATE_LIMITED).
 */
export async function requestAffiliateSignIn(
  ctx: ServiceContext,
  input: { email: string; ip: string | null },
  now = new Date(),
): Promise<true> {
  const email = parseEmail(input.email);
  if (!email) throw badInput('Enter your email address.', 'email');
  await consumeLimit(ctx, 'sign-in-link-address', input.ip, TOO_MANY_LINKS);
  await consumeLimit(ctx, 'sign-in-link-email', email, TOO_MANY_LINKS);
  const affiliate = await ctx.em.findOne(Affiliate, { email });
  if (!affiliate) return true;
  await withTransaction(ctx, async (tx) => {
    const link = await issueMagicLink(tx, { email, purpose: 'affiliate' }, now);
    const settings = await readStoreSettings(tx);
    // Appended, not resolved: a storefront served under a path keeps it.
    const signInUrl = new URL(`${tx.services.config.web.publicUrl}/affiliate/sign-in`);
    signInUrl.searchParams.set('token', link.token);
    // The row (and its log line in the dev outbox) is the only place the token is written down.
    await queueEmail(tx, {
      to: affiliate.email,
      template: 'affiliate-sign-in',
      ...renderAffiliateSignInEmail({
        storeName: settings.storeName,
        affiliateName: affiliate.name,
        signInUrl: signInUrl.toString(),
        validMinutes: MAGIC_LINK_TTL_MS / 60_000,
        supportEmail: settings.supportEmail ?? undefined,
      }),
      idempotencyKey: `affiliate-sign-in:${link.id}`,
    });
  });
  return true;
}

/**
 * Exchanges a sign-in link's token for a portal session. UNAUTHENTICATED, with one message, for a link
 * that is unknown, used, expired or forged, and for one whose affiliate no longer exists.
 */
export async function signInAffiliate(
  ctx: ServiceContext,
  input: { token: string },
  now = new Date(),
): Promise<PortalSessionGrant> {
  return withTransaction(ctx, async (tx) => {
    const email = await consumeMagicLink(tx, { token: input.token, purpose: 'affiliate' }, now);
    const affiliate = await tx.em.findOne(Affiliate, { email });
    if (!affiliate) throw invalidMagicLink();
    return createPortalSession(tx, { kind: 'affiliate', subjectId: affiliate.id }, now);
  });
}

/** Ends the affiliate's portal session the request carries; true when there was one. */
export async function signOutAffiliate(
  ctx: ServiceContext,
  authorization: string | undefined,
): Promise<boolean> {
  if (ctx.actor.kind !== 'affiliate') return false;
  const token = bearerToken(authorization);
  return token ? endPortalSession(ctx, token) : false;
}

export type AffiliatePortalLinkModel = {
  code: string;
  url: string;
  productName: string | null;
  commissionPercent: number;
  renewalCommission: RenewalCommission;
  archived: boolean;
  clicks: number;
  conversions: number;
  conversionRate: number;
};

export type AffiliateAccountModel = {
  affiliateId: string;
  name: string;
  email: string;
  status: AffiliateStatus;
  links: AffiliatePortalLinkModel[];
  clicks: number;
  conversions: number;
  conversionRate: number;
  pendingCommission: MoneyModel[];
  approvedCommission: MoneyModel[];
  paidCommission: MoneyModel[];
  owedBack: MoneyModel[];
};

/** Conversions per counted click, 0 to 1; 0 without clicks. */
function conversionRate(stats: Pick<AffiliateStatistics, 'clicks' | 'conversions'>): number {
  return stats.clicks > 0 ? Math.min(1, stats.conversions / stats.clicks) : 0;
}

const NO_STATISTICS: AffiliateStatistics = {
  clicks: 0,
  conversions: 0,
  pending: [],
  approved: [],
  paid: [],
  owedBack: [],
};

/** The signed-in affiliate's own account (a portal session); null for anyone else. */
export async function getAffiliateAccount(ctx: ServiceContext): Promise<AffiliateAccountModel | null> {
  const { actor } = ctx;
  if (actor.kind !== 'affiliate') return null;
  const affiliate = await ctx.em.findOne(Affiliate, { id: actor.affiliateId });
  if (!affiliate) return null;
  const links = (await listLinksOfAffiliates(ctx, [affiliate.id])).get(affiliate.id) ?? [];
  const linkIds = links.map((link) => link.id);
  const [perLink, perAffiliate] = await Promise.all([
    linkStatistics(ctx, linkIds),
    affiliateStatistics(ctx, [affiliate.id]),
  ]);
  const totals = perAffiliate.get(affiliate.id) ?? NO_STATISTICS;
  return {
    affiliateId: affiliate.id,
    name: affiliate.name,
    email: affiliate.email,
    status: affiliate.status,
    links: links.map((link) => {
      const stats = perLink.get(link.id) ?? NO_STATISTICS;
      return {
        code: link.code,
        url: affiliateLinkUrl(ctx, link),
        productName: link.product?.name ?? null,
        commissionPercent: link.commissionPercent,
        renewalCommission: link.renewalCommission,
        archived: link.archivedAt !== null,
        clicks: stats.clicks,
        conversions: stats.conversions,
        conversionRate: conversionRate(stats),
      };
    }),
    clicks: totals.clicks,
    conversions: totals.conversions,
    conversionRate: conversionRate(totals),
    pendingCommission: totals.pending,
    approvedCommission: totals.approved,
    paidCommission: totals.paid,
    owedBack: totals.owedBack,
  };
}

/** One commission line as its affiliate sees it: what was bought and earned, nothing about the buyer. */
export type AffiliateSaleModel = {
  id: string;
  kind: CommissionKind;
  date: Date;
  productNames: string[];
  amount: MoneyModel;
  commission: MoneyModel;
  owedBack: MoneyModel;
  status: CommissionStatus;
  linkCode: string;
};

/**
 * The signed-in affiliate's sales (one per commission line: a purchase, or a renewal for links that earn
 * on every payment), newest first, keyset-paginated; `first` is 1 to 100. UNAUTHENTICATED for anyone else.
 */
export async function listAffiliateSales(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null },
): Promise<Page<AffiliateSaleModel>> {
  const { actor } = ctx;
  if (actor.kind !== 'affiliate') {
    throw new AppError('UNAUTHENTICATED', 'Sign in to your affiliate page to see your sales.');
  }
  const page = await pageNewestFirst(ctx.em, Commission, {
    first: args.first,
    after: args.after,
    filter: { affiliate: actor.affiliateId },
    populate: ['link', 'order.items'],
  });
  const toSale = (line: Commission): AffiliateSaleModel => ({
    id: line.id,
    kind: line.kind,
    date: line.createdAt,
    // The names copied onto the order at purchase; the order's email, customer and number stay out.
    productNames: line.order.items.getItems().map((item) => item.productName),
    amount: toMoney(line.netCents, line.currency),
    commission: toMoney(line.amountCents, line.currency),
    owedBack: toMoney(line.owedBackCents, line.currency),
    status: line.status,
    linkCode: line.link.code,
  });
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toSale(edge.node) }));
  return { ...page, edges, nodes: edges.map((edge) => edge.node) };
}
