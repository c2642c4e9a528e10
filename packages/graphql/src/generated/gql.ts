/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ProductCard on Product {\n  id\n  slug\n  name\n  tagline\n  kind\n  interval\n  price {\n    amount\n    currency\n    formatted\n  }\n  previewImages {\n    url\n    alt\n  }\n}\n\nfragment ProductDetail on Product {\n  ...ProductCard\n  descriptionHtml\n  files {\n    name\n    size\n    contentType\n  }\n  requiresLicenseKey\n  licenseActivationLimit\n  downloadLimit\n  downloadWindowDays\n}\n\nquery StorefrontProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after) {\n    nodes {\n      ...ProductCard\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StorefrontProduct($slug: String!) {\n  product(slug: $slug) {\n    ...ProductDetail\n  }\n}": typeof types.ProductCardFragmentDoc,
    "fragment CheckoutDetail on Checkout {\n  id\n  status\n  testMode\n  email\n  amount {\n    amount\n    currency\n    formatted\n  }\n  product {\n    id\n    slug\n    name\n    tagline\n    kind\n    interval\n    previewImages {\n      url\n      alt\n    }\n  }\n  order {\n    number\n    status\n    email\n    total {\n      formatted\n    }\n    downloads {\n      filename\n      size\n      url\n    }\n    licenses {\n      key\n      productName\n      activationLimit\n      expiresAt\n    }\n    downloadLimit\n    downloadsExpireAt\n  }\n}\n\nmutation CreateCheckout($input: CreateCheckoutInput!) {\n  createCheckout(input: $input) {\n    id\n    url\n  }\n}\n\nquery CheckoutSession($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetail\n  }\n}\n\nmutation CompleteTestCheckout($id: ID!, $email: String!) {\n  completeTestCheckout(id: $id, email: $email) {\n    id\n    status\n  }\n}": typeof types.CheckoutDetailFragmentDoc,
    "query StoreInfo {\n  store {\n    name\n    testMode\n  }\n}": typeof types.StoreInfoDocument,
};
const documents: Documents = {
    "fragment ProductCard on Product {\n  id\n  slug\n  name\n  tagline\n  kind\n  interval\n  price {\n    amount\n    currency\n    formatted\n  }\n  previewImages {\n    url\n    alt\n  }\n}\n\nfragment ProductDetail on Product {\n  ...ProductCard\n  descriptionHtml\n  files {\n    name\n    size\n    contentType\n  }\n  requiresLicenseKey\n  licenseActivationLimit\n  downloadLimit\n  downloadWindowDays\n}\n\nquery StorefrontProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after) {\n    nodes {\n      ...ProductCard\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StorefrontProduct($slug: String!) {\n  product(slug: $slug) {\n    ...ProductDetail\n  }\n}": types.ProductCardFragmentDoc,
    "fragment CheckoutDetail on Checkout {\n  id\n  status\n  testMode\n  email\n  amount {\n    amount\n    currency\n    formatted\n  }\n  product {\n    id\n    slug\n    name\n    tagline\n    kind\n    interval\n    previewImages {\n      url\n      alt\n    }\n  }\n  order {\n    number\n    status\n    email\n    total {\n      formatted\n    }\n    downloads {\n      filename\n      size\n      url\n    }\n    licenses {\n      key\n      productName\n      activationLimit\n      expiresAt\n    }\n    downloadLimit\n    downloadsExpireAt\n  }\n}\n\nmutation CreateCheckout($input: CreateCheckoutInput!) {\n  createCheckout(input: $input) {\n    id\n    url\n  }\n}\n\nquery CheckoutSession($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetail\n  }\n}\n\nmutation CompleteTestCheckout($id: ID!, $email: String!) {\n  completeTestCheckout(id: $id, email: $email) {\n    id\n    status\n  }\n}": types.CheckoutDetailFragmentDoc,
    "query StoreInfo {\n  store {\n    name\n    testMode\n  }\n}": types.StoreInfoDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductCard on Product {\n  id\n  slug\n  name\n  tagline\n  kind\n  interval\n  price {\n    amount\n    currency\n    formatted\n  }\n  previewImages {\n    url\n    alt\n  }\n}\n\nfragment ProductDetail on Product {\n  ...ProductCard\n  descriptionHtml\n  files {\n    name\n    size\n    contentType\n  }\n  requiresLicenseKey\n  licenseActivationLimit\n  downloadLimit\n  downloadWindowDays\n}\n\nquery StorefrontProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after) {\n    nodes {\n      ...ProductCard\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StorefrontProduct($slug: String!) {\n  product(slug: $slug) {\n    ...ProductDetail\n  }\n}"): (typeof documents)["fragment ProductCard on Product {\n  id\n  slug\n  name\n  tagline\n  kind\n  interval\n  price {\n    amount\n    currency\n    formatted\n  }\n  previewImages {\n    url\n    alt\n  }\n}\n\nfragment ProductDetail on Product {\n  ...ProductCard\n  descriptionHtml\n  files {\n    name\n    size\n    contentType\n  }\n  requiresLicenseKey\n  licenseActivationLimit\n  downloadLimit\n  downloadWindowDays\n}\n\nquery StorefrontProducts($first: Int!, $after: String) {\n  products(first: $first, after: $after) {\n    nodes {\n      ...ProductCard\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StorefrontProduct($slug: String!) {\n  product(slug: $slug) {\n    ...ProductDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutDetail on Checkout {\n  id\n  status\n  testMode\n  email\n  amount {\n    amount\n    currency\n    formatted\n  }\n  product {\n    id\n    slug\n    name\n    tagline\n    kind\n    interval\n    previewImages {\n      url\n      alt\n    }\n  }\n  order {\n    number\n    status\n    email\n    total {\n      formatted\n    }\n    downloads {\n      filename\n      size\n      url\n    }\n    licenses {\n      key\n      productName\n      activationLimit\n      expiresAt\n    }\n    downloadLimit\n    downloadsExpireAt\n  }\n}\n\nmutation CreateCheckout($input: CreateCheckoutInput!) {\n  createCheckout(input: $input) {\n    id\n    url\n  }\n}\n\nquery CheckoutSession($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetail\n  }\n}\n\nmutation CompleteTestCheckout($id: ID!, $email: String!) {\n  completeTestCheckout(id: $id, email: $email) {\n    id\n    status\n  }\n}"): (typeof documents)["fragment CheckoutDetail on Checkout {\n  id\n  status\n  testMode\n  email\n  amount {\n    amount\n    currency\n    formatted\n  }\n  product {\n    id\n    slug\n    name\n    tagline\n    kind\n    interval\n    previewImages {\n      url\n      alt\n    }\n  }\n  order {\n    number\n    status\n    email\n    total {\n      formatted\n    }\n    downloads {\n      filename\n      size\n      url\n    }\n    licenses {\n      key\n      productName\n      activationLimit\n      expiresAt\n    }\n    downloadLimit\n    downloadsExpireAt\n  }\n}\n\nmutation CreateCheckout($input: CreateCheckoutInput!) {\n  createCheckout(input: $input) {\n    id\n    url\n  }\n}\n\nquery CheckoutSession($id: ID!) {\n  checkout(id: $id) {\n    ...CheckoutDetail\n  }\n}\n\nmutation CompleteTestCheckout($id: ID!, $email: String!) {\n  completeTestCheckout(id: $id, email: $email) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoreInfo {\n  store {\n    name\n    testMode\n  }\n}"): (typeof documents)["query StoreInfo {\n  store {\n    name\n    testMode\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;