// The scope every root field needs from an API key, in one table, walked against the schema: a key
// without the scope (no scopes at all, or every scope but that one) is refused with FORBIDDEN naming the
// scope in the message and in extensions.scope; a key with only that scope gets past the door. Public
// fields answer any key; session-only fields (a person's own account, managing API keys) refuse every key.
// The fields come from the schema, so a field missing from the table fails the first test the day it is
// added.
import { randomUUID } from 'node:crypto';
import { ApiKey, type ApiKeyScope, apiKeyScopes, User } from '@shelf/db/accounts';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { type WalkedField, walkRootFields } from './schema-walk.ts';

/** What a field asks of an API key: a scope, nothing (`public`), or a signed-in person (`session`). */
type Requirement = ApiKeyScope | 'public' | 'session';

const SCOPE_OF: Record<string, Requirement> = {
  // Anyone: the storefront, checkout, the license API, signing in, the affiliate portal.
  'Query.store': 'public',
  'Query.me': 'public',
  'Query.products': 'public',
  'Query.product': 'public',
  'Query.checkout': 'public',
  'Query.validateLicense': 'public',
  'Query.myAffiliateAccount': 'public',
  'Mutation._noop': 'public',
  'Mutation.login': 'public',
  'Mutation.signIn': 'public',
  'Mutation.completeTwoFactorSignIn': 'public',
  'Mutation.requestPasswordReset': 'public',
  'Mutation.resetPassword': 'public',
  'Mutation.recordAffiliateClick': 'public',
  'Mutation.requestAffiliateSignIn': 'public',
  'Mutation.signInAffiliate': 'public',
  'Mutation.signOutAffiliate': 'public',
  'Mutation.createCheckout': 'public',
  'Mutation.completeTestCheckout': 'public',
  'Mutation.activateLicense': 'public',
  'Mutation.deactivateLicense': 'public',
  // A person's own account, and API keys themselves: never with a key.
  'Mutation.logout': 'session',
  'Mutation.logoutEverywhere': 'session',
  'Mutation.changePassword': 'session',
  'Mutation.startTwoFactorSetup': 'session',
  'Mutation.confirmTwoFactor': 'session',
  'Mutation.disableTwoFactor': 'session',
  'Query.apiKeys': 'session',
  'Mutation.createApiKey': 'session',
  'Mutation.revokeApiKey': 'session',
  // Users and store settings (owner only).
  'Query.users': 'users:read',
  'Mutation.inviteStaff': 'users:write',
  'Mutation.removeUser': 'users:write',
  'Query.staffTwoFactorRequired': 'settings:read',
  'Mutation.setStaffTwoFactorRequired': 'settings:write',
  'Query.storeSettings': 'settings:read',
  'Mutation.updateStoreSettings': 'settings:write',
  // Catalog.
  'Query.adminProducts': 'catalog:read',
  'Query.adminProduct': 'catalog:read',
  'Query.productDescriptionPreview': 'catalog:read',
  'Mutation.createProduct': 'catalog:write',
  'Mutation.updateProduct': 'catalog:write',
  'Mutation.createUpload': 'catalog:write',
  'Mutation.completeUpload': 'catalog:write',
  'Mutation.addProductFile': 'catalog:write',
  'Mutation.replaceProductFile': 'catalog:write',
  'Mutation.removeProductFile': 'catalog:write',
  'Mutation.addPreviewImage': 'catalog:write',
  'Mutation.reorderPreviewImages': 'catalog:write',
  'Mutation.removePreviewImage': 'catalog:write',
  // Orders, customers, revenue, downloads of an order.
  'Query.orders': 'orders:read',
  'Query.order': 'orders:read',
  'Query.customers': 'orders:read',
  'Query.customer': 'orders:read',
  'Query.revenue': 'orders:read',
  'Mutation.refundOrder': 'orders:write',
  'Mutation.resendDeliveryEmail': 'orders:write',
  'Mutation.resetDownloadCount': 'orders:write',
  'Mutation.extendDownloadWindow': 'orders:write',
  // Licenses.
  'Query.license': 'licenses:read',
  'Query.licenses': 'licenses:read',
  'Mutation.revokeLicense': 'licenses:write',
  'Mutation.reinstateLicense': 'licenses:write',
  'Mutation.setActivationLimit': 'licenses:write',
  'Mutation.resetActivations': 'licenses:write',
  // Affiliates (payouts: owner only).
  'Query.affiliateLink': 'affiliates:read',
  'Query.affiliate': 'affiliates:read',
  'Query.affiliates': 'affiliates:read',
  'Query.commissions': 'affiliates:read',
  'Query.affiliateBalances': 'affiliates:read',
  'Query.affiliateBalancesConnection': 'affiliates:read',
  'Mutation.createAffiliateLink': 'affiliates:write',
  'Mutation.updateAffiliateLink': 'affiliates:write',
  'Mutation.archiveAffiliateLink': 'affiliates:write',
  'Mutation.pauseAffiliate': 'affiliates:write',
  'Mutation.resumeAffiliate': 'affiliates:write',
  'Mutation.recordPayout': 'affiliates:write',
  // Emails.
  'Query.emails': 'emails:read',
  'Mutation.resendEmail': 'emails:write',
  // Outbound webhooks (owner only).
  'Query.webhookEndpoints': 'webhooks:read',
  'Query.webhookEndpoint': 'webhooks:read',
  'Query.webhookEventTypes': 'webhooks:read',
  'Mutation.createWebhookEndpoint': 'webhooks:write',
  'Mutation.updateWebhookEndpoint': 'webhooks:write',
  'Mutation.deleteWebhookEndpoint': 'webhooks:write',
  'Mutation.enableWebhookEndpoint': 'webhooks:write',
  'Mutation.disableWebhookEndpoint': 'webhooks:write',
  'Mutation.rotateWebhookSecret': 'webhooks:write',
  'Mutation.replayWebhookDelivery': 'webhooks:write',
  'Mutation.replayWebhookDeliveries': 'webhooks:write',
  'Mutation.sendTestWebhook': 'webhooks:write',
};

