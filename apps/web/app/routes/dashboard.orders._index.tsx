// /dashboard/orders: the store's orders, newest first, searched by number, email or name and filtered by
// status, product, date range and affiliate code; pages follow the API's cursor, and the same filters
// download as a CSV.
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { formatMoney } from '@shelf/format';
import type { OrderStatus } from '@shelf/graphql';
import { Pager } from '../components/pager';
import { exportParams, listOrders, orderFiltersFrom } from '../graphql/orders.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import ordersStyles from '../styles/dashboard-orders.css?url';

const ORDERS_PER_PAGE = 50;

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

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Orders', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { form, filters } = orderFiltersFrom(url);
  const after = url.searchParams.get('after') || null;
  const { orders, products } = await asCreator(request, () =>
    listOrders({ request, context }, { ...filters, first: ORDERS_PER_PAGE, after }),
  );
  const query = exportParams(filters);
  return {
    orders,
    products,
    form,
    firstPage: !after,
    filterQuery: query.toString(),
    formQuery: filterFormQuery(form),
  };
}

/** The filter form's own values as a query string, for the pager links. */
function filterFormQuery(form: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) if (value) params.set(name, value);
  return params.toString();
}

export default function DashboardOrders() {
  const { orders, products, form, firstPage, filterQuery, formQuery } = useLoaderData<typeof loader>();
  const withQuery = (extra: string) => [formQuery, extra].filter(Boolean).join('&');
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Orders</h1>
          <p className="muted">
            {orders.totalCount} {orders.totalCount === 1 ? 'order matches' : 'orders match'}.
          </p>
        </div>
        <a
          className="button button-secondary"
          href={`/dashboard/orders.csv${filterQuery ? `?${filterQuery}` : ''}`}
          download
        >
          Export CSV
        </a>
      </header>
      <Form method="get" className="orders-filters" role="search" aria-label="Filter orders">
        <div className="field orders-filter-query">
          <label htmlFor="orders-query">Search</label>
          <input
            id="orders-query"
            name="query"
            type="search"
            placeholder="Order number, email or name"
            defaultValue={form.query}
          />
        </div>
        <div className="field">
          <label htmlFor="orders-status">Status</label>
          <select id="orders-status" name="status" defaultValue={form.status}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="orders-product">Product</label>
          <select id="orders-product" name="productId" defaultValue={form.productId}>
            <option value="">Any</option>
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="orders-from">From</label>
          <input id="orders-from" name="from" type="date" defaultValue={form.from} />
        </div>
        <div className="field">
          <label htmlFor="orders-to">To</label>
          <input id="orders-to" name="to" type="date" defaultValue={form.to} />
        </div>
        <div className="field">
          <label htmlFor="orders-affiliate">Affiliate code</label>
          <input id="orders-affiliate" name="affiliateCode" type="text" defaultValue={form.affiliateCode} />
        </div>
        <div className="orders-filter-actions">
          <button type="submit" className="button button-primary">
            Filter
          </button>
          {formQuery && (
            <Link to="/dashboard/orders" className="text-link">
              Clear
            </Link>
          )}
        </div>
      </Form>
      <section className="dashboard-section" aria-labelledby="orders-title">
        <h2 id="orders-title" className="visually-hidden">
          Orders
        </h2>
        {orders.nodes.length === 0 ? (
          <p className="empty-state">No orders match.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Date</th>
                  <th scope="col">Buyer</th>
                  <th scope="col">Products</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="numeric">
                    Total
                  </th>
                  <th scope="col" className="numeric">
                    Refunded
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.nodes.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <Link to={`/dashboard/orders/${order.id}`} className="text-link">
                        #{order.number}
                      </Link>
                    </td>
                    <td>{formatDate(String(order.createdAt))}</td>
                    <td>
                      {order.customerName && <span className="orders-buyer-name">{order.customerName}</span>}
                      {order.email ?? '—'}
                    </td>
                    <td>{order.items.map((item) => item.productName).join(', ')}</td>
                    <td>
                      <span className={`order-status order-status-${order.status.toLowerCase()}`}>
                        {STATUS_LABELS[order.status]}
                      </span>
                      {order.affiliateCode && <span className="muted"> · {order.affiliateCode}</span>}
                    </td>
                    <td className="numeric">{formatMoney(order.total.amount, order.total.currency)}</td>
                    <td className="numeric">
                      {order.refunded.amount > 0
                        ? formatMoney(order.refunded.amount, order.refunded.currency)
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          firstHref={firstPage ? null : `/dashboard/orders${formQuery ? `?${formQuery}` : ''}`}
          nextHref={
            orders.pageInfo.hasNextPage && orders.pageInfo.endCursor
              ? `/dashboard/orders?${withQuery(`after=${encodeURIComponent(orders.pageInfo.endCursor)}`)}`
              : null
          }
        />
      </section>
    </div>
  );
}
