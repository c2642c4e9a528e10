// The affiliate programme from the web: counting `?ref=` visits, the affiliate's own account behind the
// magic-link sign-in (sent with the affiliate's portal session), and the creator's affiliates, links,
// balances and payouts (sent with the creator's session).
import {
  AffiliateBalancesDocument,
  type AffiliateBalancesQuery,
  AffiliateLinkProductsDocument,
  type AffiliateLinkProductsQuery,
  ArchiveAffiliateLinkDocument,
  CreateAffiliateLinkDocument,
  type CreateAffiliateLinkInput,
  DashboardAffiliateLinksDocument,
  DashboardAffiliatesDocument,
  type DashboardAffiliatesQuery,
  MyAffiliateAccountDocument,
  type MyAffiliateAccountQuery,
  PauseAffiliateDocument,
  RecordAffiliateClickDocument,
  type RecordAffiliateClickInput,
  type RecordAffiliateClickMutation,
  RecordPayoutDocument,
  type RecordPayoutInput,
  RequestAffiliateSignInDocument,
  ResumeAffiliateDocument,
  SignInAffiliateDocument,
  type SignInAffiliateMutation,
  SignOutAffiliateDocument,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

/** A loader's or action's arguments; each function below picks the one sign-in its operation is sent with. */
type Caller = Omit<ApiCaller, 'credential'>;

const asAffiliate = (caller: Caller): ApiCaller => ({ ...caller, credential: 'affiliate' });
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type AffiliateAccount = NonNullable<MyAffiliateAccountQuery['myAffiliateAccount']>;
export type AffiliateSale = AffiliateAccount['sales']['nodes'][number];
export type AffiliatePortalSession = SignInAffiliateMutation['signInAffiliate'];
export type DashboardAffiliatePage = DashboardAffiliatesQuery['affiliates'];
export type DashboardAffiliate = DashboardAffiliatePage['nodes'][number];
export type DashboardAffiliateLinkPage = DashboardAffiliate['linksConnection'];
export type AffiliateBalancePage = AffiliateBalancesQuery['affiliateBalancesConnection'];
export type AffiliateBalance = AffiliateBalancePage['nodes'][number];
export type LinkProduct = AffiliateLinkProductsQuery['products']['nodes'][number];

/** Counts a `?ref=` visit, sent with no sign-in at all: the click belongs to the visitor. */
export async function recordAffiliateClick(
  caller: Caller,
  input: RecordAffiliateClickInput,
): Promise<RecordAffiliateClickMutation['recordAffiliateClick']> {
  const { recordAffiliateClick } = await gql(
    { ...caller, credential: 'none' },
    RecordAffiliateClickDocument,
    { input },
  );
  return recordAffiliateClick;
}

/** Asks for a sign-in link by email; the API answers the same whether or not the email is an affiliate's. */
export async function requestAffiliateSignIn(caller: Caller, email: string): Promise<void> {
  await gql({ ...caller, credential: 'none' }, RequestAffiliateSignInDocument, { email });
}

/** Exchanges a sign-in link's token for a portal session (UNAUTHENTICATED when unknown, used or expired). */
export async function signInAffiliate(caller: Caller, token: string): Promise<AffiliatePortalSession> {
  const { signInAffiliate } = await gql({ ...caller, credential: 'none' }, SignInAffiliateDocument, {
    token,
  });
  return signInAffiliate;
}

/** Ends the portal session the request's cookie holds. */
export async function signOutAffiliate(caller: Caller): Promise<void> {
  await gql(asAffiliate(caller), SignOutAffiliateDocument);
}

type Page = { first: number; after: string | null };

/** The signed-in affiliate's account with one page of links and one of sales; null without a live session. */
export async function getMyAffiliateAccount(
  caller: Caller,
  pages: { sales: Page; links: Page },
): Promise<AffiliateAccount | null> {
  const { myAffiliateAccount } = await gql(asAffiliate(caller), MyAffiliateAccountDocument, {
    salesFirst: pages.sales.first,
    salesAfter: pages.sales.after,
    linksFirst: pages.links.first,
    linksAfter: pages.links.after,
  });
  return myAffiliateAccount;
}

/** Creator: one page of affiliates with their totals and the first `linksFirst` links of each. */
export async function listAffiliates(
  caller: Caller,
  page: Page & { linksFirst: number },
): Promise<DashboardAffiliatePage> {
  const { affiliates } = await gql(asCreator(caller), DashboardAffiliatesDocument, page);
  return affiliates;
}

/** Creator: one page of an affiliate's links; null when there is no such affiliate. */
export async function listAffiliateLinks(
  caller: Caller,
  id: string,
  page: Page,
): Promise<DashboardAffiliateLinkPage | null> {
  const { affiliate } = await gql(asCreator(caller), DashboardAffiliateLinksDocument, { id, ...page });
  return affiliate?.linksConnection ?? null;
}

/** Creator: one page of the affiliate balances with something approved or owed back, per currency. */
export async function listAffiliateBalances(caller: Caller, page: Page): Promise<AffiliateBalancePage> {
  const { affiliateBalancesConnection } = await gql(asCreator(caller), AffiliateBalancesDocument, page);
  return affiliateBalancesConnection;
}

/** Creator: every such balance, page after page (the export). */
export async function listAllAffiliateBalances(caller: Caller): Promise<AffiliateBalance[]> {
  const balances: AffiliateBalance[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listAffiliateBalances(caller, { first: 100, after });
    balances.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return balances;
    after = page.pageInfo.endCursor;
  }
}

/** The products a link can be limited to (the published catalog, up to 100). */
export async function listLinkProducts(caller: Caller): Promise<LinkProduct[]> {
  const { products } = await gql(asCreator(caller), AffiliateLinkProductsDocument, { first: 100 });
  return products.nodes;
}

export async function createAffiliateLink(caller: Caller, input: CreateAffiliateLinkInput): Promise<void> {
  await gql(asCreator(caller), CreateAffiliateLinkDocument, { input });
}

export async function archiveAffiliateLink(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), ArchiveAffiliateLinkDocument, { id });
}

export async function pauseAffiliate(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), PauseAffiliateDocument, { id });
}

export async function resumeAffiliate(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), ResumeAffiliateDocument, { id });
}

export async function recordPayout(caller: Caller, input: RecordPayoutInput): Promise<void> {
  await gql(asCreator(caller), RecordPayoutDocument, { input });
}
