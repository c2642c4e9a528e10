// /dashboard/orders/:id: one order with everything about it (items and amounts, the payment at the
// provider, download links and their log, license keys and their activations, emails, the provider's
// events) and the support actions: refund in full or in part (confirmed first), resend the delivery
// email, reset a link's count, extend its window, revoke or reinstate a key. Each action answers beside
// its form; the audit log of changes made by hand is at the bottom, paged on its own cursor (`auditAfter`).
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { formatMoney } from '@shelf/format';
import type { OrderStatus } from '@shelf/graphql';
import type { ReactNode } from 'react';
import { CsrfField } from '../components/csrf-field';
import { FormMessage } from '../components/form-feedback';
import { SectionPager } from '../components/section-pager';
import { isApiError, shopperMessage } from '../graphql/client.server';
import {
  type DashboardOrderDetail,
  extendDownloadWindow,
  getOrder,
  refundOrder,
  reinstateLicense,
  resendDeliveryEmail,
  resetDownloadCount,
  revokeLicense,
} from '../graphql/orders.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { parseDecimalAmount, toDecimalAmount } from '../lib/money';
import { readCursors, restartStaleCursors } from '../lib/page-cursors.server';
import dashboardStyles from '../styles/dashboard.css?url';
import ordersStyles from '../styles/dashboard-orders.css?url';

