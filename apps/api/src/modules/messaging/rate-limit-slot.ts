// A rate limit shared by every process: the next free send time for a named limit lives in one
// `rate_limit_slot` row, and a sender reserves its slot with one atomic upsert, then waits for it. Two
// workers can never get the same slot, whichever process they run in.
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reserves the next slot of `name`, each `intervalMs` apart, and returns how many milliseconds to wait
 * for it. Runs on its own (autocommitted) statement: inside a longer transaction the row lock would
 * make every other sender wait for that transaction too.
 */
export async function reserveSlot(em: EntityManager, name: string, intervalMs: number): Promise<number> {
  const [row] = await em.getConnection().execute<Array<{ wait_ms: number }>>(
    `insert into rate_limit_slot (name, next_at)
     values (?, clock_timestamp() + ?::float8 * interval '1 millisecond')
     on conflict (name) do update
       set next_at = greatest(rate_limit_slot.next_at, clock_timestamp()) + ?::float8 * interval '1 millisecond'
     returning greatest(0, extract(epoch from (next_at - ?::float8 * interval '1 millisecond' - clock_timestamp())) * 1000)::float8 as wait_ms`,
    [name, intervalMs, intervalMs, intervalMs],
  );
  return Math.ceil(Number(row?.wait_ms ?? 0));
}

/** Keeps every sender off the limit for `delayMs` (the provider said to back off). */
export async function postponeSlot(em: EntityManager, name: string, delayMs: number): Promise<void> {
  await em.getConnection().execute(
    `insert into rate_limit_slot (name, next_at)
     values (?, clock_timestamp() + ?::float8 * interval '1 millisecond')
     on conflict (name) do update set next_at = greatest(rate_limit_slot.next_at, excluded.next_at)`,
    [name, delayMs],
    'run',
  );
}
