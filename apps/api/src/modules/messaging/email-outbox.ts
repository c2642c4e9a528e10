// The email outbox (DESIGN rule 8): every email is a row in `email` before anyone tries to send it, written
// in the caller's transaction so an order and its delivery email commit together or not at all. The
// idempotency key makes queuing the same email twice (a retried fulfilment) store it once.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Email, type Order } from '@shelf/db';
import { AppError, notFound } from '../../errors.ts';

export type QueueEmailInput = {
  to: string;
  template: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
  order?: Order | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What resendEmail needs of the queue: a way to hand it an email id after commit. */
export type EmailEnqueuer = { enqueue(emailId: string): Promise<void> };

/** Stores the email (or finds the one already stored under its idempotency key) and returns the row. */
export async function queueEmail(em: EntityManager, input: QueueEmailInput): Promise<Email> {
  // An insert that ignores a duplicate key instead of failing, because a failed statement would abort
  // the caller's whole transaction (the order with it).
  await em.getConnection().execute(
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
      input.order?.id ?? null,
    ],
    'run',
    em.getTransactionContext(),
  );
  return em.findOneOrFail(Email, { idempotencyKey: input.idempotencyKey }, { refresh: true });
}

/**
 * Puts a failed email back in the queue for the dashboard's Resend button. Attempts are reset so it gets
 * a full round of retries; the provider's idempotency key stays, and a failed email was never accepted.
 */
export async function resendEmail(em: EntityManager, queue: EmailEnqueuer, emailId: string): Promise<Email> {
  const email = UUID.test(emailId) ? await em.findOne(Email, { id: emailId }) : null;
  if (!email) throw notFound('There is no such email.');
  if (email.status === 'sent') throw new AppError('CONFLICT', 'This email has already been sent.');
  if (email.status === 'failed') {
    await em.nativeUpdate(Email, { id: emailId, status: 'failed' }, { status: 'queued', attempts: 0 });
    await em.findOne(Email, { id: emailId }, { refresh: true });
  }
  await queue.enqueue(emailId);
  return email;
}
