// The landing page: the store's name and its newest products, straight from the catalog.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ProductGrid } from '../components/product-grid';
import { listProducts } from '../graphql/catalog.server';
import { storeNameFrom } from '../lib/meta';
import catalogStyles from '../styles/catalog.css?url';

const FEATURED_COUNT = 6;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: catalogStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const storeName = storeNameFrom(matches);
  const description = `Digital products from ${storeName}, delivered the moment you pay.`;
  return [
    { title: storeName },
    { name: 'description', content: description },
    { property: 'og:title', content: storeName },
    { property: 'og:description', content: description },
    { property: 'og:type', content: 'website' },
  ];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { page: await listProducts({ request, context }, { first: FEATURED_COUNT, after: null }) };
}

export default function Home() {
  const { page } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">Instant downloads · Secure checkout</p>
        <h1 id="hero-title">Tools and templates, ready the moment you pay.</h1>
        <p className="lead">
          Every purchase is delivered instantly: download links right after checkout and by email, yours to
          keep.
        </p>
      </section>
      {page.nodes.length === 0 ? (
        <p className="empty-state">New products are on their way. Check back soon.</p>
      ) : (
        <section aria-labelledby="featured-title">
          <div className="section-heading">
            <h2 id="featured-title">Featured products</h2>
            <Link to="/products" className="text-link">
              View all {page.totalCount} products →
            </Link>
          </div>
          <ProductGrid products={page.nodes} />
        </section>
      )}
    </div>
  );
}
