// A software license issued at fulfilment. activationLimit is copied from the product; active
// activations are counted in activationCount and capped by one conditional UPDATE of it, in the
// transaction that inserts the activation (licensing service).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Customer } from '../customers/customer.entity.ts';
import type { Order } from '../orders/order.entity.ts';
import type { OrderItem } from '../orders/order-item.entity.ts';

// `revoked`: the money went back (refund, lost dispute); `disabled`: the creator switched the key off.
export const licenseStatuses = ['active', 'revoked', 'expired', 'disabled'] as const;
export type LicenseStatus = (typeof licenseStatuses)[number];

export class License {
  id: Opt<string> = randomUUID();
  key!: string;
  product!: Product;
  order!: Order;
  orderItem!: OrderItem;
  customer!: Customer;
  status: Opt<LicenseStatus> = 'active';
  activationLimit: number | null = null;
  /** Active activations; only the licensing service's conditional UPDATEs change it. */
  activationCount: Opt<number> = 0;
  /** Gumroad-style verifies that asked to be counted. */
  uses: Opt<number> = 0;
  expiresAt: Date | null = null;
  revokedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const LicenseSchema = new EntitySchema<License>({
  class: License,
  tableName: 'license',
  properties: {
    id: { type: 'uuid', primary: true },
    key: { type: 'string', length: 64, unique: true },
    product: { kind: 'm:1', entity: 'Product' },
    order: { kind: 'm:1', entity: 'Order', deleteRule: 'cascade', index: true },
    orderItem: { kind: 'm:1', entity: 'OrderItem', deleteRule: 'cascade', unique: true },
    customer: { kind: 'm:1', entity: 'Customer', index: true },
    status: { enum: true, items: [...licenseStatuses] },
    activationLimit: { type: 'integer', nullable: true },
    activationCount: { type: 'integer' },
    uses: { type: 'integer' },
    expiresAt: { type: 'datetime', length: 3, nullable: true },
    revokedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});
