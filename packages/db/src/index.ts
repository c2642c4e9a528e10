// The database package: entities, configuration, migrations, the embedded cluster and seed data.
export { ApiKey } from './accounts/api-key.entity.ts';
export { Customer, normaliseEmail } from './accounts/customer.entity.ts';
export { type MagicLinkPurpose, MagicLinkToken } from './accounts/magic-link-token.entity.ts';
export { Session } from './accounts/session.entity.ts';
export { StoreSettings } from './accounts/store-settings.entity.ts';
export { User, type UserRole } from './accounts/user.entity.ts';
export { Affiliate } from './affiliates/affiliate.entity.ts';
export { AffiliateClick } from './affiliates/affiliate-click.entity.ts';
export { AffiliateLink } from './affiliates/affiliate-link.entity.ts';
export { Commission, type CommissionStatus } from './affiliates/commission.entity.ts';
export { Payout } from './affiliates/payout.entity.ts';
export {
  type BillingInterval,
  Product,
  type ProductKind,
  type ProductStatus,
} from './catalog/product.entity.ts';
export { ProductFile } from './catalog/product-file.entity.ts';
export { ProductImage } from './catalog/product-image.entity.ts';
export {
  type PublishedProductFilter,
  type PublishedProductRow,
  queryPublishedProducts,
} from './catalog/published-products.query.ts';
export { type Database, type DatabaseTarget, migrateDatabase, openDatabase } from './database.ts';
export { DownloadEvent } from './downloads/download-event.entity.ts';
export { DownloadGrant } from './downloads/download-grant.entity.ts';
export { startEmbeddedPostgres } from './embedded-postgres.ts';
export { entities } from './entities.ts';
export { WebhookEvent, type WebhookEventStatus } from './integrations/webhook-event.entity.ts';
export { License, type LicenseStatus } from './licensing/license.entity.ts';
export { LicenseActivation } from './licensing/license-activation.entity.ts';
export { Email, type EmailStatus } from './messaging/email.entity.ts';
export { Order, type OrderStatus, orderNetCents, type PaymentProvider } from './orders/order.entity.ts';
export { OrderItem } from './orders/order-item.entity.ts';
export { Subscription, type SubscriptionStatus } from './orders/subscription.entity.ts';
export { createOrmConfig } from './orm-config.ts';
export { demoProducts, seedDemoCatalog } from './seed/demo-catalog.ts';
export {
  attachProductFile,
  attachProductImage,
  buildProduct,
  createProduct,
  type ObjectWriter,
} from './seed/factories.ts';
