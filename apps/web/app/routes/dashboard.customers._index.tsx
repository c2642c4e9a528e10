// /dashboard/customers: the store's customers, newest first, searched by email or name, each with their
// paid orders and what they paid and kept; pages follow the API's cursor, and the search downloads as a CSV.
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { Pager } from '../components/pager';
import { listCustomers } from '../graphql/customers.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate, formatMoneyList } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import ordersStyles from '../styles/dashboard-orders.css?url';

const CUSTOMERS_PER_PAGE = 50;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: ordersStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Customers', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const query = params.get('query')?.trim() ?? '';
  const after = params.get('after') || null;
  const customers = await asCreator(request, () =>
    listCustomers({ request, context }, { first: CUSTOMERS_PER_PAGE, after, query: query || null }),
  );
  return { customers, query, firstPage: !after };
}

export default function DashboardCustomers() {
  const { customers, query, firstPage } = useLoaderData<typeof loader>();
  const search = query ? `query=${encodeURIComponent(query)}` : '';
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Customers</h1>
          <p className="muted">
            {customers.totalCount} {customers.totalCount === 1 ? 'customer' : 'customers'}.
          </p>
        </div>
        <a
          className="button button-secondary"
          href={`/dashboard/customers.csv${search ? `?${search}` : ''}`}
          download
        >
          Export CSV
        </a>
      </header>
      <Form method="get" className="orders-filters" role="search" aria-label="Search customers">
        <div className="field orders-filter-query">
          <label htmlFor="customers-query">Search</label>
          <input
            id="customers-query"
            name="query"
            type="search"
            placeholder="Email or name"
            defaultValue={query}
          />
        </div>
        <div className="orders-filter-actions">
          <button type="submit" className="button button-primary">
            Search
          </button>
          {query && (
            <Link to="/dashboard/customers" className="text-link">
              Clear
            </Link>
          )}
        </div>
      </Form>
      <section className="dashboard-section" aria-labelledby="customers-title">
        <h2 id="customers-title" className="visually-hidden">
          Customers
        </h2>
        {customers.nodes.length === 0 ? (
          <p className="empty-state">No customers match.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Since</th>
                  <th scope="col" className="numeric">
                    Orders
                  </th>
                  <th scope="col">Last order</th>
                  <th scope="col" className="numeric">
                    Lifetime value
                  </th>
                </tr>
              </thead>
              <tbody>
                {customers.nodes.map((customer) => (
                  <tr key={customer.id}>
                    <td>
                      <Link to={`/dashboard/customers/${customer.id}`} className="text-link">
                        {customer.name || customer.email}
                      </Link>
                      {customer.name && <span className="muted orders-buyer-name">{customer.email}</span>}
                    </td>
                    <td>{formatDate(String(customer.createdAt))}</td>
                    <td className="numeric">{customer.orderCount}</td>
                    <td>{customer.lastOrderAt ? formatDate(String(customer.lastOrderAt)) : '—'}</td>
                    <td className="numeric">{formatMoneyList(customer.lifetimeValue, '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          firstHref={firstPage ? null : `/dashboard/customers${search ? `?${search}` : ''}`}
          nextHref={
            customers.pageInfo.hasNextPage && customers.pageInfo.endCursor
              ? `/dashboard/customers?${[search, `after=${encodeURIComponent(customers.pageInfo.endCursor)}`].filter(Boolean).join('&')}`
              : null
          }
        />
      </section>
    </div>
  );
}
