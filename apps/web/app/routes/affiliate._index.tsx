// The affiliate's earnings page. Signed out (no portal session, or one that expired or ended), it asks for
// an email and has the API send a sign-in link, answering the same whether or not the email is an
// affiliate's. Signed in, it shows the affiliate's links to share, their clicks and conversions, commission
// by stage and the sales it came from, never a buyer's details. The links and the sales page on their own
// cursors (`linksAfter`, `after`).
//
// The session cookie is sent only to /affiliate paths, and a client-side navigation would load this page's
// data from /affiliate.data, which is not one of them; so the links and forms that need the session load
// whole documents (reloadDocument).
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react';
import { CopyField } from '../components/copy-field';
import { FormField } from '../components/form-feedback';
import { Pager } from '../components/pager';
import { SectionPager } from '../components/section-pager';
import {
  type AffiliateAccount,
  type AffiliateSale,
  getMyAffiliateAccount,
  requestAffiliateSignIn,
} from '../graphql/affiliates.server';
import { isApiError } from '../graphql/client.server';
import { env } from '../lib/env.server';
import { emptyMoneyLabel, formatDate, formatMoneyList, formatPercent } from '../lib/format';
import { requireSameOrigin } from '../lib/http.server';
import { withSearchParams } from '../lib/list-query';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { readCursors, restartStaleCursors } from '../lib/page-cursors.server';
import { affiliateSessionCookie, cookieOptions, readAffiliateToken } from '../lib/session.server';
import affiliateStyles from '../styles/affiliate.css?url';

const SALES_PER_PAGE = 25;
const LINKS_PER_PAGE = 20;
const CURSORS = ['after', 'linksAfter'] as const;
const SIGN_IN_SENT =
  'If that email belongs to an affiliate, a sign-in link is on its way. It works once, for 15 minutes.';
const SIGN_IN_FAILED = 'We couldn’t send a sign-in link just now. Please try again in a moment.';
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: affiliateStyles }];

// Remix keeps the loader's Set-Cookie (a cleared session) on its own.
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: pageTitle(data?.account ? 'Your affiliate earnings' : 'Affiliate sign-in', storeNameFrom(matches)),
  },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const signedOut = { account: null, firstPage: true, linksPaged: false };
  if (!(await readAffiliateToken(request))) return signedOut;
  const { after, linksAfter } = readCursors(request, CURSORS);
  const account = await restartStaleCursors(request, CURSORS, () =>
    getMyAffiliateAccount(
      { request, context },
      {
        sales: { first: SALES_PER_PAGE, after },
        links: { first: LINKS_PER_PAGE, after: linksAfter },
      },
    ),
  );
  if (account) return { account, firstPage: !after, linksPaged: linksAfter !== null };
  // The session expired or ended elsewhere: forget it, and the page asks for a new sign-in link.
  const cleared = await affiliateSessionCookie.serialize('', cookieOptions({ publicUrl: env.publicUrl }));
  return data(signedOut, { headers: { 'Set-Cookie': cleared } });
}

type ActionResult =
  | { sent: true; email: string }
  | { sent: false; email: string; fieldError?: string; formError?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  if (!EMAIL_SHAPE.test(email) || email.length > 254) {
    return data<ActionResult>(
      { sent: false, email, fieldError: 'Enter a valid email address.' },
      { status: 400 },
    );
  }
  try {
    await requestAffiliateSignIn({ request, context }, email);
  } catch (error) {
    if (isApiError(error, 'BAD_USER_INPUT')) {
      return data<ActionResult>({ sent: false, email, fieldError: error.message }, { status: 400 });
    }
    if (isApiError(error, 'RATE_LIMITED')) {
      const formError =
        'You’ve asked for several sign-in links in a short time. Please check your inbox, or wait a few minutes and try again.';
      return data<ActionResult>({ sent: false, email, formError }, { status: 429 });
    }
    console.error(error);
    return data<ActionResult>({ sent: false, email, formError: SIGN_IN_FAILED }, { status: 503 });
  }
  return data<ActionResult>({ sent: true, email });
}

export default function AffiliatePage() {
  const { account, firstPage, linksPaged } = useLoaderData<typeof loader>();
  return (
    <div className="container affiliate-page">
      {account ? (
        <Earnings account={account} firstPage={firstPage} linksPaged={linksPaged} />
      ) : (
        <SignInRequest />
      )}
    </div>
  );
}

