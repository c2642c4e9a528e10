// A shopper who has bought (or started to buy). Email is normalised (trimmed, lower case) and unique.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export class Customer {
  id: Opt<string> = randomUUID();
  email!: string;
  name: string | null = null;
  stripeCustomerId: string | null = null;
  createdAt: Opt<Date> = new Date();
}

export const CustomerSchema = new EntitySchema<Customer>({
  class: Customer,
  tableName: 'customer',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    name: { type: 'string', length: 200, nullable: true },
    stripeCustomerId: { type: 'string', length: 255, nullable: true, unique: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});