const fields = walkRootFields();
const scoped = fields.filter((field) => {
  const requirement = SCOPE_OF[field.name];
  return requirement !== undefined && requirement !== 'public' && requirement !== 'session';
});

type GraphqlError = { message: string; extensions?: { code?: string; scope?: string } };

let api: TestApi;
const keys = {
  none: '',
  only: new Map<ApiKeyScope, string>(),
  allBut: new Map<ApiKeyScope, string>(),
  all: '',
};

beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'true' });
  const em = api.em();
  const owner = await em.findOneOrFail(User, { role: 'owner' });
  let made = 0;
  const make = (scopes: ApiKeyScope[]): string => {
    const token = `shelf_test_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`;
    em.create(ApiKey, {
      name: `scope walk ${made}`,
      prefix: `shelf_test_walk${String(made++).padStart(3, '0')}`,
      keyHash: hashToken(token),
      scopes,
      createdBy: em.getReference(User, owner.id),
    });
    return token;
  };
  keys.none = make([]);
  keys.all = make([...apiKeyScopes]);
  for (const scope of apiKeyScopes) {
    keys.only.set(scope, make([scope]));
    keys.allBut.set(scope, make(apiKeyScopes.filter((other) => other !== scope)));
  }
  await em.flush();
});
afterAll(() => api.close());

async function ask(field: WalkedField, key: string): Promise<GraphqlError[]> {
  const answer = await api.graphql(field.query, field.variables, { authorization: `Bearer ${key}` });
  return (answer.errors ?? []) as GraphqlError[];
}

const refusedDoor = (errors: GraphqlError[]) =>
  errors.some((error) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.extensions?.code ?? ''));

describe('the scope table', () => {
  it('names every Query and Mutation field, and only fields that exist, with a known scope', () => {
    const names = new Set(fields.map((field) => field.name));
    expect(fields.filter((field) => !(field.name in SCOPE_OF)).map((field) => field.name)).toEqual([]);
    expect(Object.keys(SCOPE_OF).filter((name) => !names.has(name))).toEqual([]);
    for (const requirement of Object.values(SCOPE_OF)) {
      if (requirement !== 'public' && requirement !== 'session') {
        expect(apiKeyScopes).toContain(requirement);
      }
    }
    expect(scoped.length).toBeGreaterThan(40);
  });

  it('refuses a key without the scope with FORBIDDEN naming it, whatever other scopes it has', async () => {
    const wrong: string[] = [];
    for (const field of scoped) {
      const scope = SCOPE_OF[field.name] as ApiKeyScope;
      for (const [label, key] of [
        ['no scopes', keys.none],
        ['every other scope', keys.allBut.get(scope)!],
      ] as const) {
        const errors = await ask(field, key);
        const refusal = errors.find((error) => error.extensions?.code === 'FORBIDDEN');
        if (!refusal || refusal.extensions?.scope !== scope || !refusal.message.includes(scope)) {
          wrong.push(`${field.name} (${label}, wants ${scope}): ${JSON.stringify(errors)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets a key with only the scope past the door', async () => {
    const wrong: string[] = [];
    for (const field of scoped) {
      const scope = SCOPE_OF[field.name] as ApiKeyScope;
      const errors = await ask(field, keys.only.get(scope)!);
      if (refusedDoor(errors)) wrong.push(`${field.name} (${scope}): ${JSON.stringify(errors)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every key on session-only fields and answers a key on public ones as it answers anyone', async () => {
    const wrong: string[] = [];
    for (const field of fields) {
      const requirement = SCOPE_OF[field.name];
      if (requirement === 'session') {
        const errors = await ask(field, keys.all);
        if (!refusedDoor(errors)) wrong.push(`${field.name} (session only): ${JSON.stringify(errors)}`);
      } else if (requirement === 'public') {
        // A key changes nothing here: the field answers it as it answers anyone (the same error codes).
        const anonymous = await api.graphql(field.query, field.variables);
        const codes = (errors: GraphqlError[]) => errors.map((error) => error.extensions?.code);
        const withKey = codes(await ask(field, keys.none));
        if (JSON.stringify(withKey) !== JSON.stringify(codes((anonymous.errors ?? []) as GraphqlError[]))) {
          wrong.push(`${field.name} (public): ${JSON.stringify(withKey)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
