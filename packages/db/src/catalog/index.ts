// The catalog: products with their files and preview images, and the published-products query. Owned by the API module of the same name.

export { readCatalogVersion } from './catalog-version.query.ts';
export {
  type BillingInterval,
  billingIntervals,
  type LicenseReactivation,
  licenseReactivations,
  Product,
  type ProductKind,
  type ProductStatus,
  productKinds,
  productStatuses,
} from './product.entity.ts';
export { ProductFile } from './product-file.entity.ts';
export { ProductImage } from './product-image.entity.ts';
export {
  type PublishedProductFilter,
  type PublishedProductRow,
  queryPublishedProducts,
} from './published-products.query.ts';
