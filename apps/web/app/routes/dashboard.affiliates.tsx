// The creator's affiliates page: each affiliate with their totals and links (pause, resume, archive), a
// form for a new link (which adds the affiliate for a new email), and the balances to pay out, each with a
// form to record a payout and all of them as a CSV. Every change is a form post checked for its origin.
// The affiliates (`after`), one affiliate's links past the first that its card shows (`linksOf`,
// `linksAfter`) and the balances (`balancesAfter`) page on their own cursors.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useLoaderData, useLocation } from '@remix-run/react';
import type { RenewalCommission } from '@shelf/graphql';
import type { ReactNode } from 'react';
import { CsrfField } from '../components/csrf-field';
import { type FieldControlProps, FormField, FormMessage, fieldError } from '../components/form-feedback';
import { IntentForm } from '../components/intent-form';
import { Pager } from '../components/pager';
import { SectionPager } from '../components/section-pager';
import {
  type AffiliateBalance,
  type AffiliateBalancePage,
  archiveAffiliateLink,
  createAffiliateLink,
  type DashboardAffiliate,
  type DashboardAffiliateLinkPage,
  type LinkProduct,
  listAffiliateBalances,
  listAffiliateLinks,
  listAffiliates,
  listLinkProducts,
  pauseAffiliate,
  recordPayout,
  resumeAffiliate,
} from '../graphql/affiliates.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { invalid, performChange } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor, useResultForAny } from '../lib/form-result';
import { emptyMoneyLabel, formatDate, formatMoneyList } from '../lib/format';
import { withSearchParams } from '../lib/list-query';
import { parseDecimalAmount, toDecimalAmount } from '../lib/money';
import { readCursors, restartStaleCursors } from '../lib/page-cursors.server';
import dashboardStyles from '../styles/dashboard.css?url';

const AFFILIATES_PER_PAGE = 50;
const LINKS_PER_CARD = 20;
const BALANCES_PER_PAGE = 50;
const CURSORS = ['after', 'linksAfter', 'balancesAfter'] as const;
const RENEWAL_OPTIONS: Array<[RenewalCommission, string]> = [
  ['FIRST_PAYMENT', 'The first payment only'],
  ['EVERY_PAYMENT', 'Every payment, renewals included'],
];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: dashboardStyles }];

export const headers = privateHeaders;

export const meta = dashboardMeta('Affiliates');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { after, linksAfter, balancesAfter } = readCursors(request, CURSORS);
  const linksOf = linksAfter ? new URL(request.url).searchParams.get('linksOf') || null : null;
  const caller = { request, context };
  const [affiliates, moreLinks, balances, products] = await asCreator(request, () =>
    restartStaleCursors(request, CURSORS, () =>
      Promise.all([
        listAffiliates(caller, { first: AFFILIATES_PER_PAGE, after, linksFirst: LINKS_PER_CARD }),
        linksOf ? listAffiliateLinks(caller, linksOf, { first: LINKS_PER_CARD, after: linksAfter }) : null,
        listAffiliateBalances(caller, { first: BALANCES_PER_PAGE, after: balancesAfter }),
        listLinkProducts(caller),
      ]),
    ),
  );
  // The card of the affiliate whose links are paged shows that page instead of their first.
  const nodes = affiliates.nodes.map((affiliate) =>
    affiliate.id === linksOf && moreLinks ? { ...affiliate, linksConnection: moreLinks } : affiliate,
  );
  return {
    affiliates: { ...affiliates, nodes },
    linksOf: moreLinks ? linksOf : null,
    balances,
    balancesPaged: balancesAfter !== null,
    products,
    firstPage: !after,
  };
}

/** What an action answers: which form it was (`form`), and a notice, or an error (beside `field`, if any). */
type ActionResult = {
  form: string;
  notice?: string;
  /** When a change succeeded: a new value each time, so its form starts empty again. */
  doneAt?: number;
  error?: string;
  field?: string;
  values?: Record<string, string>;
};

