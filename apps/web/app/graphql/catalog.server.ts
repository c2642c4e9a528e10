// Storefront catalog reads: a page of published products and one product by slug.
import {
  type ProductCardFragment,
  type ProductDetailFragment,
  StorefrontProductDocument,
  StorefrontProductsDocument,
  type StorefrontProductsQuery,
} from '@shelf/graphql';
import { gql } from './client.server';

export type ProductCard = ProductCardFragment;
export type ProductDetail = ProductDetailFragment;
export type ProductPage = StorefrontProductsQuery['products'];

export async function listProducts(
  request: Request,
  page: { first: number; after: string | null },
): Promise<ProductPage> {
  const { products } = await gql(request, StorefrontProductsDocument, page);
  return products;
}

/** The published product with this slug, or null. */
export async function getProduct(request: Request, slug: string): Promise<ProductDetail | null> {
  const { product } = await gql(request, StorefrontProductDocument, { slug });
  return product;
}
