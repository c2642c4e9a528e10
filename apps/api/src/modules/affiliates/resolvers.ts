// The affiliate programme for the creator over GraphQL: affiliates and links, their management and their
// statistics, plus the storefront's public recordAffiliateClick. Thin over affiliates.service.ts, which
// authorises. Statistics and links are batched per request (DataLoader), so a page of affiliates with their
// links and totals costs a fixed number of queries. Commissions and payouts are commission-resolvers.ts.
import type { Affiliate, AffiliateLink, AffiliateStatus, RenewalCommission } from '@shelf/db/affiliates';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.ts';
import type {
  AffiliateStatus as AffiliateStatusEnum,
  RenewalCommission as RenewalCommissionEnum,
  Resolvers,
} from '../../generated/resolvers-types.ts';
import type { ProductModel } from '../catalog/catalog.service.ts';
import { loadProductModels } from '../catalog/catalog-admin.service.ts';
import { pageOfList } from '../common/list-page.ts';
import {
  type AffiliateStatistics,
  affiliateLinkUrl,
  affiliateStatistics,
  archiveAffiliateLink,
  balanceOf,
  createAffiliateLink,
  getAffiliate,
  getAffiliateLinkByCode,
  linkStatistics,
  listAffiliates,
  listLinksOfAffiliates,
  pauseAffiliate,
  recordAffiliateClick,
  resumeAffiliate,
  updateAffiliateLink,
} from './affiliates.service.ts';

type Loaders = {
  linkStatistics: DataLoader<string, AffiliateStatistics>;
  affiliateStatistics: DataLoader<string, AffiliateStatistics>;
  links: DataLoader<string, AffiliateLink[]>;
  products: DataLoader<string, ProductModel | null>;
};

// One set of loaders per request: the context object lives exactly as long as the request.
const loadersByRequest = new WeakMap<RequestContext, Loaders>();

/** A loader answering many keys with one call of `load`, which returns an entry for every key asked. */
function batched<T>(load: (keys: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T> {
  return new DataLoader(async (keys) => {
    const found = await load(keys);
    return keys.map((key) => found.get(key) ?? new Error(`Nothing loaded for ${key}.`));
  });
}

function loaders(ctx: RequestContext): Loaders {
  let loaded = loadersByRequest.get(ctx);
  if (!loaded) {
    loaded = {
      linkStatistics: batched((ids) => linkStatistics(ctx, ids)),
      affiliateStatistics: batched((ids) => affiliateStatistics(ctx, ids)),
      links: batched((ids) => listLinksOfAffiliates(ctx, ids)),
      // A product that is gone answers null, as describeProduct did one link at a time.
      products: new DataLoader(async (ids) => {
        const found = await loadProductModels(ctx, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
    loadersByRequest.set(ctx, loaded);
  }
  return loaded;
}

const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const lower = <T extends string>(value: string | null | undefined) =>
  value ? (value.toLowerCase() as T) : null;

const linkStats = (link: AffiliateLink, ctx: RequestContext) => loaders(ctx).linkStatistics.load(link.id);
const affiliateStats = (affiliate: Affiliate, ctx: RequestContext) =>
  loaders(ctx).affiliateStatistics.load(affiliate.id);

export const affiliatesResolvers: Resolvers = {
  Query: {
    affiliateLink: (_parent, args, ctx) => getAffiliateLinkByCode(ctx, args.code),
    affiliate: (_parent, args, ctx) => getAffiliate(ctx, args.id),
    affiliates: (_parent, args, ctx) =>
      listAffiliates(ctx, { ...args, status: lower<AffiliateStatus>(args.status) }),
  },
  Mutation: {
    createAffiliateLink: (_parent, { input }, ctx) =>
      createAffiliateLink(ctx, {
        ...input,
        renewalCommission: lower<RenewalCommission>(input.renewalCommission),
      }),
    // Spread as given: a productId left out and a productId of null mean different things.
    updateAffiliateLink: (_parent, { id, input }, ctx) =>
      updateAffiliateLink(ctx, id, {
        ...input,
        renewalCommission: lower<RenewalCommission>(input.renewalCommission),
      }),
    archiveAffiliateLink: (_parent, args, ctx) => archiveAffiliateLink(ctx, args.id),
    pauseAffiliate: (_parent, args, ctx) => pauseAffiliate(ctx, args.id),
    resumeAffiliate: (_parent, args, ctx) => resumeAffiliate(ctx, args.id),
    recordAffiliateClick: (_parent, { input }, ctx) =>
      recordAffiliateClick(ctx, { ...input, ip: ctx.ip, userAgent: ctx.userAgent }),
  },
  Affiliate: {
    status: (affiliate) => upper<AffiliateStatusEnum>(affiliate.status),
    links: (affiliate, _args, ctx) => loaders(ctx).links.load(affiliate.id),
    linksConnection: async (affiliate, args, ctx) =>
      pageOfList(await loaders(ctx).links.load(affiliate.id), args, (link) => link.id),
    clicks: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).clicks,
    conversions: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).conversions,
    pendingCommission: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).pending,
    approvedCommission: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).approved,
    paidCommission: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).paid,
    owedBack: async (affiliate, _args, ctx) => (await affiliateStats(affiliate, ctx)).owedBack,
    balance: async (affiliate, _args, ctx) => balanceOf(await affiliateStats(affiliate, ctx)),
  },
  AffiliateLink: {
    url: async (link, _args, ctx) => {
      await ctx.em.populate(link, ['product']);
      return affiliateLinkUrl(ctx, link);
    },
    affiliate: async (link, _args, ctx) => {
      await ctx.em.populate(link, ['affiliate']);
      return link.affiliate;
    },
    product: (link, _args, ctx) => (link.product ? loaders(ctx).products.load(link.product.id) : null),
    renewalCommission: (link) => upper<RenewalCommissionEnum>(link.renewalCommission),
    clicks: async (link, _args, ctx) => (await linkStats(link, ctx)).clicks,
    conversions: async (link, _args, ctx) => (await linkStats(link, ctx)).conversions,
    pendingCommission: async (link, _args, ctx) => (await linkStats(link, ctx)).pending,
    approvedCommission: async (link, _args, ctx) => (await linkStats(link, ctx)).approved,
    paidCommission: async (link, _args, ctx) => (await linkStats(link, ctx)).paid,
    owedBack: async (link, _args, ctx) => (await linkStats(link, ctx)).owedBack,
  },
};
