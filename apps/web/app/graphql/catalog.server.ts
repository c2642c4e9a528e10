// Storefront catalog reads: a page of published products and one product by slug.
import {
  type ProductCardFragment,
  type ProductDetailFragment,
  StorefrontProductDocument,
  StorefrontProductsDocument,
  type StorefrontProductsQuery,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type ProductCard = ProductCardFragment;
export type ProductDetail = ProductDetailFragment;
export type ProductPage = StorefrontProductsQuery['products'];

export async function listProducts(
  caller: ApiCaller,
  page: { first: number; after: string | null },
): Promise<ProductPage> {
  const { products } = await gql(caller, StorefrontProductsDocument, page);
  return products;
}

/** The published product with this slug, or null. */
export async function getProduct(caller: ApiCaller, slug: string): Promise<ProductDetail | null> {
  const { product } = await gql(caller, StorefrontProductDocument, { slug });
  return product;
}
