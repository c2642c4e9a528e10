// The domain event outbox: each change worth telling the world becomes a `domain_event` row written by
// the service that made the change, in its transaction (ctx.em), so the event exists exactly when the
// change committed. Payloads carry ids, amounts and statuses only: never keys, tokens or emails' links.
//
// Readers that must see every event exactly once (outbound webhooks) do not follow `seq`: a row's seq is
// taken when it is inserted but the row appears when its transaction commits, so a reader after a cursor
// can pass a seq whose row is still in flight and never see it. Instead the statement that records an
// event also writes a `domain_event_pending` row for each consumer, and the consumer claims those rows
// (`claimPendingDomainEvents`), deleting them in the transaction that acts on them: a late commit is
// claimed when it appears, a rollback of the consumer's work puts its rows back, and claims from several
// processes skip each other's locked rows.
import { DomainEvent, type DomainEventType } from '@shelf/db/events';
import type { ServiceContext } from '../../context.ts';

/** Every event type the outbox records, for readers that let people choose (webhook subscriptions). */
export { domainEventTypes } from '@shelf/db/events';

/**
 * The readers that take every event once. A consumer added here receives the events recorded from then
 * on, not the history.
 */
export const domainEventConsumers = ['webhooks'] as const;
export type DomainEventConsumer = (typeof domainEventConsumers)[number];

export type DomainEventInput = {
  type: DomainEventType;
  /** The id of the row the event is about. */
  subjectId: string;
  payload: Record<string, string | number | boolean | null>;
  /**
   * What makes this occurrence unique, so applying the same change twice records it once. Defaults to
   * the type and subject, which fits events that happen once per subject (order.paid).
   */
  dedupeKey?: string;
};

/**
 * Records an event in the caller's transaction, with a pending row for every consumer; a repeat of the
 * same dedupe key is ignored and adds no pending rows.
 */
export async function recordDomainEvent(ctx: ServiceContext, event: DomainEventInput): Promise<void> {
  // A plain insert would abort the caller's whole transaction on a duplicate key, so conflicts are skipped.
  // The pending rows come from what the insert returned: none when the event was already there.
  await ctx.em.getConnection().execute(
    `with recorded as (
       insert into domain_event (id, type, subject_id, payload, dedupe_key, occurred_at)
       values (gen_random_uuid(), ?, ?, ?::jsonb, ?, now())
       on conflict (dedupe_key) do nothing
       returning id, seq
     )
     insert into domain_event_pending (consumer, event_id, event_seq)
     select consumer, recorded.id, recorded.seq from recorded cross join unnest(?::text[]) as consumer`,
    [
      event.type,
      event.subjectId,
      JSON.stringify(event.payload),
      (event.dedupeKey ?? `${event.type}:${event.subjectId}`).slice(0, 200),
      // The consumers are the constant above, so the array literal is safe.
      `{${domainEventConsumers.join(',')}}`,
    ],
    'run',
    ctx.em.getTransactionContext(),
  );
}

/** An event a consumer claimed: the outbox row's fields, as plain values. */
export type ClaimedDomainEvent = {
  id: string;
  seq: string;
  type: DomainEventType;
  subjectId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
};

/**
 * Takes up to `limit` of a consumer's oldest pending events, deleting their pending rows in the caller's
 * transaction, which must be open (withTransaction): the claim holds exactly when the caller's work on
 * the events commits with it. Rows another transaction is claiming are skipped, so concurrent claims get
 * disjoint batches; rows of an event whose transaction has not committed are not yet visible and are
 * taken by a later claim.
 */
export async function claimPendingDomainEvents(
  ctx: ServiceContext,
  consumer: DomainEventConsumer,
  limit: number,
): Promise<ClaimedDomainEvent[]> {
  const trx = ctx.em.getTransactionContext();
  if (!trx) throw new Error('claimPendingDomainEvents needs an open transaction.');
  const rows = await ctx.em.getConnection().execute<
    Array<{
      id: string;
      seq: string;
      type: DomainEventType;
      subject_id: string;
      payload: Record<string, unknown>;
      occurred_at: Date;
    }>
  >(
    `with claimed as (
       delete from domain_event_pending
        where consumer = ? and event_id in (
          select event_id from domain_event_pending
           where consumer = ?
           order by event_seq
           limit ?
           for update skip locked)
       returning event_id
     )
     select event.id, event.seq, event.type, event.subject_id, event.payload, event.occurred_at
       from claimed join domain_event event on event.id = claimed.event_id
      order by event.seq`,
    [consumer, consumer, limit],
    'all',
    trx,
  );
  return rows.map((row) => ({
    id: row.id,
    seq: String(row.seq),
    type: row.type,
    subjectId: row.subject_id,
    payload: row.payload,
    occurredAt: new Date(row.occurred_at),
  }));
}

/**
 * Events after `afterSeq` in order, for paging through what was recorded. A row that commits late can
 * appear behind a reader's position; a reader that must see every event claims pending rows instead.
 */
export async function listDomainEvents(
  ctx: ServiceContext,
  options: { afterSeq?: string; types?: DomainEventType[]; limit?: number } = {},
): Promise<DomainEvent[]> {
  return ctx.em.find(
    DomainEvent,
    {
      ...(options.afterSeq ? { seq: { $gt: options.afterSeq } } : {}),
      ...(options.types ? { type: { $in: options.types } } : {}),
    },
    { orderBy: { seq: 'asc' }, limit: options.limit ?? 100 },
  );
}
