// Messaging: the email outbox (ARCHITECTURE.md, "The rules") and the creator's email log. Every email is a row in
// `email` before anyone tries to send it, written in the caller's transaction so an order and its email
// commit together or not at all, and handed to the delivery queue (email-queue.ts) only after that commit.
// The idempotency key makes queuing the same email twice (a retried fulfilment) store it once.
import { randomUUID } from 'node:crypto';
import { Email, type EmailStatus } from '@shelf/db/messaging';
import type { ServiceContext } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { requireCreator, requireOwner } from '../accounts/accounts.service.ts';
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

/** The emails of many orders, oldest first within each, in one statement: for the creator's order page. */
export async function listEmailsOfOrders(
  ctx: ServiceContext,
  orderIds: readonly string[],
): Promise<Map<string, Email[]>> {
  requireCreator(ctx, 'emails:read');
  const byOrder = new Map<string, Email[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const emails = await ctx.em.find(
    Email,
    { order: { $in: [...orderIds] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  for (const email of emails) if (email.order) byOrder.get(email.order.id)?.push(email);
  return byOrder;
}

/**
 * An email's full body. Only the owner (or the owner's API key with emails:read) reads it: bodies hold live
 * download, sign-in and password-reset links, and a staff member holding the owner's reset link could take
 * over the store. Everyone else reads the redacted preview.
 */
export function emailBody(ctx: ServiceContext, email: Email, part: 'html' | 'text'): string {
  requireOwner(ctx, 'emails:read');
  return email[part];
}
