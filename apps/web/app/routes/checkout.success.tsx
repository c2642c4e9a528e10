// The success page: waits for the payment to be confirmed (polling), then hands over the downloads and
// license keys. The session id in the URL is the only credential, so the page is never cached.
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useLocation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { CheckoutSummary } from '../components/checkout-summary';
import { CopyButton } from '../components/copy-button';
import { CheckIcon, DownloadIcon, FileIcon } from '../components/icons';
import { type CheckoutDetail, getCheckout } from '../graphql/checkout.server';
import { describeOrderDownloadLimits, formatBytes, formatDate } from '../lib/format';
import { notFound } from '../lib/http.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import checkoutStyles from '../styles/checkout.css?url';

const POLL_INTERVAL_MS = 1_500;
const POLL_TIMEOUT_MS = 2 * 60_000;

type Order = NonNullable<CheckoutDetail['order']>;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutStyles }];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: pageTitle(
      data?.checkout.status === 'COMPLETE' ? 'Thank you for your purchase' : 'Confirming your payment',
      storeNameFrom(matches),
    ),
  },
  { name: 'robots', content: 'noindex' },
  // The URL's session id is the key to the order: no Referer to the download pages, images or anywhere.
  // A meta rather than a header so it also holds when a client-side navigation lands here.
  { name: 'referrer', content: 'no-referrer' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const id = new URL(request.url).searchParams.get('session_id');
  const checkout = id ? await getCheckout({ request, context }, id) : null;
  if (!checkout) throw notFound();
  return { checkout };
}

export default function CheckoutSuccess() {
  const { checkout } = useLoaderData<typeof loader>();
  const { order } = checkout;
  return (
    <div className="container checkout-page">
      {checkout.status === 'COMPLETE' && order ? (
        <OrderComplete checkout={checkout} order={order} />
      ) : checkout.status === 'EXPIRED' ? (
        <CheckoutExpired checkout={checkout} />
      ) : (
        <ConfirmingPayment checkout={checkout} />
      )}
    </div>
  );
}

/** Revalidates every POLL_INTERVAL_MS while `active`, for at most POLL_TIMEOUT_MS; `restart` re-arms it. */
function usePolling(active: boolean): { timedOut: boolean; restart(): void } {
  const revalidator = useRevalidator();
  const startedAt = useRef<number | null>(null);
  const [timedOut, setTimedOut] = useState(false);
  const { state, revalidate } = revalidator;

  useEffect(() => {
    if (!active || timedOut || state !== 'idle') return;
    startedAt.current ??= Date.now();
    if (Date.now() - startedAt.current >= POLL_TIMEOUT_MS) {
      setTimedOut(true);
      return;
    }
    const timer = setTimeout(revalidate, POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [active, timedOut, state, revalidate]);

  return {
    timedOut,
    restart() {
      startedAt.current = null;
      setTimedOut(false);
    },
  };
}

function ConfirmingPayment({ checkout }: { checkout: CheckoutDetail }) {
  const { timedOut, restart } = usePolling(true);
  const location = useLocation();
  return (
    <section className="checkout-card" aria-labelledby="status-title" aria-live="polite">
      {timedOut ? (
        <>
          <h1 id="status-title">Still confirming your payment</h1>
          <p className="lead">
            This is taking longer than usual. If you paid, your order is safe: we’ll email your receipt and
            download links as soon as the payment is confirmed.
          </p>
          <button type="button" className="button button-primary" onClick={restart}>
            Check again
          </button>
        </>
      ) : (
        <>
          <div className="spinner" aria-hidden="true" />
          <h1 id="status-title">Confirming your payment…</h1>
          <p className="lead">This usually takes a few seconds. Please keep this page open.</p>
          <noscript>
            <p>
              <a href={`${location.pathname}${location.search}`}>Refresh this page</a> to check again.
            </p>
          </noscript>
        </>
      )}
      <CheckoutSummary checkout={checkout} />
    </section>
  );
}

function CheckoutExpired({ checkout }: { checkout: CheckoutDetail }) {
  return (
    <section className="checkout-card" aria-labelledby="status-title">
      <h1 id="status-title">This checkout expired</h1>
      <p className="lead">No payment was taken. You can start again whenever you’re ready.</p>
      <CheckoutSummary checkout={checkout} />
      <Link to={`/products/${checkout.product.slug}`} className="button button-primary">
        Back to {checkout.product.name}
      </Link>
    </section>
  );
}

function OrderComplete({ checkout, order }: { checkout: CheckoutDetail; order: Order }) {
  const email = order.email ?? checkout.email;
  const revoked = order.status === 'REFUNDED' || order.status === 'CANCELED' || order.status === 'DISPUTED';
  return (
    <section className="checkout-card success-card" aria-labelledby="status-title">
      <div className="success-mark">
        <CheckIcon size={28} />
      </div>
      <h1 id="status-title">Thank you for your purchase!</h1>
      <p className="lead">
        Order <strong className="order-number">#{order.number}</strong> · {order.total.formatted} paid
      </p>
      {revoked && (
        <p className="notice" role="note">
          This order was {order.status === 'DISPUTED' ? 'disputed' : 'refunded or canceled'}, so its downloads
          and license keys no longer work.
        </p>
      )}
      {order.downloads.length > 0 && (
        <section className="delivery" aria-labelledby="downloads-title">
          <h2 id="downloads-title">Your downloads</h2>
          <ul className="download-list">
            {order.downloads.map((download) => (
              <li key={`${download.url}#${download.filename}`} className="download-row">
                <span className="download-icon">
                  <FileIcon />
                </span>
                <span className="download-name">
                  {download.filename}
                  <span className="muted small">{formatBytes(download.size)}</span>
                </span>
                <a href={download.url} className="button button-primary button-small">
                  <DownloadIcon />
                  <span>Download</span>
                  <span className="visually-hidden"> {download.filename}</span>
                </a>
              </li>
            ))}
          </ul>
          <p className="muted small">
            {describeOrderDownloadLimits(order.downloadLimit, order.downloadsExpireAt)}
          </p>
        </section>
      )}
      {order.licenses.length > 0 && (
        <section className="delivery" aria-labelledby="licenses-title">
          <h2 id="licenses-title">
            {order.licenses.length === 1 ? 'Your license key' : 'Your license keys'}
          </h2>
          <ul className="license-list">
            {order.licenses.map((license, index) => (
              <li key={license.key} className="license-row">
                <p className="license-product">{license.productName}</p>
                <div className="license-key-row">
                  <code id={`license-${index}`} className="license-key">
                    {license.key}
                  </code>
                  <CopyButton
                    text={license.key}
                    targetId={`license-${index}`}
                    label={`Copy license key for ${license.productName}`}
                  />
                </div>
                <p className="muted small">
                  {license.activationLimit === null
                    ? 'Activates on any number of devices'
                    : `Activates on up to ${license.activationLimit} ${license.activationLimit === 1 ? 'device' : 'devices'}`}
                  {license.expiresAt ? ` · valid until ${formatDate(license.expiresAt)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {email && (
        <p className="emailed">
          We also emailed this to <strong>{email}</strong>.
        </p>
      )}
      <p>
        <Link to="/products" className="text-link">
          Continue shopping →
        </Link>
      </p>
    </section>
  );
}
