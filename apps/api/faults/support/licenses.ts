// License arrangements for the fault scenarios: a key bought through test-mode checkout (a store started
// with PAYMENTS=test), and the Lemon Squeezy-shaped license API calls installed software makes.
import type { TestApi } from '../../test/harness.ts';

export const SOFTWARE = 'framecraft-screenshot-tool';

/** Buys the demo software (activation limit 3) through test mode; returns its license key. */
export async function buyLicenseKey(api: TestApi, email = 'dev@example.com'): Promise<string> {
  const { data } = await api.graphql<{ product: { id: string } }>(`{ product(slug: "${SOFTWARE}") { id } }`);
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: data!.product.id } },
  );
  if (created.errors) throw new Error(`createCheckout failed: ${JSON.stringify(created.errors)}`);
  const paid = await api.graphql<{ completeTestCheckout: { order: { licenses: Array<{ key: string }> } } }>(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { licenses { key } } } }',
    { id: created.data!.createCheckout.id, email },
  );
  if (paid.errors) throw new Error(`completeTestCheckout failed: ${JSON.stringify(paid.errors)}`);
  return paid.data!.completeTestCheckout.order.licenses[0]!.key;
}

/** The fields of Lemon Squeezy's answers the scenarios read; anything else stays unread. */
export type LicenseAnswerBody = {
  activated?: boolean;
  deactivated?: boolean;
  error?: string;
  instance?: { id: string };
  text?: string;
};

export type LicenseAnswer = { status: number; body: LicenseAnswerBody };

async function post(api: TestApi, path: string, body: Record<string, string>): Promise<LicenseAnswer> {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: LicenseAnswerBody;
  try {
    parsed = JSON.parse(text) as LicenseAnswerBody;
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed };
}

export const activateLicense = (api: TestApi, key: string, instanceName: string) =>
  post(api, '/v1/licenses/activate', { license_key: key, instance_name: instanceName });

export const deactivateLicense = (api: TestApi, key: string, instanceId: string) =>
  post(api, '/v1/licenses/deactivate', { license_key: key, instance_id: instanceId });
