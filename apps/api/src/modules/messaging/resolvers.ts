import { Email as EmailEntity, type EmailStatus } from '@shelf/db';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { listEmails } from './email-log.ts';
import { resendEmail } from './email-outbox.ts';

export const messagingResolvers: Resolvers = {
  Query: {
    emails: async (_parent, args, ctx) => {
      await requireCreator(ctx.viewer(), 'emails:read');
      return listEmails(ctx.em, { ...args, status: args.status?.toLowerCase() as EmailStatus | undefined });
    },
  },
  Mutation: {
    resendEmail: async (_parent, args, ctx) => {
      await requireCreator(ctx.viewer(), 'emails:write');
      await resendEmail(ctx.em, ctx.services.emails, args.id);
      return ctx.em.findOneOrFail(EmailEntity, { id: args.id }, { refresh: true, populate: ['order'] });
    },
  },
  EmailMessage: {
    status: (email) => email.status.toUpperCase() as 'QUEUED' | 'SENT' | 'FAILED',
    orderNumber: (email) => email.order?.number ?? null,
  },
};