const CHANGE_FAILED = 'That didn’t work just now. Please try again in a moment.';
const STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: 'Pending',
  PAID: 'Paid',
  REFUNDED: 'Refunded',
  PARTIALLY_REFUNDED: 'Partly refunded',
  DISPUTED: 'Disputed',
  CANCELED: 'Canceled',
};

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: ordersStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  { title: pageTitle(loaded ? `Order #${loaded.order.number}` : 'Order', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

const CURSORS = ['auditAfter'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { auditAfter } = readCursors(request, CURSORS);
  const order = await asCreator(request, () =>
    restartStaleCursors(request, CURSORS, () => getOrder({ request, context }, params.id ?? '', auditAfter)),
  );
  if (!order) throw new Response('There is no such order.', { status: 404 });
  return { order, auditPaged: auditAfter !== null };
}

/** What an action answers: which form it was, and a notice or an error (beside `field`, if any). */
type ActionResult = {
  form: string;
  notice?: string;
  /** When a change succeeded: a new value each time, so its form starts empty again. */
  doneAt?: number;
  error?: string;
  field?: string;
  values?: Record<string, string>;
};
type Outcome = { notice: string } | { error: string; field?: string };

async function perform(
  request: Request,
  form: string,
  values: Record<string, string> | undefined,
  work: () => Promise<Outcome>,
) {
  try {
    const outcome = await asCreator(request, work);
    if ('error' in outcome) return data<ActionResult>({ form, ...outcome, values }, { status: 400 });
    return data<ActionResult>({ form, notice: outcome.notice, doneAt: Date.now() });
  } catch (error) {
    if (error instanceof Response) throw error;
    const rawField = isApiError(error) ? error.extensions.field : undefined;
    const field = typeof rawField === 'string' ? rawField : undefined;
    const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, CHANGE_FAILED);
    const status = isApiError(error, 'FORBIDDEN') ? 403 : isApiError(error, 'NOT_FOUND') ? 404 : 400;
    return data<ActionResult>({ form, error: message, field, values }, { status });
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  const orderId = params.id ?? '';
  const intent = String(form.get('intent') ?? '');
  const id = String(form.get('id') ?? '');
  switch (intent) {
    case 'refund': {
      const values = {
        amount: String(form.get('amount') ?? '').trim(),
        confirm: String(form.get('confirm') ?? ''),
      };
      const currency = String(form.get('currency') ?? 'usd');
      return perform(request, 'refund', values, async () => {
        let amount: { amount: number; currency: string } | null = null;
        if (values.amount) {
          const minor = parseDecimalAmount(values.amount, currency);
          if (minor === null || minor <= 0)
            return {
              error: 'Enter an amount such as 10.00, or leave it empty to refund the rest.',
              field: 'amount',
            };
          amount = { amount: minor, currency };
        }
        if (values.confirm !== 'yes')
          return { error: 'Tick the box to confirm the refund.', field: 'confirm' };
        await refundOrder(caller, orderId, amount);
        return {
          notice: amount
            ? 'Partial refund sent.'
            : 'Order refunded in full; its downloads and keys are revoked.',
        };
      });
    }
    case 'resend':
      return perform(request, 'resend', undefined, async () => {
        const to = await resendDeliveryEmail(caller, orderId);
        return { notice: `Delivery email queued to ${to}.` };
      });
    case 'reset-count':
      return perform(request, `reset-count:${id}`, undefined, async () => {
        await resetDownloadCount(caller, id);
        return { notice: 'Download count reset.' };
      });
    case 'extend': {
      const values = { days: String(form.get('days') ?? '').trim() };
      return perform(request, `extend:${id}`, values, async () => {
        const days = Number(values.days);
        if (!/^\d+$/.test(values.days) || days < 1 || days > 3650)
          return { error: 'Enter 1 to 3650 days.', field: 'days' };
        await extendDownloadWindow(caller, id, days);
        return { notice: `Window extended by ${days} ${days === 1 ? 'day' : 'days'}.` };
      });
    }
    case 'revoke-license':
      return perform(request, `license:${id}`, undefined, async () => {
        await revokeLicense(caller, id);
        return { notice: 'License revoked.' };
      });
    case 'reinstate-license':
      return perform(request, `license:${id}`, undefined, async () => {
        await reinstateLicense(caller, id);
        return { notice: 'License reinstated.' };
      });
    default:
      return data<ActionResult>({ form: intent, error: 'Unknown action.' }, { status: 400 });
  }
}

function useResultFor(form: string): ActionResult | undefined {
  const result = useActionData<typeof action>();
  return result?.form === form ? result : undefined;
}

function FieldError({ result, field, id }: { result: ActionResult | undefined; field: string; id: string }) {
  if (result?.field !== field || !result.error) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {result.error}
    </p>
  );
}

const money = (value: { amount: number; currency: string }) => formatMoney(value.amount, value.currency);
const when = (value: unknown) => (value ? formatDate(String(value)) : '—');
const dateTime = (value: unknown) =>
  value ? new Date(String(value)).toISOString().replace('T', ' ').slice(0, 16) : '—';

export default function DashboardOrder() {
  const { order, auditPaged } = useLoaderData<typeof loader>();
  return (
    <div className="container dashboard-page order-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">
            <Link to="/dashboard/orders" className="text-link">
              Orders
            </Link>
          </p>
          <h1>Order #{order.number}</h1>
          <p className="muted">
            <span className={`order-status order-status-${order.status.toLowerCase()}`}>
              {STATUS_LABELS[order.status]}
            </span>{' '}
            · started {when(order.createdAt)}
            {order.paidAt && <> · paid {when(order.paidAt)}</>}
          </p>
        </div>
      </header>
      <Summary order={order} />
      <Actions order={order} />
      <Grants order={order} />
      <Licenses order={order} />
      <Emails order={order} />
      <PaymentEvents order={order} />
      <AuditLog order={order} paged={auditPaged} />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Summary({ order }: { order: DashboardOrderDetail }) {
  return (
    <div className="order-summary">
      <Section id="order-buyer" title="Buyer and payment">
        <dl className="order-facts">
          <dt>Email</dt>
          <dd>{order.email ?? '—'}</dd>
          <dt>Name</dt>
          <dd>
            {order.customerId ? (
              <Link to={`/dashboard/customers/${order.customerId}`} className="text-link">
                {order.customerName || 'View customer'}
              </Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>Provider</dt>
          <dd>
            {order.paymentProvider.toLowerCase()}
            {order.providerUrl && (
              <>
                {' '}
                ·{' '}
                <a href={order.providerUrl} className="text-link" target="_blank" rel="noreferrer noopener">
                  View payment
                </a>
              </>
            )}
          </dd>
          <dt>Payment id</dt>
          <dd>
            <code>{order.providerPaymentId ?? '—'}</code>
          </dd>
          <dt>Affiliate</dt>
          <dd>{order.affiliateCode ?? '—'}</dd>
        </dl>
      </Section>
      <Section id="order-items" title="Items and amounts">
        <table className="data-table">
          <tbody>
            {order.items.map((item) => (
              <tr key={item.productId}>
                <th scope="row">
                  {item.productName}
                  {item.quantity > 1 && ` × ${item.quantity}`}
                </th>
                <td className="numeric">{money(item.unitPrice)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Subtotal</th>
              <td className="numeric">{money(order.subtotal)}</td>
            </tr>
            {order.discount.amount > 0 && (
              <tr>
                <th scope="row">Discount</th>
                <td className="numeric">−{money(order.discount)}</td>
              </tr>
            )}
            {order.tax.amount > 0 && (
              <tr>
                <th scope="row">Tax</th>
                <td className="numeric">{money(order.tax)}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Total</th>
              <td className="numeric">{money(order.total)}</td>
            </tr>
            {order.refunded.amount > 0 && (
              <tr>
                <th scope="row">Refunded</th>
                <td className="numeric">−{money(order.refunded)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </Section>
    </div>
  );
}

function Actions({ order }: { order: DashboardOrderDetail }) {
  const refund = useResultFor('refund');
  const resend = useResultFor('resend');
  const navigation = useNavigation();
  const busy = (intent: string) =>
    navigation.state !== 'idle' && navigation.formData?.get('intent') === intent;
  const left = order.refundable;
  return (
    <Section id="order-actions" title="Actions">
      <div className="order-actions">
        {left.amount > 0 ? (
          <Form method="post" className="order-refund-form" noValidate key={refund?.doneAt ?? 'refund'}>
            <CsrfField />
            <input type="hidden" name="intent" value="refund" />
            <input type="hidden" name="currency" value={left.currency} />
            <h3>Refund</h3>
            <FormMessage result={refund} />
            <div className="field">
              <label htmlFor="refund-amount">Amount ({left.currency.toUpperCase()})</label>
              <p id="refund-amount-hint" className="field-hint">
                Up to {money(left)}. Leave empty to refund all of it: a full refund revokes downloads and
                keys.
              </p>
              <input
                id="refund-amount"
                name="amount"
                type="text"
                inputMode="decimal"
                placeholder={toDecimalAmount(left.amount, left.currency)}
                defaultValue={refund?.error ? (refund.values?.amount ?? '') : ''}
                aria-invalid={refund?.field === 'amount' || refund?.field === 'currency' ? true : undefined}
                aria-describedby="refund-amount-hint refund-amount-error"
              />
              <FieldError result={refund} field="amount" id="refund-amount-error" />
              <FieldError result={refund} field="currency" id="refund-currency-error" />
            </div>
            <div className="field order-confirm">
              <label>
                <input type="checkbox" name="confirm" value="yes" aria-describedby="refund-confirm-error" /> I
                want to send this money back to the buyer
              </label>
              <FieldError result={refund} field="confirm" id="refund-confirm-error" />
            </div>
            <button type="submit" className="button button-primary" disabled={busy('refund')}>
              {busy('refund') ? 'Refunding…' : 'Refund'}
            </button>
          </Form>
        ) : (
          // A full refund empties the form's place at once: its notice stays, above what is left.
          <div className="order-refund-done">
            <h3>Refund</h3>
            <FormMessage result={refund} />
            <p className="muted">Nothing is left to refund.</p>
          </div>
        )}
        <Form method="post" className="order-resend-form">
          <CsrfField />
          <input type="hidden" name="intent" value="resend" />
          <h3>Delivery email</h3>
          <FormMessage result={resend} />
          <p className="field-hint">
            Sends the download links and keys again to {order.email ?? 'the buyer'}.
          </p>
          <button type="submit" className="button button-secondary" disabled={busy('resend')}>
            Resend delivery email
          </button>
        </Form>
      </div>
    </Section>
  );
}

function Grants({ order }: { order: DashboardOrderDetail }) {
  return (
    <Section id="order-grants" title="Download links">
      {order.downloadGrants.length === 0 ? (
        <p className="empty-state">This order has no download links.</p>
      ) : (
        <ul className="order-grants">
          {order.downloadGrants.map((grant) => (
            <li key={grant.id} className="dashboard-card">
              <h3>{grant.productName}</h3>
              <p className="muted">
                {grant.state.toLowerCase()} · {grant.downloadCount}
                {grant.downloadLimit === null ? ' downloads' : ` of ${grant.downloadLimit} downloads`} ·
                expires {grant.expiresAt ? when(grant.expiresAt) : 'never'}
                {grant.revokedAt && <> · revoked {when(grant.revokedAt)}</>}
              </p>
              <GrantActions grantId={grant.id} canExtend={grant.expiresAt !== null} />
              {grant.downloads.length > 0 && (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">File</th>
                      <th scope="col">Address</th>
                      <th scope="col">Browser</th>
                    </tr>
                  </thead>
                  <tbody>
                    {grant.downloads.map((download) => (
                      <tr key={download.id}>
                        <td>{dateTime(download.createdAt)}</td>
                        <td>{download.fileName}</td>
                        <td>{download.ipTruncated ?? '—'}</td>
                        <td className="order-user-agent">{download.userAgent ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function GrantActions({ grantId, canExtend }: { grantId: string; canExtend: boolean }) {
  const reset = useResultFor(`reset-count:${grantId}`);
  const extend = useResultFor(`extend:${grantId}`);
  const daysId = `extend-days-${grantId}`;
  return (
    <div className="order-grant-actions">
      <Form method="post" className="inline-form">
        <CsrfField />
        <input type="hidden" name="intent" value="reset-count" />
        <input type="hidden" name="id" value={grantId} />
        <button type="submit" className="button button-secondary button-small">
          Reset count
        </button>
        <FormMessage result={reset} />
      </Form>
      {canExtend && (
        <Form method="post" className="inline-form" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="extend" />
          <input type="hidden" name="id" value={grantId} />
          <label htmlFor={daysId}>Extend by</label>
          <input
            id={daysId}
            name="days"
            type="number"
            min={1}
            max={3650}
            defaultValue={extend?.values?.days ?? '7'}
            className="order-days-input"
            aria-invalid={extend?.field === 'days' ? true : undefined}
            aria-describedby={`${daysId}-error`}
          />
          <span>days</span>
          <button type="submit" className="button button-secondary button-small">
            Extend
          </button>
          <FieldError result={extend} field="days" id={`${daysId}-error`} />
          <FormMessage result={extend} />
        </Form>
      )}
    </div>
  );
}

function Licenses({ order }: { order: DashboardOrderDetail }) {
  return (
    <Section id="order-licenses" title="License keys">
      {order.licenses.length === 0 ? (
        <p className="empty-state">This order has no license keys.</p>
      ) : (
        <ul className="order-grants">
          {order.licenses.map((license) => (
            <LicenseCard key={license.id} license={license} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function LicenseCard({ license }: { license: DashboardOrderDetail['licenses'][number] }) {
  const result = useResultFor(`license:${license.id}`);
  const revoked = license.status === 'REVOKED' || license.status === 'DISABLED';
  const activations = license.activationsConnection;
  return (
    <li className="dashboard-card">
      <h3>
        <code>{license.key}</code>
      </h3>
      <p className="muted">
        {license.product.name} · {license.state.toLowerCase()} · {license.activationUsage}
        {license.activationLimit === null ? ' seats used' : ` of ${license.activationLimit} seats used`}
      </p>
      <Form method="post" className="inline-form">
        <CsrfField />
        <input type="hidden" name="intent" value={revoked ? 'reinstate-license' : 'revoke-license'} />
        <input type="hidden" name="id" value={license.id} />
        <button type="submit" className="button button-secondary button-small">
          {revoked ? 'Reinstate' : 'Revoke'}
        </button>
        <FormMessage result={result} />
      </Form>
      {activations.nodes.length > 0 && (
        <ul className="order-activations">
          {activations.nodes.map((activation) => (
            <li key={activation.instanceId}>
              {activation.name} · first seen {when(activation.firstSeenAt)} · last seen{' '}
              {when(activation.lastSeenAt)}
              {activation.deactivatedAt && <> · freed {when(activation.deactivatedAt)}</>}
            </li>
          ))}
        </ul>
      )}
      <MoreNotShown shown={activations.nodes.length} total={activations.totalCount} what="activations" />
    </li>
  );
}

function Emails({ order }: { order: DashboardOrderDetail }) {
  const emails = order.emailsConnection;
  return (
    <Section id="order-emails" title="Emails">
      {emails.nodes.length === 0 ? (
        <p className="empty-state">No emails were sent for this order.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Queued</th>
              <th scope="col">Subject</th>
              <th scope="col">To</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {emails.nodes.map((email) => (
              <tr key={email.id}>
                <td>{dateTime(email.createdAt)}</td>
                <td>{email.subject}</td>
                <td>{email.to}</td>
                <td>
                  {email.status.toLowerCase()}
                  {email.lastError && <span className="form-error"> {email.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreNotShown shown={emails.nodes.length} total={emails.totalCount} what="emails" />
    </Section>
  );
}

function PaymentEvents({ order }: { order: DashboardOrderDetail }) {
  const events = order.paymentEventsConnection;
  return (
    <Section id="order-events" title="Payment events">
      {events.nodes.length === 0 ? (
        <p className="empty-state">The payment provider has sent no events for this order.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Event</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {events.nodes.map((event) => (
              <tr key={event.id}>
                <td>{dateTime(event.receivedAt)}</td>
                <td>
                  {event.type} <code className="muted">{event.eventId}</code>
                </td>
                <td>
                  {event.state.toLowerCase()}
                  {event.attempts > 1 && ` after ${event.attempts} attempts`}
                  {event.error && <span className="muted"> · {event.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreNotShown shown={events.nodes.length} total={events.totalCount} what="events" />
    </Section>
  );
}

/** Under a short list shown in one page: how many it left out, in the rare case it did. */
function MoreNotShown({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="muted small">
      And {total - shown} more {what} not shown here.
    </p>
  );
}

function describeChange(value: unknown): string {
  if (!value || typeof value !== 'object') return '—';
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${entry === null ? 'none' : String(entry)}`)
    .join(', ');
}

function AuditLog({ order, paged }: { order: DashboardOrderDetail; paged: boolean }) {
  const entries = order.auditLogConnection;
  return (
    <Section id="order-audit" title="Audit log">
      {entries.nodes.length === 0 ? (
        <p className="empty-state">
          {paged ? 'No later changes.' : 'Nothing has been changed on this order by hand.'}
        </p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entries.nodes.map((entry) => (
              <tr key={entry.id}>
                <td>{dateTime(entry.createdAt)}</td>
                <td>{entry.actor.label}</td>
                <td>{entry.action}</td>
                <td>{describeChange(entry.before)}</td>
                <td>{describeChange(entry.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SectionPager
        cursor="auditAfter"
        section="order-audit"
        paged={paged}
        pageInfo={entries.pageInfo}
        totalCount={entries.totalCount}
        firstLabel="← Oldest changes"
        nextLabel="Later changes"
      />
    </Section>
  );
}
