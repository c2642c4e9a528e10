// Invariants every fault scenario ends with: whatever failed on the way, nothing was lost, duplicated or
// counted past its limit. Plain SQL over the scenario's own database; throws one error listing every breach.
import type { TestApi } from '../../test/harness.ts';

export type InvariantOptions = {
  /**
   * The scenario waited for its emails: none may still be queued. Without it, queued emails are fine
   * unless out of attempts or left with a claim that lapsed long ago.
   */
  emailsSettled?: boolean;
  /** A claim that lapsed this long ago without a retry taking the email means it is stuck. */
  stuckClaimMinutes?: number;
  /** Attempts an email may use (the email queue's retryLimit + 1). */
  maxEmailAttempts?: number;
};

type Check = { name: string; sql: string; params?: unknown[] };

function checks(options: InvariantOptions): Check[] {
  const stuckClaimMinutes = options.stuckClaimMinutes ?? 10;
  const maxEmailAttempts = options.maxEmailAttempts ?? 9;
  return [
    {
      name: 'one order per provider checkout session',
      sql: `select provider, provider_session_id, count(*)::int as orders from shop_order
            group by provider, provider_session_id having count(*) > 1`,
    },
    {
      name: 'one order per provider payment',
      sql: `select provider, provider_payment_intent_id, count(*)::int as orders from shop_order
            where provider_payment_intent_id is not null
            group by provider, provider_payment_intent_id having count(*) > 1`,
    },
    {
      name: 'paid provider orders are fulfilled',
      sql: `select id, number, status from shop_order
            where provider = 'stripe' and status in ('paid', 'partially_refunded') and fulfilled_at is null`,
    },
    {
      name: 'one download grant per order item',
      sql: `select order_item_id, count(*)::int as grants from download_grant
            group by order_item_id having count(*) > 1`,
    },
    {
      name: 'download counts within their limits',
      sql: `select id, download_count, download_limit from download_grant
            where download_count < 0 or (download_limit is not null and download_count > download_limit)`,
    },
    {
      name: 'one license per order item',
      sql: `select order_item_id, count(*)::int as licenses from license
            group by order_item_id having count(*) > 1`,
    },
    {
      name: 'license activations within their limits',
      sql: `select id, activation_count, activation_limit from license
            where activation_count < 0 or (activation_limit is not null and activation_count > activation_limit)`,
    },
    {
      name: 'license activation counts equal their active activations',
      sql: `select l.id, l.activation_count, count(a.id)::int as active from license l
            left join license_activation a on a.license_id = l.id and a.deactivated_at is null
            group by l.id, l.activation_count having l.activation_count <> count(a.id)`,
    },
    {
      name: 'no email sent twice (one row per idempotency key, sent rows have a provider id)',
      sql: `select id, idempotency_key, status from email
            where status = 'sent' and (provider_message_id is null or sent_at is null)`,
    },
    {
      name: 'no email out of attempts and still queued',
      sql: `select id, template, attempts, last_error from email where status = 'queued' and attempts >= ?`,
      params: [maxEmailAttempts],
    },
    {
      name: 'no email claim left behind by a finished send',
      sql: `select id, status, claimed_until from email where status <> 'queued' and claimed_until is not null`,
    },
    {
      name: 'no email stuck behind a lapsed claim',
      sql: `select id, template, claimed_until from email where status = 'queued'
            and claimed_until < clock_timestamp() - ?::float8 * interval '1 minute'`,
      params: [stuckClaimMinutes],
    },
    ...(options.emailsSettled
      ? [
          {
            name: 'every email settled (none still queued)',
            sql: `select id, template, attempts, last_error from email where status = 'queued'`,
          },
        ]
      : []),
    {
      name: 'sale commissions computed from their order net',
      sql: `select c.id, c.net_cents, o.total_cents - o.tax_cents as order_net from commission c
            join shop_order o on o.id = c.order_id
            where c.kind = 'sale' and c.net_cents <> o.total_cents - o.tax_cents`,
    },
    {
      name: 'commission amounts equal commissionFor(net, percent) (at most that once refunds lowered them)',
      sql: `select c.id, c.status, c.amount_cents, floor(c.net_cents * c.percent / 100.0)::int as expected,
              o.refunded_cents
            from commission c join shop_order o on o.id = c.order_id
            where c.amount_cents < 0
               or c.amount_cents > floor(c.net_cents * c.percent / 100.0)
               or (o.refunded_cents = 0 and c.status <> 'reversed'
                   and c.amount_cents <> floor(c.net_cents * c.percent / 100.0))`,
    },
    {
      name: 'commission sums per order equal what the orders imply',
      sql: `select o.id, sum(c.amount_cents)::int as recorded,
              sum(floor((o.total_cents - o.tax_cents) * c.percent / 100.0))::int as implied
            from shop_order o join commission c on c.order_id = o.id and c.kind = 'sale'
            where o.refunded_cents = 0 and c.status <> 'reversed'
            group by o.id
            having sum(c.amount_cents) <> sum(floor((o.total_cents - o.tax_cents) * c.percent / 100.0))`,
    },
    {
      name: 'one sale commission per order and link',
      sql: `select order_id, link_id, count(*)::int as lines from commission where kind = 'sale'
            group by order_id, link_id having count(*) > 1`,
    },
    {
      name: 'every webhook event processed, ignored, or failed with its error',
      sql: `select provider, event_id, type, status, error from webhook_event
            where status = 'processing' or (status = 'failed' and coalesce(error, '') = '')`,
    },
  ];
}

/** Throws, listing each breached invariant with its offending rows; returns nothing when all hold. */
export async function checkInvariants(api: TestApi, options: InvariantOptions = {}): Promise<void> {
  const connection = api.em().getConnection();
  const breaches: string[] = [];
  for (const check of checks(options)) {
    const rows = await connection.execute<Array<Record<string, unknown>>>(check.sql, check.params ?? []);
    if (rows.length === 0) continue;
    const shown = rows.slice(0, 5).map((row) => `    ${JSON.stringify(row)}`);
    if (rows.length > 5) shown.push(`    ... and ${rows.length - 5} more`);
    breaches.push(`- ${check.name}: ${rows.length} row(s)\n${shown.join('\n')}`);
  }
  if (breaches.length > 0) {
    throw new Error(`Invariants broken:\n${breaches.join('\n')}`);
  }
}
