// Licensing over GraphQL. Software: activateLicense, validateLicense, deactivateLicense, thin over the
// same service functions as the REST API. The creator: license, licenses and the dashboard actions, thin
// over license-admin.service.ts (which authorises). The schema's two blocks are merged into one map.

import type { LicenseStatus } from '@shelf/db/licensing';
import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import type {
  LicenseErrorCode,
  LicenseInstance,
  LicenseKeyDetails,
  LicenseKeyState,
  Resolvers,
} from '../../generated/resolvers-types.ts';
import { pageOfList } from '../common/list-page.ts';
import { countFailedLicenseLookup, refuseBlockedLicenseLookup } from '../limits/limits.service.ts';
import {
  activateLicense,
  deactivateLicense,
  type LicenseInstanceRow,
  type LicenseRow,
  licenseState,
  validateLicense,
} from './license-activation.service.ts';
import {
  findLicenseRecord,
  listLicenseRecords,
  reinstateLicenseRecord,
  resetLicenseRecordActivations,
  revokeLicenseRecord,
  setLicenseRecordActivationLimit,
} from './license-admin.service.ts';

// ---- licensing for software

function toKeyDetails(license: LicenseRow): LicenseKeyDetails {
  return {
    key: license.key,
    state: licenseState(license).toUpperCase() as LicenseKeyState,
    activationLimit: license.activationLimit,
    activationUsage: license.activationCount,
    expiresAt: license.expiresAt,
    productId: license.productId,
    productName: license.productName,
  };
}

function toInstance(instance: LicenseInstanceRow | null): LicenseInstance | null {
  return instance
    ? {
        id: instance.instanceId,
        name: instance.name,
        createdAt: instance.createdAt,
        deactivatedAt: instance.deactivatedAt,
      }
    : null;
}

const messages: Record<LicenseErrorCode, string> = {
  KEY_NOT_FOUND: 'license_key not found.',
  INSTANCE_NOT_FOUND: 'instance_id not found.',
  INSTANCE_DEACTIVATED: 'This instance has been deactivated.',
  LIMIT_REACHED: 'This license key has reached the activation limit.',
  KEY_NOT_ACTIVE: 'This license key no longer works.',
};

const failure = (error: LicenseErrorCode) => ({ error, message: messages[error] });

const softwareResolvers: Resolvers = {
  Query: {
    validateLicense: async (_parent, args, ctx) => {
      refuseBlockedLicenseLookup(ctx, ctx.ip);
      const result = await validateLicense(ctx, { key: args.key, instanceId: args.instanceId ?? null });
      if (result.outcome === 'not_found' || result.outcome === 'instance_not_found') {
        await countFailedLicenseLookup(ctx, ctx.ip);
      }
      switch (result.outcome) {
        case 'not_found':
          return { valid: false, ...failure('KEY_NOT_FOUND'), license: null, instance: null };
        case 'instance_not_found':
          return {
            valid: false,
            ...failure('INSTANCE_NOT_FOUND'),
            license: toKeyDetails(result.license),
            instance: null,
          };
        case 'checked':
          return {
            valid: result.valid,
            ...(result.valid
              ? { error: null, message: null }
              : failure(result.state === 'active' ? 'INSTANCE_DEACTIVATED' : 'KEY_NOT_ACTIVE')),
            license: toKeyDetails(result.license),
            instance: toInstance(result.instance),
          };
      }
    },
  },
  Mutation: {
    activateLicense: async (_parent, args, ctx) => {
      refuseBlockedLicenseLookup(ctx, ctx.ip);
      const result = await activateLicense(ctx, { key: args.key, instanceName: args.instanceName });
      switch (result.outcome) {
        case 'not_found':
          await countFailedLicenseLookup(ctx, ctx.ip);
          return {
            activated: false,
            ...failure('KEY_NOT_FOUND'),
            license: null,
            instance: null,
            certificate: null,
          };
        case 'invalid':
          return {
            activated: false,
            ...failure('KEY_NOT_ACTIVE'),
            license: toKeyDetails(result.license),
            instance: null,
            certificate: null,
          };
        case 'limit_reached':
          return {
            activated: false,
            ...failure('LIMIT_REACHED'),
            license: toKeyDetails(result.license),
            instance: null,
            certificate: null,
          };
        case 'activated':
          return {
            activated: true,
            error: null,
            message: null,
            license: toKeyDetails(result.license),
            instance: toInstance(result.instance),
            certificate: result.certificate,
          };
      }
    },
    deactivateLicense: async (_parent, args, ctx) => {
      refuseBlockedLicenseLookup(ctx, ctx.ip);
      const result = await deactivateLicense(ctx, { key: args.key, instanceId: args.instanceId });
      switch (result.outcome) {
        case 'not_found':
          await countFailedLicenseLookup(ctx, ctx.ip);
          return { deactivated: false, ...failure('KEY_NOT_FOUND'), license: null, instance: null };
        case 'instance_not_found':
          await countFailedLicenseLookup(ctx, ctx.ip);
          return {
            deactivated: false,
            ...failure('INSTANCE_NOT_FOUND'),
            license: toKeyDetails(result.license),
            instance: null,
          };
        case 'deactivated':
          return {
            deactivated: true,
            error: null,
            message: null,
            license: toKeyDetails(result.license),
            instance: toInstance(result.instance),
          };
      }
    },
  },
};

// ---- end of licensing for software

// ---- licensing for the creator

/** Output-only JSON (a history entry's detail); as an input it takes any literal. */
const jsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => (ast.kind === Kind.NULL ? null : valueFromASTUntyped(ast, variables)),
});

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

const creatorResolvers: Resolvers = {
  JSON: jsonScalar,
  Query: {
    license: (_parent, args, ctx) => findLicenseRecord(ctx, args.key),
    licenses: (_parent, args, ctx) =>
      listLicenseRecords(ctx, { ...args, status: args.status?.toLowerCase() as LicenseStatus | undefined }),
  },
  Mutation: {
    revokeLicense: (_parent, args, ctx) => revokeLicenseRecord(ctx, args),
    reinstateLicense: (_parent, args, ctx) => reinstateLicenseRecord(ctx, args),
    setActivationLimit: (_parent, args, ctx) =>
      setLicenseRecordActivationLimit(ctx, { id: args.id, limit: args.limit ?? null }),
    resetActivations: (_parent, args, ctx) => resetLicenseRecordActivations(ctx, { id: args.id }),
  },
  LicenseRecord: {
    status: (record) => upper(record.status),
    state: (record) => upper(record.state),
    activationsConnection: (record, args) =>
      pageOfList(record.activations, args, (activation) => activation.instanceId),
    history: async (record, args) =>
      (await record.history(args.first ?? 50)).map((entry) => ({ ...entry, type: upper(entry.type) })),
  },
};

// ---- end of licensing for the creator

export const licensingResolvers: Resolvers = {
  ...softwareResolvers,
  ...creatorResolvers,
  Query: { ...softwareResolvers.Query, ...creatorResolvers.Query },
  Mutation: { ...softwareResolvers.Mutation, ...creatorResolvers.Mutation },
};
