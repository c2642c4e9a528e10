// The right to download one order item's files: one grant per item, covering every file of the
// product. Limit and window are copied from the product at purchase. The link token is never stored,
// only its SHA-256; downloadCount is only ever changed by one conditional UPDATE.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Order } from '../orders/order.entity.ts';
import type { OrderItem } from '../orders/order-item.entity.ts';

export class DownloadGrant {
  id: Opt<string> = randomUUID();
  order!: Order;
  orderItem!: OrderItem;
  product!: Product;
  tokenHash!: string;
  downloadLimit: number | null = null;
  downloadCount: Opt<number> = 0;
  expiresAt: Date | null = null;
  revokedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const DownloadGrantSchema = new EntitySchema<DownloadGrant>({
  class: DownloadGrant,
  tableName: 'download_grant',
  checks: [
    {
      name: 'download_grant_count_within_limit',
      expression: 'download_count >= 0 and (download_limit is null or download_count <= download_limit)',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    order: { kind: 'm:1', entity: 'Order', deleteRule: 'cascade', index: true },
    orderItem: { kind: 'm:1', entity: 'OrderItem', deleteRule: 'cascade', unique: true },
    product: { kind: 'm:1', entity: 'Product' },
    tokenHash: { type: 'string', length: 64, unique: true },
    downloadLimit: { type: 'integer', nullable: true },
    downloadCount: { type: 'integer' },
    expiresAt: { type: 'datetime', length: 3, nullable: true },
    revokedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});
