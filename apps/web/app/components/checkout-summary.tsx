import type { CheckoutDetail } from '../graphql/checkout.server';
import { kindLabel } from '../lib/format';
import { Price } from './price';

/** The product being bought and what it costs, as a compact row. */
export function CheckoutSummary({ checkout }: { checkout: CheckoutDetail }) {
  const { product } = checkout;
  const [image] = product.previewImages;
  return (
    <div className="checkout-summary">
      {image ? (
        <img src={image.url} alt="" width={96} height={60} className="checkout-thumb" />
      ) : (
        <span className="checkout-thumb media-placeholder" aria-hidden="true">
          {product.name.slice(0, 1)}
        </span>
      )}
      <div className="checkout-summary-text">
        <p className="checkout-product">{product.name}</p>
        <p className="muted small">{kindLabel(product.kind, product.interval)}</p>
      </div>
      <p className="checkout-amount">
        <Price price={checkout.amount} kind={product.kind} interval={product.interval} />
      </p>
    </div>
  );
}
