// The catalog: every published product, a page at a time (`?after=<cursor>`).
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ProductGrid } from '../components/product-grid';
import { listProducts } from '../graphql/catalog.server';
import { isApiError } from '../graphql/client.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { publicPageHeaders } from '../lib/public-cache';
import catalogStyles from '../styles/catalog.css?url';

const PAGE_SIZE = 12;

export const headers = publicPageHeaders;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: catalogStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const storeName = storeNameFrom(matches);
  const description = `Browse every product from ${storeName}. Instant download after checkout.`;
  return [
    { title: pageTitle('Products', storeName) },
    { name: 'description', content: description },
    { property: 'og:title', content: pageTitle('Products', storeName) },
    { property: 'og:description', content: description },
    { property: 'og:type', content: 'website' },
  ];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const after = url.searchParams.get('after') || null;
  try {
    return {
      page: await listProducts({ request, context }, { first: PAGE_SIZE, after }),
      paged: after !== null,
    };
  } catch (error) {
    // A stale or hand-edited cursor: start again from the first page rather than show an error.
    if (after && isApiError(error, 'BAD_USER_INPUT')) {
      url.searchParams.delete('after');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

export default function Products() {
  const { page, paged } = useLoaderData<typeof loader>();
  const { endCursor, hasNextPage } = page.pageInfo;
  return (
    <div className="container">
      <header className="page-header">
        <h1>All products</h1>
        <p className="muted">
          {page.totalCount === 1 ? '1 product' : `${page.totalCount} products`} · instant download after
          checkout
        </p>
      </header>
      {page.nodes.length === 0 ? (
        <p className="empty-state">No products here yet. Check back soon.</p>
      ) : (
        <ProductGrid products={page.nodes} />
      )}
      {(hasNextPage || paged) && (
        <nav className="pagination" aria-label="Pagination">
          {paged && (
            <Link to="/products" className="button button-secondary">
              Back to the start
            </Link>
          )}
          {hasNextPage && endCursor && (
            <Link
              to={`/products?after=${encodeURIComponent(endCursor)}`}
              className="button button-primary"
              prefetch="intent"
            >
              More products
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
