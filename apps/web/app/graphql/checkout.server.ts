// Checkout: start a payment session, read it back for the success page, and pay it in test mode.
import {
  type CheckoutDetailFragment,
  CheckoutSessionDocument,
  CompleteTestCheckoutDocument,
  CreateCheckoutDocument,
  type CreateCheckoutInput,
  type CreateCheckoutMutation,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type CheckoutDetail = CheckoutDetailFragment;
export type CheckoutSession = CreateCheckoutMutation['createCheckout'];

/** Returns where to send the shopper to pay (Stripe Checkout, or the test-mode page). */
export async function createCheckout(
  caller: ApiCaller,
  input: CreateCheckoutInput,
): Promise<CheckoutSession> {
  const { createCheckout } = await gql(caller, CreateCheckoutDocument, { input });
  return createCheckout;
}

/** The checkout with this session id, or null. The id is the secret: treat it like a password. */
export async function getCheckout(caller: ApiCaller, id: string): Promise<CheckoutDetail | null> {
  const { checkout } = await gql(caller, CheckoutSessionDocument, { id });
  return checkout;
}

/** Test mode only: pays the checkout through the same fulfilment path as a Stripe webhook. */
export async function completeTestCheckout(caller: ApiCaller, id: string, email: string): Promise<void> {
  await gql(caller, CompleteTestCheckoutDocument, { id, email });
}
