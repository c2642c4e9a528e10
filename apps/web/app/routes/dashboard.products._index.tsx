// The creator's products: every product whatever its status, newest first, with its price and what it
// sold; filtered by status and searched by name or slug (a GET form, so a filtered list is a link).
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import type { ProductStatus } from '@shelf/graphql';
import { Pager } from '../components/pager';
import { STATUS_LABELS } from '../components/product-editor/parse-product-form';
import { listDashboardProducts } from '../graphql/products.server';
import { asCreator } from '../lib/dashboard.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import productStyles from '../styles/dashboard-products.css?url';

const PRODUCTS_PER_PAGE = 50;
const STATUSES: ProductStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: productStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Products', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const statusParam = params.get('status');
  const status = STATUSES.find((value) => value === statusParam) ?? null;
  const query = params.get('q')?.trim().slice(0, 200) || null;
  const after = params.get('after') || null;
  const products = await asCreator(request, () =>
    listDashboardProducts({ request, context }, { first: PRODUCTS_PER_PAGE, after, status, query }),
  );
  return { products, status, query, firstPage: !after };
}

function filterLink(status: ProductStatus | null, query: string | null, after?: string): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (query) params.set('q', query);
  if (after) params.set('after', after);
  const search = params.toString();
  return `/dashboard/products${search ? `?${search}` : ''}`;
}

export default function DashboardProducts() {
  const { products, status, query, firstPage } = useLoaderData<typeof loader>();
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Products</h1>
          <p className="muted">
            {products.totalCount} {products.totalCount === 1 ? 'product' : 'products'}
            {status ? ` ${STATUS_LABELS[status].toLowerCase()}` : ''}. Only published products are in the
            store.
          </p>
        </div>
        <Link to="/dashboard/products/new" className="button button-primary">
          New product
        </Link>
      </header>
      <Form method="get" className="product-filters" role="search">
        <div className="field">
          <label htmlFor="products-status">Status</label>
          <select id="products-status" name="status" defaultValue={status ?? ''}>
            <option value="">All</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="products-query">Name or slug</label>
          <input id="products-query" name="q" type="search" defaultValue={query ?? ''} />
        </div>
        <button type="submit" className="button button-secondary">
          Filter
        </button>
      </Form>
      {products.nodes.length === 0 ? (
        <p className="empty-state">
          {status || query ? 'No product matches.' : 'No products yet. Create the first one.'}
        </p>
      ) : (
        <table className="dashboard-table product-table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Status</th>
              <th scope="col">Price</th>
              <th scope="col">Sales</th>
              <th scope="col">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {products.nodes.map((product) => (
              <tr key={product.id}>
                <td>
                  <Link to={`/dashboard/products/${product.id}`} className="text-link">
                    {product.name}
                  </Link>
                  <span className="muted product-slug">/{product.slug}</span>
                </td>
                <td>
                  <span className={`product-status product-status-${product.status.toLowerCase()}`}>
                    {STATUS_LABELS[product.status]}
                  </span>
                </td>
                <td>
                  {product.price.formatted}
                  {product.interval && (
                    <span className="muted"> / {product.interval === 'YEAR' ? 'year' : 'month'}</span>
                  )}
                </td>
                <td>{product.sales.count}</td>
                <td>{product.sales.revenue.map((money) => money.formatted).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        firstHref={firstPage ? null : filterLink(status, query)}
        nextHref={
          products.pageInfo.hasNextPage && products.pageInfo.endCursor
            ? filterLink(status, query, products.pageInfo.endCursor)
            : null
        }
      />
    </div>
  );
}
