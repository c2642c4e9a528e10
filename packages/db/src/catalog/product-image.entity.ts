// An ordered preview image of a product, public by design (unlike product files).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from './product.entity.ts';

export class ProductImage {
  id: Opt<string> = randomUUID();
  product!: Product;
  /** Path under the public media route, e.g. previews/figma-ui-kit-1.svg. */
  storageKey!: string;
  contentType!: string;
  alt: Opt<string> = '';
  position: Opt<number> = 0;
}

export const ProductImageSchema = new EntitySchema<ProductImage>({
  class: ProductImage,
  tableName: 'product_image',
  properties: {
    id: { type: 'uuid', primary: true },
    product: { kind: 'm:1', entity: 'Product', deleteRule: 'cascade', index: true },
    storageKey: { type: 'string', length: 500 },
    contentType: { type: 'string', length: 100 },
    alt: { type: 'string', length: 300 },
    position: { type: 'integer' },
  },
});
