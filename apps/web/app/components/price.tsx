import type { BillingInterval, ProductKind } from '@shelf/graphql';
import { priceSuffix } from '../lib/format';

type PriceProps = {
  price: { formatted: string };
  kind: ProductKind;
  interval: BillingInterval | null;
  className?: string;
};

export function Price({ price, kind, interval, className = 'price' }: PriceProps) {
  const suffix = priceSuffix(kind, interval);
  return (
    <span className={className}>
      {price.formatted}
      {suffix && <span className="price-suffix">{suffix}</span>}
    </span>
  );
}
