import { Link } from '@remix-run/react';
import type { ProductCard } from '../graphql/catalog.server';
import { Price } from './price';

// Preview images are 16:10; fixed dimensions keep the grid from shifting while they load.
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 750;
const EAGER_IMAGES = 3;

export function ProductGrid({ products }: { products: ProductCard[] }) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCardView product={product} eager={index < EAGER_IMAGES} />
        </li>
      ))}
    </ul>
  );
}

function ProductCardView({ product, eager }: { product: ProductCard; eager: boolean }) {
  const [image] = product.previewImages;
  return (
    <article className="product-card">
      <div className="product-card-media">
        {image ? (
          <img
            src={image.url}
            alt={image.alt}
            width={PREVIEW_WIDTH}
            height={PREVIEW_HEIGHT}
            loading={eager ? 'eager' : 'lazy'}
            decoding="async"
          />
        ) : (
          <div className="media-placeholder" aria-hidden="true">
            {product.name.slice(0, 1)}
          </div>
        )}
      </div>
      <div className="product-card-body">
        <h2 className="product-card-title">
          <Link to={`/products/${product.slug}`} prefetch="intent" className="card-link">
            {product.name}
          </Link>
        </h2>
        <p className="product-card-tagline">{product.tagline}</p>
        <p className="product-card-price">
          <Price price={product.price} kind={product.kind} interval={product.interval} />
        </p>
      </div>
    </article>
  );
}
