// The domain event outbox: each change worth telling the world becomes a `domain_event` row written by
// the service that made the change, in its transaction (ctx.em), so the event exists exactly when the
// change committed. Payloads carry ids, amounts and statuses only: never keys, tokens or emails' links.
// Readers (outbound webhooks, reports) follow `seq`.
import { DomainEvent, type DomainEventType } from '@shelf/db/events';
import type { ServiceContext } from '../../context.ts';

/** Every event type the outbox records, for readers that let people choose (webhook subscriptions). */
export { domainEventTypes } from '@shelf/db/events';

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

/** Records an event in the caller's transaction; a repeat of the same dedupe key is ignored. */
export async function recordDomainEvent(ctx: ServiceContext, event: DomainEventInput): Promise<void> {
  // A plain insert would abort the caller's whole transaction on a duplicate key, so conflicts are skipped.
  await ctx.em.getConnection().execute(
    `insert into domain_event (id, type, subject_id, payload, dedupe_key, occurred_at)
     values (gen_random_uuid(), ?, ?, ?::jsonb, ?, now())
     on conflict (dedupe_key) do nothing`,
    [
      event.type,
      event.subjectId,
      JSON.stringify(event.payload),
      (event.dedupeKey ?? `${event.type}:${event.subjectId}`).slice(0, 200),
    ],
    'run',
    ctx.em.getTransactionContext(),
  );
}

/** Events after `afterSeq` in order, for readers that resume where they stopped. */
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
