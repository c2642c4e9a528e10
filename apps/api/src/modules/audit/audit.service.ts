// Audit: the only code that writes `audit_entry`. Every change a creator makes by hand (a refund, a revoked
// license, a reset download count) is written down with who made it and the subject's state before and
// after, by the service making the change and inside its transaction: the entry commits with the change or
// not at all. What the provider or the store does on its own (webhooks, renewals) is in the domain events.
import { type AuditActorKind, AuditEntry } from '@shelf/db/audit';
import type { ServiceContext } from '../../context.ts';

export type AuditInput = {
  action: string;
  subjectType: string;
  subjectId: string;
  orderId?: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type AuditEntryModel = {
  id: string;
  action: string;
  subjectType: string;
  subjectId: string;
  orderId: string | null;
  actor: { kind: AuditActorKind; id: string; label: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
};

/** Who the actor is, as the log names them: a person by email, a key by its name, the store by task name. */
function auditActor(ctx: ServiceContext): AuditEntryModel['actor'] {
  const { actor } = ctx;
  switch (actor.kind) {
    case 'user':
      return { kind: 'user', id: actor.user.id, label: actor.user.email };
    case 'api_key':
      return {
        kind: 'api_key',
        id: actor.apiKeyId,
        label: (actor.name ?? (actor.user ? `API key of ${actor.user.email}` : 'API key')).slice(0, 320),
      };
    case 'system':
      return { kind: 'system', id: actor.name.slice(0, 100), label: actor.name.slice(0, 320) };
    default:
      // Only creators and the store change things by hand; anything else reaching here is a bug.
      throw new Error(`an audited change by a ${actor.kind} actor`);
  }
}

/**
 * Writes one audit entry in the caller's transaction (call it inside the withTransaction of the change).
 * The entry is flushed at once, so it is part of whatever the transaction commits.
 */
export async function recordAudit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  if (!ctx.inTransaction) throw new Error('recordAudit must run inside the transaction of its change');
  const actor = auditActor(ctx);
  ctx.em.create(AuditEntry, {
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    orderId: input.orderId ?? null,
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: actor.label,
    before: input.before,
    after: input.after,
  });
  await ctx.em.flush();
}

/** The audit entries of many orders in one statement, oldest first within each order. */
export async function listAuditOfOrders(
  ctx: ServiceContext,
  orderIds: readonly string[],
): Promise<Map<string, AuditEntryModel[]>> {
  const byOrder = new Map<string, AuditEntryModel[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const rows = await ctx.em.find(
    AuditEntry,
    { orderId: { $in: [...orderIds] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  for (const row of rows) byOrder.get(row.orderId!)?.push(toModel(row));
  return byOrder;
}

function toModel(row: AuditEntry): AuditEntryModel {
  return {
    id: row.id,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    orderId: row.orderId,
    actor: { kind: row.actorKind, id: row.actorId, label: row.actorLabel },
    before: row.before,
    after: row.after,
    createdAt: row.createdAt,
  };
}