type Caller = Parameters<typeof createAffiliateLink>[0];

const CREATE_FIELDS = ['email', 'name', 'code', 'commissionPercent', 'productId', 'renewalCommission'];
const PAYOUT_FIELDS = ['amount', 'method', 'reference'];

function formValues(form: FormData, names: ReadonlyArray<string>): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '').trim()]));
}

/** Runs one change as the signed-in creator and answers the form it came from with the notice it returns. */
function perform(
  request: Request,
  formKey: string,
  values: Record<string, string> | undefined,
  work: () => Promise<string>,
) {
  return performChange(request, formKey, async () => ({ notice: await work() }), values);
}

async function createLink(caller: Caller, values: Record<string, string>, percent: number) {
  await createAffiliateLink(caller, {
    email: values.email ?? '',
    name: values.name || null,
    code: values.code ?? '',
    commissionPercent: percent,
    productId: values.productId || null,
    renewalCommission: values.renewalCommission === 'EVERY_PAYMENT' ? 'EVERY_PAYMENT' : 'FIRST_PAYMENT',
  });
  return `Link ${values.code} created.`;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const intent = String(form.get('intent') ?? '');
  const id = String(form.get('id') ?? '');
  const caller = { request, context };
  switch (intent) {
    case 'create-link': {
      const values = formValues(form, CREATE_FIELDS);
      const percent = values.commissionPercent ? Number(values.commissionPercent) : 30;
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
        return invalid(
          'create',
          'commissionPercent',
          'The commission is a whole percent from 0 to 100.',
          values,
        );
      }
      return perform(request, 'create', values, () => createLink(caller, values, percent));
    }
    case 'record-payout': {
      const target = {
        affiliateId: String(form.get('affiliateId') ?? ''),
        currency: String(form.get('currency') ?? ''),
      };
      const formKey = `payout:${target.affiliateId}:${target.currency}`;
      const values = formValues(form, PAYOUT_FIELDS);
      const amount = parseDecimalAmount(values.amount ?? '', target.currency);
      if (amount === null || amount <= 0) {
        return invalid(formKey, 'amount', 'Enter the amount sent, such as 25.00.', values);
      }
      if (!values.method) {
        return invalid(formKey, 'method', 'Say how it was sent, such as bank transfer.', values);
      }
      return perform(request, formKey, values, async () => {
        await recordPayout(caller, {
          ...target,
          amount,
          method: values.method ?? '',
          reference: values.reference || null,
        });
        return 'Payout recorded.';
      });
    }
    case 'pause':
      return perform(request, `pause:${id}`, undefined, async () => {
        await pauseAffiliate(caller, id);
        return 'Affiliate paused.';
      });
    case 'resume':
      return perform(request, `resume:${id}`, undefined, async () => {
        await resumeAffiliate(caller, id);
        return 'Affiliate resumed.';
      });
    case 'archive':
      return perform(request, `archive:${id}`, undefined, async () => {
        await archiveAffiliateLink(caller, id);
        return 'Link archived.';
      });
    default:
      return data<ActionResult>({ form: intent, error: 'Unknown action.' }, { status: 400 });
  }
}

export default function DashboardAffiliates() {
  const { affiliates, linksOf, balances, balancesPaged, products, firstPage } =
    useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Affiliates</h1>
          <p className="muted">
            {affiliates.totalCount} {affiliates.totalCount === 1 ? 'affiliate' : 'affiliates'}. Commission
            stays pending until the store’s refund window has passed, then it is approved and payable.
          </p>
        </div>
      </header>
      <NewLinkForm products={products} />
      <section className="dashboard-section" aria-labelledby="affiliates-title">
        <h2 id="affiliates-title">Affiliates and links</h2>
        {affiliates.nodes.length === 0 ? (
          <p className="empty-state">No affiliates yet. Create a link above to add the first one.</p>
        ) : (
          <ul className="affiliate-list">
            {affiliates.nodes.map((affiliate) => (
              <AffiliateCard key={affiliate.id} affiliate={affiliate} linksPaged={affiliate.id === linksOf} />
            ))}
          </ul>
        )}
        <Pager
          firstHref={firstPage ? null : withSearchParams(location, { ...NO_LINK_PAGE, after: null })}
          nextHref={
            affiliates.pageInfo.hasNextPage && affiliates.pageInfo.endCursor
              ? withSearchParams(location, { ...NO_LINK_PAGE, after: affiliates.pageInfo.endCursor })
              : null
          }
        />
      </section>
      <Balances balances={balances} paged={balancesPaged} />
    </div>
  );
}

