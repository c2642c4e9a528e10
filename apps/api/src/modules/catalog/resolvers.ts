// The catalog over GraphQL: the public products and product(slug) (published only), and the creator's
// products, files and preview images, thin over catalog-admin.service.ts and product-files.service.ts,
// which authorise. Sales are batched per request, so a page of products costs one sales query.
import type { ProductStatus } from '@shelf/db/catalog';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { getPublishedProduct, listPublishedProducts } from './catalog.service.ts';
import {
  createProduct,
  getAdminProduct,
  listAdminProducts,
  type ProductSalesModel,
  previewProductDescription,
  productSales,
  updateProduct,
} from './catalog-admin.service.ts';
import {
  addPreviewImage,
  addProductFile,
  completeUpload,
  createUpload,
  removePreviewImage,
  removeProductFile,
  reorderPreviewImages,
  replaceProductFile,
} from './product-files.service.ts';

// One loader per request: the context object lives exactly as long as the request.
const salesLoaders = new WeakMap<RequestContext, DataLoader<string, ProductSalesModel>>();

function sales(ctx: RequestContext): DataLoader<string, ProductSalesModel> {
  let loader = salesLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await productSales(ctx, ids);
      return ids.map((id) => found.get(id) ?? { count: 0, revenue: [] });
    });
    salesLoaders.set(ctx, loader);
  }
  return loader;
}

const lower = <T extends string>(value: string | null | undefined) =>
  value ? (value.toLowerCase() as T) : null;

export const catalogResolvers: Resolvers = {
  Query: {
    products: (_parent, args, ctx) => listPublishedProducts(ctx, args),
    product: (_parent, args, ctx) => getPublishedProduct(ctx, args.slug),
    adminProducts: (_parent, args, ctx) =>
      listAdminProducts(ctx, { ...args, status: lower<ProductStatus>(args.status) }),
    adminProduct: (_parent, args, ctx) => getAdminProduct(ctx, args.id),
    productDescriptionPreview: (_parent, args, ctx) => previewProductDescription(ctx, args.markdown),
  },
  Mutation: {
    createProduct: (_parent, { input }, ctx) => createProduct(ctx, input),
    updateProduct: (_parent, { id, input }, ctx) => updateProduct(ctx, id, input),
    createUpload: (_parent, { input }, ctx) =>
      createUpload(ctx, { ...input, kind: input.kind === 'PREVIEW' ? 'preview' : 'file' }),
    completeUpload: (_parent, args, ctx) =>
      completeUpload(ctx, { uploadId: args.uploadId, parts: args.parts }),
    addProductFile: (_parent, args, ctx) => addProductFile(ctx, args),
    replaceProductFile: (_parent, args, ctx) =>
      replaceProductFile(ctx, { ...args, notifyBuyers: args.notifyBuyers ?? false }),
    removeProductFile: (_parent, args, ctx) => removeProductFile(ctx, args.fileId),
    addPreviewImage: (_parent, args, ctx) => addPreviewImage(ctx, args),
    reorderPreviewImages: (_parent, args, ctx) => reorderPreviewImages(ctx, args),
    removePreviewImage: (_parent, args, ctx) => removePreviewImage(ctx, args.imageId),
  },
  Product: {
    sales: (product, _args, ctx) => sales(ctx).load(product.id),
  },
};
