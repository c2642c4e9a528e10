// Walks every field of the schema as a stranger and as a staff member: a creator field refuses anyone
// signed out with UNAUTHENTICATED, what only the owner may do refuses staff with FORBIDDEN, and staff get
// past the door everywhere else. The fields come from the schema itself, so a new field is walked the day
// it is added: a field that strangers may use must be listed in PUBLIC, one only the owner may use in
// OWNER_ONLY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInNewStaff, startTestApi, type TestApi } from './harness.ts';
import { walkRootFields } from './schema-walk.ts';

/** Fields anyone may call: the storefront, checkout, the license API, signing in, the affiliate portal. */
const PUBLIC = new Set([
  'Query.store',
  'Query.me',
  'Query.products',
  'Query.product',
  'Query.checkout',
  'Query.validateLicense',
  'Query.myAffiliateAccount',
  'Mutation._noop',
  'Mutation.login',
  'Mutation.signIn',
  'Mutation.completeTwoFactorSignIn',
  'Mutation.logout',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.recordAffiliateClick',
  'Mutation.requestAffiliateSignIn',
  'Mutation.signInAffiliate',
  'Mutation.signOutAffiliate',
  'Mutation.createCheckout',
  'Mutation.completeTestCheckout',
  'Mutation.activateLicense',
  'Mutation.deactivateLicense',
]);

/** What staff may not do: manage users, API keys, payouts or settings. */
const OWNER_ONLY = new Set([
  'Query.users',
  'Query.staffTwoFactorRequired',
  'Mutation.inviteStaff',
  'Mutation.removeUser',
  'Mutation.setStaffTwoFactorRequired',
  'Mutation.recordPayout',
  'Mutation.updateStoreSettings',
  'Mutation.createApiKey',
  'Mutation.revokeApiKey',
  'Query.apiKeys',
  'Mutation.createWebhookEndpoint',
  'Mutation.updateWebhookEndpoint',
  'Mutation.deleteWebhookEndpoint',
  'Mutation.enableWebhookEndpoint',
  'Mutation.disableWebhookEndpoint',
  'Mutation.rotateWebhookSecret',
  'Mutation.replayWebhookDelivery',
  'Mutation.replayWebhookDeliveries',
  'Mutation.sendTestWebhook',
  'Query.webhookEndpoints',
  'Query.webhookEndpoint',
  'Query.webhookEventTypes',
]);

/** Fields that end the caller's own sessions: walked signed out only, so the staff walk keeps its session. */
const ENDS_OWN_SESSION = new Set(['Mutation.logoutEverywhere']);

const fields = walkRootFields();
const creatorFields = fields.filter((field) => !PUBLIC.has(field.name));

let api: TestApi;
let staffToken: string;

beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'true' });
  staffToken = await signInNewStaff(api);
});
afterAll(() => api.close());

const codesOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  (answer.errors ?? []).map((error) => error.extensions?.code);

describe('every creator field', () => {
  it('is walked: the schema has creator fields and every listed name exists', () => {
    expect(creatorFields.length).toBeGreaterThan(20);
    const names = new Set(fields.map((field) => field.name));
    for (const name of PUBLIC) expect(names.has(name), `${name} is listed as public`).toBe(true);
  });

  it('refuses a caller who is not signed in with UNAUTHENTICATED', async () => {
    const wrong: string[] = [];
    for (const field of creatorFields) {
      const answer = await api.graphql(field.query, field.variables);
      if (!codesOf(answer).includes('UNAUTHENTICATED')) {
        wrong.push(`${field.name}: ${JSON.stringify(answer.errors ?? answer.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses staff with FORBIDDEN where only the owner may act, and lets them in everywhere else', async () => {
    const wrong: string[] = [];
    for (const field of creatorFields) {
      if (ENDS_OWN_SESSION.has(field.name)) continue;
      const answer = await api.graphql(field.query, field.variables, {
        authorization: `Bearer ${staffToken}`,
      });
      const codes = codesOf(answer);
      if (OWNER_ONLY.has(field.name)) {
        if (!codes.includes('FORBIDDEN'))
          wrong.push(`${field.name} (owner only): ${JSON.stringify(answer.errors)}`);
      } else if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED')) {
        wrong.push(`${field.name} (staff): ${JSON.stringify(answer.errors)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
