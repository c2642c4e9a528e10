// Generates resolver types from this API's SDL files, mapped to the service-layer models.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/modules/**/schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#RequestContext',
        scalars: { DateTime: 'Date | string', MinorUnits: 'number' },
        mappers: {
          Product: '../modules/catalog/catalog.service.ts#ProductModel',
          Checkout: '../modules/checkout/checkout.service.ts#CheckoutModel',
          CheckoutOrder: '../modules/checkout/checkout.service.ts#CheckoutOrderModel',
          CustomerDetail: '../modules/customers/customers-admin.service.ts#CustomerDetailModel',
          CustomerSubscription: '../modules/subscriptions/subscriptions.service.ts#CustomerSubscriptionModel',
          PaymentEventRecord: '../modules/payments/payment-history.service.ts#PaymentEventRecord',
          Order: '@shelf/db/orders#Order',
          User: '@shelf/db/accounts#User',
          EmailMessage: '@shelf/db/messaging#Email',
          LicenseRecord: '../modules/licensing/license-admin.service.ts#LicenseRecordModel',
          Affiliate: '@shelf/db/affiliates#Affiliate',
          AffiliateLink: '@shelf/db/affiliates#AffiliateLink',
          Commission: '@shelf/db/affiliates#Commission',
          Payout: '@shelf/db/affiliates#Payout',
          AffiliateAccount: '../modules/affiliates/affiliate-portal.service.ts#AffiliateAccountModel',
          WebhookEndpoint: '@shelf/db/webhooks#WebhookEndpoint',
          WebhookDelivery: '@shelf/db/webhooks#WebhookDelivery',
          WebhookDeliveryAttempt: '@shelf/db/webhooks#WebhookDeliveryAttempt',
        },
        mapperTypeSuffix: 'Model',
        resolverTypeWrapperSignature: 'Promise<T> | T',
      },
    },
  },
};

export default config;
