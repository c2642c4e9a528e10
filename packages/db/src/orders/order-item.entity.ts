// One product in an order, with its price copied at purchase time.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Order } from './order.entity.ts';

export class OrderItem {
  id: Opt<string> = randomUUID();
  order!: Order;
  product!: Product;
  productName!: string;
  unitPriceCents!: number;
  quantity: Opt<number> = 1;
  currency!: string;
}

export const OrderItemSchema = new EntitySchema<OrderItem>({
  class: OrderItem,
  tableName: 'order_item',
  properties: {
    id: { type: 'uuid', primary: true },
    order: { kind: 'm:1', entity: 'Order', deleteRule: 'cascade', index: true },
    product: { kind: 'm:1', entity: 'Product', index: true },
    productName: { type: 'string', length: 200 },
    unitPriceCents: { type: 'integer' },
    quantity: { type: 'integer' },
    currency: { type: 'string', length: 3 },
  },
});
