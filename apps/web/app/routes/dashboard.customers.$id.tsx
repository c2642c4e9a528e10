// /dashboard/customers/:id: one customer with what they paid and kept, their orders (each linking to its
// page, where the support actions are), their license keys and their subscriptions. Each of the three
// lists pages on its own cursor (`ordersAfter`, `licensesAfter`, `subscriptionsAfter`).
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatMoney } from '@shelf/format';
import { SectionPager } from '../components/section-pager';
import { getCustomer } from '../graphql/customers.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate, formatMoneyList } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { readCursors, restartStaleCursors } from '../lib/page-cursors.server';
import dashboardStyles from '../styles/dashboard.css?url';
import ordersStyles from '../styles/dashboard-orders.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: ordersStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  {
    title: pageTitle(
      loaded?.detail.customer.name || loaded?.detail.customer.email || 'Customer',
      storeNameFrom(matches),
    ),
  },
  { name: 'robots', content: 'noindex' },
];

const PER_PAGE = 20;
const CURSORS = ['ordersAfter', 'licensesAfter', 'subscriptionsAfter'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const after = readCursors(request, CURSORS);
  const detail = await asCreator(request, () =>
    restartStaleCursors(request, CURSORS, () =>
      getCustomer({ request, context }, params.id ?? '', {
        orders: { first: PER_PAGE, after: after.ordersAfter },
        licenses: { first: PER_PAGE, after: after.licensesAfter },
        subscriptions: { first: PER_PAGE, after: after.subscriptionsAfter },
      }),
    ),
  );
  if (!detail) throw new Response('There is no such customer.', { status: 404 });
  return { detail, after };
}

const when = (value: unknown) => (value ? formatDate(String(value)) : '—');

export default function DashboardCustomer() {
  const { detail, after } = useLoaderData<typeof loader>();
  const { customer } = detail;
  const orders = detail.ordersConnection.nodes;
  const licenses = detail.licensesConnection.nodes;
  const subscriptions = detail.subscriptionsConnection.nodes;
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">
            <Link to="/dashboard/customers" className="text-link">
              Customers
            </Link>
          </p>
          <h1>{customer.name || customer.email}</h1>
          <p className="muted">
            {customer.email} · customer since {when(customer.createdAt)} · {customer.orderCount}{' '}
            {customer.orderCount === 1 ? 'paid order' : 'paid orders'} · lifetime value{' '}
            {formatMoneyList(customer.lifetimeValue, '—')}
          </p>
        </div>
      </header>
      <section className="dashboard-section" aria-labelledby="customer-orders">
        <h2 id="customer-orders">Orders</h2>
        {orders.length === 0 ? (
          <p className="empty-state">{after.ordersAfter ? 'No older orders.' : 'No orders.'}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Date</th>
                <th scope="col">Products</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>
                    <Link to={`/dashboard/orders/${order.id}`} className="text-link">
                      #{order.number}
                    </Link>
                  </td>
                  <td>{when(order.createdAt)}</td>
                  <td>{order.items.map((item) => item.productName).join(', ')}</td>
                  <td>
                    <span className={`order-status order-status-${order.status.toLowerCase()}`}>
                      {order.status.toLowerCase().replace('_', ' ')}
                    </span>
                  </td>
                  <td className="numeric">
                    {formatMoney(order.total.amount, order.total.currency)}
                    {order.refunded.amount > 0 && (
                      <span className="muted">
                        {' '}
                        (−{formatMoney(order.refunded.amount, order.refunded.currency)})
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <SectionPager
          cursor="ordersAfter"
          section="customer-orders"
          paged={after.ordersAfter !== null}
          pageInfo={detail.ordersConnection.pageInfo}
          totalCount={detail.ordersConnection.totalCount}
          firstLabel="← Newest orders"
          nextLabel="Older orders"
        />
      </section>
      <section className="dashboard-section" aria-labelledby="customer-licenses">
        <h2 id="customer-licenses">License keys</h2>
        {licenses.length === 0 ? (
          <p className="empty-state">{after.licensesAfter ? 'No more license keys.' : 'No license keys.'}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Product</th>
                <th scope="col">State</th>
                <th scope="col">Seats</th>
                <th scope="col">Order</th>
              </tr>
            </thead>
            <tbody>
              {licenses.map((license) => (
                <tr key={license.id}>
                  <td>
                    <code>{license.key}</code>
                  </td>
                  <td>{license.product.name}</td>
                  <td>{license.state.toLowerCase()}</td>
                  <td>
                    {license.activationUsage}
                    {license.activationLimit === null ? '' : ` of ${license.activationLimit}`}
                  </td>
                  <td>#{license.orderNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <SectionPager
          cursor="licensesAfter"
          section="customer-licenses"
          paged={after.licensesAfter !== null}
          pageInfo={detail.licensesConnection.pageInfo}
          totalCount={detail.licensesConnection.totalCount}
          firstLabel="← First keys"
          nextLabel="More license keys"
        />
      </section>
      <section className="dashboard-section" aria-labelledby="customer-subscriptions">
        <h2 id="customer-subscriptions">Subscriptions</h2>
        {subscriptions.length === 0 ? (
          <p className="empty-state">
            {after.subscriptionsAfter ? 'No more subscriptions.' : 'No subscriptions.'}
          </p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Status</th>
                <th scope="col">Paid until</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((subscription) => (
                <tr key={subscription.id}>
                  <td>{subscription.productName}</td>
                  <td>
                    {subscription.state.toLowerCase().replace('_', ' ')}
                    {subscription.cancelAtPeriodEnd && ' · ends at period end'}
                  </td>
                  <td>{when(subscription.currentPeriodEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <SectionPager
          cursor="subscriptionsAfter"
          section="customer-subscriptions"
          paged={after.subscriptionsAfter !== null}
          pageInfo={detail.subscriptionsConnection.pageInfo}
          totalCount={detail.subscriptionsConnection.totalCount}
          firstLabel="← Newest subscriptions"
          nextLabel="More subscriptions"
        />
      </section>
    </div>
  );
}
