// The creator's products from the dashboard, sent with the creator's session: the list, the editor, the
// Markdown preview, and the steps of an upload (where to send the bytes, completing it, attaching it).
import {
  AddPreviewImageDocument,
  AddProductFileDocument,
  type CompletedPartInput,
  CompleteProductUploadDocument,
  type CompleteProductUploadMutation,
  CreateProductDocument,
  type CreateProductInput,
  CreateProductUploadDocument,
  type CreateProductUploadMutation,
  type CreateUploadInput,
  DashboardProductDocument,
  DashboardProductsDocument,
  type DashboardProductsQuery,
  type EditableProductFragment,
  ProductDescriptionPreviewDocument,
  type ProductStatus,
  RemovePreviewImageDocument,
  RemoveProductFileDocument,
  ReorderPreviewImagesDocument,
  ReplaceProductFileDocument,
  UpdateProductDocument,
  type UpdateProductInput,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type DashboardProductPage = DashboardProductsQuery['adminProducts'];
export type DashboardProductRow = DashboardProductPage['nodes'][number];
export type EditableProduct = EditableProductFragment;
export type ProductUpload = CreateProductUploadMutation['createUpload'];
export type CompletedUpload = CompleteProductUploadMutation['completeUpload'];

export async function listDashboardProducts(
  caller: Caller,
  args: { first: number; after: string | null; status: ProductStatus | null; query: string | null },
): Promise<DashboardProductPage> {
  const { adminProducts } = await gql(asCreator(caller), DashboardProductsDocument, args);
  return adminProducts;
}

/** Any product by id, whatever its status, or null. */
export async function getDashboardProduct(caller: Caller, id: string): Promise<EditableProduct | null> {
  const { adminProduct } = await gql(asCreator(caller), DashboardProductDocument, { id });
  return adminProduct;
}

export async function previewDescription(caller: Caller, markdown: string): Promise<string> {
  const { productDescriptionPreview } = await gql(asCreator(caller), ProductDescriptionPreviewDocument, {
    markdown,
  });
  return productDescriptionPreview;
}

/** Creates a product and returns its id. */
export async function createProduct(caller: Caller, input: CreateProductInput): Promise<string> {
  const { createProduct } = await gql(asCreator(caller), CreateProductDocument, { input });
  return createProduct.id;
}

export async function updateProduct(caller: Caller, id: string, input: UpdateProductInput): Promise<void> {
  await gql(asCreator(caller), UpdateProductDocument, { id, input });
}

export async function createProductUpload(caller: Caller, input: CreateUploadInput): Promise<ProductUpload> {
  const { createUpload } = await gql(asCreator(caller), CreateProductUploadDocument, { input });
  return createUpload;
}

export async function completeProductUpload(
  caller: Caller,
  uploadId: string,
  parts: CompletedPartInput[] | null,
): Promise<CompletedUpload> {
  const { completeUpload } = await gql(asCreator(caller), CompleteProductUploadDocument, { uploadId, parts });
  return completeUpload;
}

export async function addProductFile(caller: Caller, productId: string, uploadId: string): Promise<void> {
  await gql(asCreator(caller), AddProductFileDocument, { productId, uploadId });
}

export async function replaceProductFile(
  caller: Caller,
  args: { fileId: string; uploadId: string; notifyBuyers: boolean },
): Promise<void> {
  await gql(asCreator(caller), ReplaceProductFileDocument, args);
}

export async function removeProductFile(caller: Caller, fileId: string): Promise<void> {
  await gql(asCreator(caller), RemoveProductFileDocument, { fileId });
}

export async function addPreviewImage(
  caller: Caller,
  args: { productId: string; uploadId: string; alt: string | null },
): Promise<void> {
  await gql(asCreator(caller), AddPreviewImageDocument, args);
}

export async function reorderPreviewImages(caller: Caller, productId: string, ids: string[]): Promise<void> {
  await gql(asCreator(caller), ReorderPreviewImagesDocument, { productId, ids });
}

export async function removePreviewImage(caller: Caller, imageId: string): Promise<void> {
  await gql(asCreator(caller), RemovePreviewImageDocument, { imageId });
}
