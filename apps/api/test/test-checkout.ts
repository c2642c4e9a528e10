// Buying as a shopper does with the test-mode provider: a checkout for a product, then its test payment
// page paying it. The order goes through the same fulfilment as a Stripe payment.
import { expect } from 'vitest';
import type { TestApi } from './harness.ts';

export type TestPurchase = { orderNumber: number; licenseKeys: string[] };

const CREATE = 'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }';
const PAY = `mutation($id: ID!, $email: String!) {
  completeTestCheckout(id: $id, email: $email) { order { number licenses { key } } } }`;

/** A paid order of one product for `email` (through an affiliate's link when `affiliateCode` is given). */
export async function buyInTestMode(
  api: TestApi,
  input: { productId: string; email: string; affiliateCode?: string | null },
): Promise<TestPurchase> {
  const created = await api.graphql<{ createCheckout: { id: string } }>(CREATE, {
    input: { productId: input.productId, affiliateCode: input.affiliateCode ?? null },
  });
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const paid = await api.graphql<{
    completeTestCheckout: { order: { number: number; licenses: Array<{ key: string }> } };
  }>(PAY, { id: created.data!.createCheckout.id, email: input.email });
  expect(paid.errors, JSON.stringify(paid.errors)).toBeUndefined();
  const { order } = paid.data!.completeTestCheckout;
  return { orderNumber: order.number, licenseKeys: order.licenses.map((license) => license.key) };
}