function Field({
  name,
  label,
  result,
  hint,
  children,
}: {
  name: string;
  label: string;
  result: ActionResult | undefined;
  hint?: ReactNode;
  children: (props: FieldControlProps & { name: string }) => ReactNode;
}) {
  return (
    <FormField id={`create-${name}`} label={label} error={fieldError(result, name)} hint={hint}>
      {(props) => children({ ...props, name })}
    </FormField>
  );
}

function NewLinkForm({ products }: { products: LinkProduct[] }) {
  const result = useResultFor<ActionResult>('create');
  const busy = useBusy('create-link');
  // After a success the form starts empty again: a new key remounts its fields.
  const values = result?.error ? (result.values ?? {}) : {};
  return (
    <section className="dashboard-card" aria-labelledby="new-link-title">
      <h2 id="new-link-title">New link</h2>
      <FormMessage result={result} id="create-error" />
      <Form method="post" noValidate className="new-link-form" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="create-link" />
        <Field name="email" label="Affiliate’s email" result={result}>
          {(props) => (
            <input {...props} type="email" autoComplete="off" required defaultValue={values.email ?? ''} />
          )}
        </Field>
        <Field name="name" label="Name" result={result} hint="Used when the email is new.">
          {(props) => <input {...props} type="text" autoComplete="off" defaultValue={values.name ?? ''} />}
        </Field>
        <Field
          name="code"
          label="Code"
          result={result}
          hint={
            <>
              Letters, digits, - and _; shoppers arrive with <code>?ref=CODE</code>.
            </>
          }
        >
          {(props) => (
            <input {...props} type="text" autoComplete="off" required defaultValue={values.code ?? ''} />
          )}
        </Field>
        <Field name="commissionPercent" label="Commission (%)" result={result}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              defaultValue={values.commissionPercent || '30'}
            />
          )}
        </Field>
        <Field name="productId" label="Product" result={result}>
          {(props) => (
            <select {...props} defaultValue={values.productId ?? ''}>
              <option value="">Whole store</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="renewalCommission" label="Subscriptions earn on" result={result}>
          {(props) => (
            <select {...props} defaultValue={values.renewalCommission || 'FIRST_PAYMENT'}>
              {RENEWAL_OPTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="new-link-submit">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create link'}
          </button>
        </div>
      </Form>
    </section>
  );
}

function ActionButton({
  intent,
  id,
  label,
  accessibleLabel,
}: {
  intent: string;
  id: string;
  label: string;
  accessibleLabel: string;
}) {
  const result = useResultFor<ActionResult>(`${intent}:${id}`);
  return (
    <IntentForm intent={intent} fields={{ id }} label={label} accessibleLabel={accessibleLabel}>
      {result?.error && (
        <span className="form-error" role="alert">
          {result.error}
        </span>
      )}
    </IntentForm>
  );
}

/** Another page of affiliates starts every card at its first links. */
const NO_LINK_PAGE = { linksOf: null, linksAfter: null };

/** The pager under a card's links: `linksOf` names the card whose links `linksAfter` pages. */
function LinksPager({
  affiliateId,
  links,
  paged,
}: {
  affiliateId: string;
  links: DashboardAffiliateLinkPage;
  paged: boolean;
}) {
  const location = useLocation();
  if (!paged && !links.pageInfo.hasNextPage) return null;
  const section = `affiliate-${affiliateId}`;
  return (
    <>
      <p className="muted small">{links.totalCount} links in all.</p>
      <Pager
        firstHref={paged ? withSearchParams(location, NO_LINK_PAGE, section) : null}
        nextHref={
          links.pageInfo.hasNextPage && links.pageInfo.endCursor
            ? withSearchParams(
                location,
                { linksOf: affiliateId, linksAfter: links.pageInfo.endCursor },
                section,
              )
            : null
        }
        firstLabel="← Newest links"
        nextLabel="More links"
      />
    </>
  );
}

function AffiliateCard({ affiliate, linksPaged }: { affiliate: DashboardAffiliate; linksPaged: boolean }) {
  const links = affiliate.linksConnection;
  const who = affiliate.name || affiliate.email;
  const { pendingCommission, approvedCommission, paidCommission, owedBack, balance } = affiliate;
  const none = emptyMoneyLabel([pendingCommission, approvedCommission, paidCommission, owedBack, balance]);
  const totals: Array<[string, string]> = [
    ['Pending', formatMoneyList(pendingCommission, none)],
    ['Approved', formatMoneyList(approvedCommission, none)],
    ['Paid', formatMoneyList(paidCommission, none)],
    ['Owed back', formatMoneyList(owedBack, none)],
    ['Balance', formatMoneyList(balance, none)],
    ['Clicks', String(affiliate.clicks)],
    ['Conversions', String(affiliate.conversions)],
  ];
  return (
    <li className="dashboard-card affiliate-card-item" aria-labelledby={`affiliate-${affiliate.id}`}>
      <div className="affiliate-card-head">
        <div>
          <h3 id={`affiliate-${affiliate.id}`}>
            {who}{' '}
            <span className={`badge ${affiliate.status === 'PAUSED' ? 'badge-pending' : 'badge-approved'}`}>
              {affiliate.status === 'PAUSED' ? 'Paused' : 'Active'}
            </span>
          </h3>
          <p className="muted small">{affiliate.email}</p>
        </div>
        {affiliate.status === 'PAUSED' ? (
          <ActionButton intent="resume" id={affiliate.id} label="Resume" accessibleLabel={`Resume ${who}`} />
        ) : (
          <ActionButton intent="pause" id={affiliate.id} label="Pause" accessibleLabel={`Pause ${who}`} />
        )}
      </div>
      <dl className="totals">
        {totals.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {links.nodes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Links of {who}</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Product</th>
                <th scope="col" className="numeric">
                  Commission
                </th>
                <th scope="col" className="numeric">
                  Clicks
                </th>
                <th scope="col" className="numeric">
                  Conversions
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.nodes.map((link) => (
                <tr key={link.id}>
                  <td>
                    <code>{link.code}</code>
                  </td>
                  <td>{link.product?.name ?? 'Whole store'}</td>
                  <td className="numeric">
                    {link.commissionPercent}%
                    {link.renewalCommission === 'EVERY_PAYMENT' && (
                      <span className="muted small"> (renewals too)</span>
                    )}
                  </td>
                  <td className="numeric">{link.clicks}</td>
                  <td className="numeric">{link.conversions}</td>
                  <td>{link.archivedAt ? `Archived ${formatDate(link.archivedAt)}` : 'Live'}</td>
                  <td>
                    {!link.archivedAt && (
                      <ActionButton
                        intent="archive"
                        id={link.id}
                        label="Archive"
                        accessibleLabel={`Archive link ${link.code}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LinksPager affiliateId={affiliate.id} links={links} paged={linksPaged} />
    </li>
  );
}

function Balances({ balances, paged }: { balances: AffiliateBalancePage; paged: boolean }) {
  // Said here rather than beside the form: a payout of the whole balance takes its row away.
  const paid = useResultForAny<ActionResult>('payout:')?.notice;
  return (
    <section className="dashboard-section" aria-labelledby="balances-title">
      <div className="section-head">
        <h2 id="balances-title">Balances to pay</h2>
        <a
          href="/dashboard/affiliates/balances.csv"
          className="button button-secondary button-small"
          download
        >
          Download CSV
        </a>
      </div>
      <p className="muted small">
        Approved commission less what refunds took back after approval. A payout settles the oldest approved
        commission first.
      </p>
      {paid && (
        <p className="form-notice" role="status">
          {paid}
        </p>
      )}
      {balances.nodes.length === 0 ? (
        <p className="empty-state">{paged ? 'No more balances.' : 'Nothing is payable yet.'}</p>
      ) : (
        <ul className="balance-list">
          {balances.nodes.map((balance) => (
            <BalanceRow key={`${balance.affiliate.id}:${balance.currency}`} balance={balance} />
          ))}
        </ul>
      )}
      <SectionPager
        cursor="balancesAfter"
        section="balances-title"
        paged={paged}
        pageInfo={balances.pageInfo}
        totalCount={balances.totalCount}
        firstLabel="← First balances"
        nextLabel="More balances"
      />
    </section>
  );
}

function BalanceRow({ balance }: { balance: AffiliateBalance }) {
  const formKey = `payout:${balance.affiliate.id}:${balance.currency}`;
  const result = useResultFor<ActionResult>(formKey);
  const who = balance.affiliate.name || balance.affiliate.email;
  const idPrefix = `payout-${balance.affiliate.id}-${balance.currency}`;
  const values = result?.error ? (result.values ?? {}) : {};
  const fieldError = (name: string) => (result?.field === name ? result.error : undefined);
  const payable = Math.max(0, balance.payable.amount);
  return (
    <li className="dashboard-card balance-row" aria-labelledby={`${idPrefix}-title`}>
      <div className="balance-head">
        <h3 id={`${idPrefix}-title`}>
          {who} <span className="muted small">({balance.currency.toUpperCase()})</span>
        </h3>
        <dl className="totals">
          <div>
            <dt>Approved</dt>
            <dd>{formatMoneyList([balance.approved])}</dd>
          </div>
          <div>
            <dt>Owed back</dt>
            <dd>{formatMoneyList([balance.owedBack])}</dd>
          </div>
          <div>
            <dt>Payable</dt>
            <dd>{formatMoneyList([balance.payable])}</dd>
          </div>
        </dl>
      </div>
      <FormMessage result={result?.error ? result : undefined} id={`${idPrefix}-error`} />
      <Form
        method="post"
        noValidate
        className="payout-form"
        aria-label={`Record a payout to ${who}`}
        // Afresh after each payout, and whenever the payable balance (its default amount) changes.
        key={`${result?.doneAt ?? 'form'}:${balance.payable.amount}`}
      >
        <CsrfField />
        <input type="hidden" name="intent" value="record-payout" />
        <input type="hidden" name="affiliateId" value={balance.affiliate.id} />
        <input type="hidden" name="currency" value={balance.currency} />
        {(
          [
            ['amount', 'Amount', values.amount ?? toDecimalAmount(payable, balance.currency), 'decimal'],
            ['method', 'Method', values.method ?? '', 'text'],
            ['reference', 'Reference (optional)', values.reference ?? '', 'text'],
          ] as const
        ).map(([name, label, value, inputMode]) => {
          const error = fieldError(name);
          const id = `${idPrefix}-${name}`;
          return (
            <div key={name} className="field">
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                name={name}
                type="text"
                inputMode={inputMode}
                autoComplete="off"
                placeholder={name === 'method' ? 'Bank transfer' : undefined}
                defaultValue={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error && (
                <p id={`${id}-error`} className="form-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div className="payout-submit">
          <button type="submit" className="button button-primary">
            Record payout
          </button>
        </div>
      </Form>
    </li>
  );
}
