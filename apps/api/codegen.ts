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
        scalars: { DateTime: 'Date | string' },
        mappers: {
          Product: '../modules/catalog/catalog.service.ts#ProductModel',
          Checkout: '../modules/checkout/checkout.service.ts#CheckoutModel',
          CheckoutOrder: '../modules/checkout/checkout.service.ts#CheckoutOrderModel',
          Order: '@shelf/db/orders#Order',
          User: '@shelf/db/accounts#User',
          EmailMessage: '@shelf/db/messaging#Email',
          LicenseRecord: '../modules/licensing/license-admin.service.ts#LicenseRecordModel',
          Affiliate: '@shelf/db/affiliates#Affiliate',
          AffiliateLink: '@shelf/db/affiliates#AffiliateLink',
          Commission: '@shelf/db/affiliates#Commission',
          Payout: '@shelf/db/affiliates#Payout',
          AffiliateAccount: '../modules/affiliates/affiliate-portal.service.ts#AffiliateAccountModel',
        },
        mapperTypeSuffix: 'Model',
        resolverTypeWrapperSignature: 'Promise<T> | T',
      },
    },
  },
};

export default config;