function SignInRequest() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  const fieldError = result && !result.sent ? result.fieldError : undefined;
  const formError = result && !result.sent ? result.formError : undefined;
  return (
    <section className="affiliate-card affiliate-sign-in" aria-labelledby="sign-in-title">
      <p className="eyebrow">Affiliates</p>
      <h1 id="sign-in-title">Your earnings</h1>
      {result?.sent ? (
        <p className="affiliate-sent" role="status">
          {SIGN_IN_SENT}
        </p>
      ) : (
        <>
          <p className="lead">
            Enter the email address the store knows you by and we’ll send you a link to sign in. No password
            needed.
          </p>
          <Form method="post" noValidate>
            {formError && (
              <p className="form-error" role="alert">
                {formError}
              </p>
            )}
            <FormField id="email" label="Email address" error={fieldError}>
              {(props) => (
                <input
                  {...props}
                  name="email"
                  type="email"
                  autoComplete="email"
                  inputMode="email"
                  required
                  defaultValue={result?.email ?? ''}
                />
              )}
            </FormField>
            <button type="submit" className="button button-primary button-block" disabled={busy}>
              {busy ? 'Sending…' : 'Email me a sign-in link'}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

function Earnings({
  account,
  firstPage,
  linksPaged,
}: {
  account: AffiliateAccount;
  firstPage: boolean;
  linksPaged: boolean;
}) {
  return (
    <>
      <header className="affiliate-header">
        <div>
          <p className="eyebrow">Affiliate earnings</p>
          <h1>Hello, {account.name || account.email}</h1>
          <p className="muted">Signed in as {account.email}</p>
        </div>
        <Form method="post" action="/affiliate/sign-out" reloadDocument>
          <button type="submit" className="button button-secondary">
            Sign out
          </button>
        </Form>
      </header>
      {account.status === 'PAUSED' && (
        <p className="notice" role="note">
          The store has paused your links: they still take shoppers to the store, but earn no commission until
          they are resumed.
        </p>
      )}
      <Totals account={account} />
      <LinkList links={account.linksConnection} paged={linksPaged} />
      <SalesTable sales={account.sales} firstPage={firstPage} />
    </>
  );
}

function Totals({ account }: { account: AffiliateAccount }) {
  const { pendingCommission, approvedCommission, paidCommission, owedBack } = account;
  const none = emptyMoneyLabel([pendingCommission, approvedCommission, paidCommission, owedBack]);
  const stats: Array<[string, string, string?]> = [
    ['Pending', formatMoneyList(pendingCommission, none), 'Inside the store’s refund window'],
    ['Approved', formatMoneyList(approvedCommission, none), 'Final, waiting for the next payout'],
    ['Paid', formatMoneyList(paidCommission, none), 'Sent to you'],
    ['Owed back', formatMoneyList(owedBack, none), 'Refunds after approval, taken from the next payout'],
    ['Clicks', String(account.clicks)],
    ['Conversions', String(account.conversions)],
    ['Conversion rate', formatPercent(account.conversionRate)],
  ];
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        Totals
      </h2>
      <dl className="stat-grid">
        {stats.map(([label, value, hint]) => (
          <div key={label} className="stat">
            <dt>{label}</dt>
            <dd>
              <span className="stat-value">{value}</span>
              {hint && <span className="stat-hint">{hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function LinkList({ links, paged }: { links: AffiliateAccount['linksConnection']; paged: boolean }) {
  return (
    <section className="affiliate-section" aria-labelledby="links-title">
      <h2 id="links-title">Your links</h2>
      {links.nodes.length === 0 ? (
        <p className="empty-state">{paged ? 'No more links.' : 'The store hasn’t given you a link yet.'}</p>
      ) : (
        <ul className="affiliate-links">
          {links.nodes.map((link) => (
            <li key={link.code} className="affiliate-link">
              <div className="affiliate-link-head">
                <p className="affiliate-link-code">
                  <code>{link.code}</code>
                  {link.archived && <span className="badge badge-muted">Archived</span>}
                </p>
                <p className="muted small">
                  {link.productName ?? 'Whole store'} · {link.commissionPercent}% commission
                </p>
              </div>
              {!link.archived && (
                <CopyField
                  id={`link-${link.code}`}
                  value={link.url}
                  label={`Link for ${link.code}`}
                  copyLabel={`Copy the link for ${link.code}`}
                />
              )}
              <p className="affiliate-link-stats small">
                {link.clicks} {link.clicks === 1 ? 'click' : 'clicks'} · {link.conversions}{' '}
                {link.conversions === 1 ? 'conversion' : 'conversions'} · {formatPercent(link.conversionRate)}{' '}
                conversion rate
              </p>
            </li>
          ))}
        </ul>
      )}
      <SectionPager
        cursor="linksAfter"
        section="links-title"
        paged={paged}
        pageInfo={links.pageInfo}
        totalCount={links.totalCount}
        firstLabel="← Newest links"
        nextLabel="More links"
        reloadDocument
      />
    </section>
  );
}

const STATUS_LABELS: Record<AffiliateSale['status'], string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  PAID: 'Paid',
  REVERSED: 'Reversed',
};

function SalesTable({ sales, firstPage }: { sales: AffiliateAccount['sales']; firstPage: boolean }) {
  const { nodes, pageInfo, totalCount } = sales;
  const location = useLocation();
  return (
    <section className="affiliate-section" aria-labelledby="sales-title">
      <h2 id="sales-title">Sales</h2>
      {nodes.length === 0 ? (
        <p className="empty-state">
          {firstPage ? 'No sales yet. Share your link and they’ll show up here.' : 'No older sales.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              Sales through your links, newest first ({totalCount} in all)
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Product</th>
                <th scope="col" className="numeric">
                  Amount
                </th>
                <th scope="col" className="numeric">
                  Commission
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((sale) => (
                <tr key={sale.id}>
                  <td>{formatDate(sale.date)}</td>
                  <td>
                    {sale.productNames.join(', ')}
                    {sale.kind === 'RENEWAL' && <span className="muted small"> (renewal)</span>}
                  </td>
                  <td className="numeric">{formatMoneyList([sale.amount])}</td>
                  <td className="numeric">
                    {formatMoneyList([sale.commission])}
                    {sale.owedBack.amount > 0 && (
                      <span className="stat-hint">{formatMoneyList([sale.owedBack])} owed back</span>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge-${sale.status.toLowerCase()}`}>
                      {STATUS_LABELS[sale.status]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        firstHref={firstPage ? null : withSearchParams(location, { after: null }, 'sales-title')}
        nextHref={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? withSearchParams(location, { after: pageInfo.endCursor }, 'sales-title')
            : null
        }
        firstLabel="← Newest sales"
        nextLabel="Load more"
        reloadDocument
      />
    </section>
  );
}
