// A downloadable file of a product. The bytes live in the file store under storageKey; sha256 lets
// a customer (and support) verify what was delivered. Replacing a file stores a new version in the same
// row (same id, version + 1), so every download link that lists the product's files serves the latest.
import { randomUUID } from 'node:crypto';
import { BigIntType, EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from './product.entity.ts';

export class ProductFile {
  id: Opt<string> = randomUUID();
  product!: Product;
  name!: string;
  sizeBytes!: number;
  contentType!: string;
  sha256!: string;
  storageKey!: string;
  version: Opt<number> = 1;
  position: Opt<number> = 0;
  createdAt: Opt<Date> = new Date();
  /** When the current version was stored. */
  updatedAt: Opt<Date> = new Date();
}

export const ProductFileSchema = new EntitySchema<ProductFile>({
  class: ProductFile,
  tableName: 'product_file',
  properties: {
    id: { type: 'uuid', primary: true },
    product: { kind: 'm:1', entity: 'Product', deleteRule: 'cascade', index: true },
    name: { type: 'string', length: 255 },
    sizeBytes: { type: new BigIntType('number') },
    contentType: { type: 'string', length: 255 },
    sha256: { type: 'string', length: 64 },
    storageKey: { type: 'string', length: 500, unique: true },
    version: { type: 'integer' },
    position: { type: 'integer' },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3 },
  },
});
