// Messaging: the email outbox (ARCHITECTURE.md, "The rules") and the creator's email log. Every email is a row in
// `email` before anyone tries to send it, written in the caller's transaction so an order and its email
// commit together or not at all, and handed to the delivery queue (email-queue.ts) only after that commit.
// The idempotency key makes queuing the same email twice (a retried fulfilment) store it once.
import { randomUUID } from 'node:crypto';
import { Email, type EmailStatus } from '@shelf/db/messaging';
import type { ServiceContext } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';

export type QueueEmailInput = {
  to: string;
  template: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
  orderId?: string | null;
};

/**
 * Stores the email (or finds the one already stored under its idempotency key) and returns the row. It
 * is sent once the caller's transaction commits; a rolled-back transaction sends nothing.
 */
export async function queueEmail(ctx: ServiceContext, input: QueueEmailInput): Promise<Email> {
  // An insert that ignores a duplicate key instead of failing, because a failed statement would abort
  // the caller's whole transaction (the order with it).
  await ctx.em.getConnection().execute(
    `insert into email (id, recipient, template, subject, html, text, idempotency_key, order_id, status, attempts, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, now())
     on conflict (idempotency_key) do nothing`,
    [
      randomUUID(),
      input.to,
      input.template,
      input.subject,
      input.html,
      input.text,
      input.idempotencyKey,
      input.orderId ?? null,
    ],
    'run',
    ctx.em.getTransactionContext(),
  );
  const email = await ctx.em.findOneOrFail(
    Email,
    { idempotencyKey: input.idempotencyKey },
    { refresh: true },
  );
  if (email.status === 'queued') ctx.afterCommit(() => ctx.services.emails.enqueue(email.id));
  return email;
}

/**
 * Puts a failed email back in the queue for the dashboard's Resend button and returns it, with its order.
 * Attempts are reset so it gets a full round of retries; the provider's idempotency key stays, and a
 * failed email was never accepted.
 */
export async function resendEmail(ctx: ServiceContext, emailId: string): Promise<Email> {
  requireCreator(ctx, 'emails:write');
  const email = isUuid(emailId) ? await ctx.em.findOne(Email, { id: emailId }) : null;
  if (!email) throw notFound('There is no such email.');
  if (email.status === 'sent') throw new AppError('CONFLICT', 'This email has already been sent.');
  if (email.status === 'failed') {
    await ctx.em.nativeUpdate(Email, { id: emailId, status: 'failed' }, { status: 'queued', attempts: 0 });
  }
  ctx.afterCommit(() => ctx.services.emails.enqueue(emailId));
  return ctx.em.findOneOrFail(Email, { id: emailId }, { refresh: true, populate: ['order'] });
}

/** The creator's view of sent and failed email, newest first, keyset-paginated. */
export function listEmails(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null; status?: EmailStatus | null },
): Promise<Page<Email>> {
  requireCreator(ctx, 'emails:read');
  return pageNewestFirst(ctx.em, Email, {
    first: args.first,
    after: args.after,
    filter: args.status ? { status: args.status } : {},
    populate: ['order'],
  });
}
