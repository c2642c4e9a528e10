// What a creator sells. Prices are integer minor units with an ISO currency; the limits here are copied
// onto grants and licenses at purchase so later edits never change what a customer already bought.
import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt } from '@mikro-orm/core';
import type { ProductFile } from './product-file.entity.ts';
import type { ProductImage } from './product-image.entity.ts';

export const productKinds = ['one_time', 'subscription'] as const;
export type ProductKind = (typeof productKinds)[number];
export const productStatuses = ['draft', 'published', 'archived'] as const;
export type ProductStatus = (typeof productStatuses)[number];
/** Activating an instance name already active on the key: return that instance, or take another seat. */
export const licenseReactivations = ['reuse_instance', 'new_seat'] as const;
export type LicenseReactivation = (typeof licenseReactivations)[number];
export const billingIntervals = ['month', 'year'] as const;
export type BillingInterval = (typeof billingIntervals)[number];

export class Product {
  id: Opt<string> = randomUUID();
  slug!: string;
  name!: string;
  tagline: Opt<string> = '';
  description: Opt<string> = '';
  priceCents!: number;
  currency: Opt<string> = 'usd';
  kind: Opt<ProductKind> = 'one_time';
  interval: BillingInterval | null = null;
  status: Opt<ProductStatus> = 'draft';
  requiresLicenseKey: Opt<boolean> = false;
  licenseActivationLimit: number | null = null;
  licenseReactivation: Opt<LicenseReactivation> = 'reuse_instance';
  downloadLimit: number | null = null;
  /** How long download links work after purchase, in days; null means they never expire. */
  downloadWindowDays: number | null = null;
  position: Opt<number> = 0;
  files = new Collection<ProductFile>(this);
  images = new Collection<ProductImage>(this);
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const ProductSchema = new EntitySchema<Product>({
  class: Product,
  tableName: 'product',
  indexes: [{ properties: ['status', 'position', 'id'] }],
  checks: [
    { name: 'product_price_non_negative', expression: 'price_cents >= 0' },
    { name: 'product_download_limit_positive', expression: 'download_limit is null or download_limit > 0' },
    {
      name: 'product_interval_matches_kind',
      expression: "(kind = 'subscription') = (interval is not null)",
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    slug: { type: 'string', length: 120, unique: true },
    name: { type: 'string', length: 200 },
    tagline: { type: 'string', length: 300 },
    description: { type: 'text' },
    priceCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    kind: { enum: true, items: [...productKinds], nativeEnumName: undefined },
    interval: { enum: true, items: [...billingIntervals], nullable: true },
    status: { enum: true, items: [...productStatuses] },
    requiresLicenseKey: { type: 'boolean' },
    licenseActivationLimit: { type: 'integer', nullable: true },
    licenseReactivation: { enum: true, items: [...licenseReactivations] },
    downloadLimit: { type: 'integer', nullable: true },
    downloadWindowDays: { type: 'integer', nullable: true },
    position: { type: 'integer' },
    files: { kind: '1:m', entity: 'ProductFile', mappedBy: 'product', orderBy: { position: 'asc' } },
    images: { kind: '1:m', entity: 'ProductImage', mappedBy: 'product', orderBy: { position: 'asc' } },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});
