// Creator accounts over GraphQL: sign-in (with two-factor sign-in), sessions, passwords and the owner's
// user management. Thin over the accounts services, which authorise.
import type { ApiKey } from '@shelf/db/accounts';
import type { ApiKeyScope as ApiKeyScopeEnum, Resolvers } from '../../generated/resolvers-types.ts';
import {
  currentUser,
  login,
  logout,
  logoutEverywhere,
  type SignInOutcome,
  signIn,
} from './accounts.service.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.ts';
import { changePassword, requestPasswordReset, resetPassword } from './password-reset.service.ts';
import {
  completeTwoFactorSignIn,
  confirmTwoFactor,
  disableTwoFactor,
  startTwoFactorSetup,
} from './two-factor.service.ts';
import {
  inviteStaff,
  listUsers,
  removeUser,
  setStaffTwoFactorRequired,
  staffTwoFactorRequired,
} from './users.service.ts';

function toSignInResult(outcome: SignInOutcome) {
  return 'session' in outcome
    ? { session: outcome.session, twoFactorRequired: false, challenge: null, challengeExpiresAt: null }
    : {
        session: null,
        twoFactorRequired: true,
        challenge: outcome.twoFactor.challenge,
        challengeExpiresAt: outcome.twoFactor.expiresAt,
      };
}

// `catalog:read` <-> CATALOG_READ: the enum names the scopes in upper case.
const scopeToEnum = (scope: string) => scope.replace(':', '_').toUpperCase() as ApiKeyScopeEnum;
const scopeFromEnum = (value: ApiKeyScopeEnum) => value.toLowerCase().replace('_', ':');

function toApiKeyModel(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes.map(scopeToEnum),
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
    createdBy: key.createdBy,
  };
}

export const accountsResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => currentUser(ctx),
    users: (_parent, _args, ctx) => listUsers(ctx),
    staffTwoFactorRequired: (_parent, _args, ctx) => staffTwoFactorRequired(ctx),
    apiKeys: async (_parent, args, ctx) => {
      const page = await listApiKeys(ctx, args);
      return {
        ...page,
        edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toApiKeyModel(edge.node) })),
        nodes: page.nodes.map(toApiKeyModel),
      };
    },
  },
  Mutation: {
    login: (_parent, args, ctx) => login(ctx, { ...args, ip: ctx.ip }),
    signIn: async (_parent, args, ctx) => toSignInResult(await signIn(ctx, { ...args, ip: ctx.ip })),
    completeTwoFactorSignIn: (_parent, args, ctx) => completeTwoFactorSignIn(ctx, { ...args, ip: ctx.ip }),
    logout: (_parent, _args, ctx) => logout(ctx, ctx.authorization),
    logoutEverywhere: (_parent, _args, ctx) => logoutEverywhere(ctx),
    changePassword: (_parent, args, ctx) =>
      changePassword(ctx, { ...args, authorization: ctx.authorization, ip: ctx.ip }),
    requestPasswordReset: (_parent, args, ctx) => requestPasswordReset(ctx, { ...args, ip: ctx.ip }),
    resetPassword: (_parent, args, ctx) => resetPassword(ctx, args),
    startTwoFactorSetup: (_parent, _args, ctx) => startTwoFactorSetup(ctx),
    confirmTwoFactor: (_parent, args, ctx) => confirmTwoFactor(ctx, args),
    disableTwoFactor: (_parent, args, ctx) => disableTwoFactor(ctx, { ...args, ip: ctx.ip }),
    inviteStaff: (_parent, args, ctx) => inviteStaff(ctx, args),
    removeUser: (_parent, args, ctx) => removeUser(ctx, args),
    setStaffTwoFactorRequired: (_parent, args, ctx) => setStaffTwoFactorRequired(ctx, args),
    createApiKey: async (_parent, { input }, ctx) => {
      const created = await createApiKey(ctx, {
        name: input.name,
        scopes: input.scopes.map(scopeFromEnum),
      });
      return { apiKey: toApiKeyModel(created.apiKey), key: created.key };
    },
    revokeApiKey: async (_parent, args, ctx) => toApiKeyModel(await revokeApiKey(ctx, args)),
  },
  User: {
    role: (user) => (user.role === 'owner' ? 'OWNER' : 'STAFF'),
    twoFactorEnabled: (user) => user.twoFactorSecret !== null,
  },
};
