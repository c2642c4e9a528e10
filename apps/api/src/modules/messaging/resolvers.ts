import type { EmailStatus } from '@shelf/db/messaging';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { redactEmailPreview } from './email-preview.ts';
import { emailBody, listEmails, resendEmail } from './messaging.service.ts';

export const messagingResolvers: Resolvers = {
  Query: {
    emails: (_parent, args, ctx) =>
      listEmails(ctx, { ...args, status: args.status?.toLowerCase() as EmailStatus | undefined }),
  },
  Mutation: {
    resendEmail: (_parent, args, ctx) => resendEmail(ctx, args.id),
  },
  EmailMessage: {
    status: (email) => email.status.toUpperCase() as 'QUEUED' | 'SENT' | 'FAILED',
    orderNumber: (email) => email.order?.number ?? null,
    preview: (email) => redactEmailPreview(email.text),
    html: (email, _args, ctx) => emailBody(ctx, email, 'html'),
    text: (email, _args, ctx) => emailBody(ctx, email, 'text'),
  },
};
