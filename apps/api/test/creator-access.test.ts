// Walks every field of the schema as a stranger and as a staff member: a creator field refuses anyone
// signed out with UNAUTHENTICATED, what only the owner may do refuses staff with FORBIDDEN, and staff get
// past the door everywhere else. The fields come from the schema itself, so a new field is walked the day
// it is added: a field that strangers may use must be listed in PUBLIC, one only the owner may use in
// OWNER_ONLY.
import { randomUUID } from 'node:crypto';
import { User } from '@shelf/db/accounts';
import { hashPassword } from '@shelf/signing';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/schema.ts';
import { startTestApi, type TestApi } from './harness.ts';

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
]);

/** Fields that end the caller's own sessions: walked signed out only, so the staff walk keeps its session. */
const ENDS_OWN_SESSION = new Set(['Mutation.logoutEverywhere']);

const schema: GraphQLSchema = buildSchema(loadTypeDefs());

type Walked = { name: string; query: string; variables: Record<string, unknown> };

/** A value the type accepts, so the request reaches the resolver (which must refuse before using it). */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'walk@example.com';
    }
  }
  throw new Error(`no sample for ${String(inner)}`);
}

function walk(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Walked {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    name: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    query: `${operation}${declarations ? ` (${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

const fields: Walked[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => walk('query', field)),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => walk('mutation', field)),
];
const creatorFields = fields.filter((field) => !PUBLIC.has(field.name));

let api: TestApi;
let staffToken: string;

beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'true' });
  const email = `staff-${randomUUID()}@example.com`;
  const em = api.em();
  em.create(User, {
    email,
    name: 'Staff',
    role: 'staff',
    passwordHash: await hashPassword('staff password 123'),
  });
  await em.flush();
  const login = await api.graphql<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: 'staff password 123' },
  );
  staffToken = login.data!.login.token;
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
