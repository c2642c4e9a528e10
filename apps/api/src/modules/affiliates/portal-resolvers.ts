// The affiliate portal's GraphQL: asking for a sign-in link, signing in and out, and the signed-in
// affiliate's own account and sales. Thin: each field calls one service of affiliate-portal.service.ts.
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageOfList } from '../common/list-page.ts';
import {
  type AffiliatePortalLinkModel,
  type AffiliateSaleModel,
  getAffiliateAccount,
  listAffiliateSales,
  requestAffiliateSignIn,
  signInAffiliate,
  signOutAffiliate,
} from './affiliate-portal.service.ts';

const toPortalLink = (link: AffiliatePortalLinkModel) => ({
  ...link,
  renewalCommission: link.renewalCommission.toUpperCase() as Uppercase<typeof link.renewalCommission>,
});

const toSale = (sale: AffiliateSaleModel) => ({
  ...sale,
  kind: sale.kind.toUpperCase() as Uppercase<typeof sale.kind>,
  status: sale.status.toUpperCase() as Uppercase<typeof sale.status>,
});

export const affiliatePortalResolvers: Resolvers = {
  Query: {
    myAffiliateAccount: (_parent, _args, ctx) => getAffiliateAccount(ctx),
  },
  Mutation: {
    requestAffiliateSignIn: (_parent, args, ctx) =>
      requestAffiliateSignIn(ctx, { email: args.email, ip: ctx.ip }),
    signInAffiliate: (_parent, args, ctx) => signInAffiliate(ctx, { token: args.token }),
    signOutAffiliate: (_parent, _args, ctx) => signOutAffiliate(ctx, ctx.authorization),
  },
  AffiliateAccount: {
    status: (account) => account.status.toUpperCase() as Uppercase<typeof account.status>,
    links: (account) => account.links.map(toPortalLink),
    linksConnection: (account, args) =>
      pageOfList(account.links.map(toPortalLink), args, (link) => link.code),
    sales: async (_account, args, ctx) => {
      const page = await listAffiliateSales(ctx, args);
      const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toSale(edge.node) }));
      return { ...page, edges, nodes: edges.map((edge) => edge.node) };
    },
  },
};
