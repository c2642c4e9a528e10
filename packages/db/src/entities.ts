// Every entity schema, in one list for the ORM configuration.
import { ApiKeySchema } from './accounts/api-key.entity.ts';
import { MagicLinkTokenSchema } from './accounts/magic-link-token.entity.ts';
import { PortalSessionSchema } from './accounts/portal-session.entity.ts';
import { SessionSchema } from './accounts/session.entity.ts';
import { UserSchema } from './accounts/user.entity.ts';
import { AffiliateSchema } from './affiliates/affiliate.entity.ts';
import { AffiliateClickSchema } from './affiliates/affiliate-click.entity.ts';
import { AffiliateLinkSchema } from './affiliates/affiliate-link.entity.ts';
import { CommissionSchema } from './affiliates/commission.entity.ts';
import { OwedBackSchema } from './affiliates/owed-back.entity.ts';
import { PayoutSchema } from './affiliates/payout.entity.ts';
import { AuditEntrySchema } from './audit/audit-entry.entity.ts';
import { ProductSchema } from './catalog/product.entity.ts';
import { ProductFileSchema } from './catalog/product-file.entity.ts';
import { ProductImageSchema } from './catalog/product-image.entity.ts';
import { CustomerSchema } from './customers/customer.entity.ts';
import { DownloadEventSchema } from './downloads/download-event.entity.ts';
import { DownloadGrantSchema } from './downloads/download-grant.entity.ts';
import { DomainEventSchema } from './events/domain-event.entity.ts';
import { DomainEventPendingSchema } from './events/domain-event-pending.entity.ts';
import { LicenseSchema } from './licensing/license.entity.ts';
import { LicenseActivationSchema } from './licensing/license-activation.entity.ts';
import { LicenseEventSchema } from './licensing/license-event.entity.ts';
import { EmailSchema } from './messaging/email.entity.ts';
import { DisputeSchema } from './orders/dispute.entity.ts';
import { OrderSchema } from './orders/order.entity.ts';
import { OrderItemSchema } from './orders/order-item.entity.ts';
import { WebhookEventSchema } from './payments/webhook-event.entity.ts';
import {
  RevenueDayAffiliateSchema,
  RevenueDayProductSchema,
  RevenueDaySchema,
} from './reports/revenue-day.entity.ts';
import { RevenueRollupStateSchema } from './reports/revenue-rollup-state.entity.ts';
import { StoreSettingsSchema } from './settings/store-settings.entity.ts';
import { SubscriptionSchema } from './subscriptions/subscription.entity.ts';
import { WebhookDeliverySchema } from './webhooks/webhook-delivery.entity.ts';
import { WebhookDeliveryAttemptSchema } from './webhooks/webhook-delivery-attempt.entity.ts';
import { WebhookEndpointSchema } from './webhooks/webhook-endpoint.entity.ts';

export const entities = [
  ProductSchema,
  ProductFileSchema,
  ProductImageSchema,
  UserSchema,
  SessionSchema,
  PortalSessionSchema,
  MagicLinkTokenSchema,
  ApiKeySchema,
  CustomerSchema,
  StoreSettingsSchema,
  OrderSchema,
  OrderItemSchema,
  DisputeSchema,
  SubscriptionSchema,
  DownloadGrantSchema,
  DownloadEventSchema,
  LicenseSchema,
  LicenseActivationSchema,
  LicenseEventSchema,
  AffiliateSchema,
  AffiliateLinkSchema,
  AffiliateClickSchema,
  CommissionSchema,
  PayoutSchema,
  OwedBackSchema,
  WebhookEventSchema,
  EmailSchema,
  DomainEventSchema,
  DomainEventPendingSchema,
  AuditEntrySchema,
  RevenueDaySchema,
  RevenueDayProductSchema,
  RevenueDayAffiliateSchema,
  RevenueRollupStateSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
  WebhookDeliveryAttemptSchema,
];
