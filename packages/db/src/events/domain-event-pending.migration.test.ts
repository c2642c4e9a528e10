// The move from the webhook fan-out's cursor to pending rows: the events after the cursor become the
// webhooks consumer's pending rows, the ones before it (fanned out already) do not, and going back puts
// the cursor just before the oldest pending event.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

const MIGRATION = 'Migration20261202050000_domain_event_pending';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase(inject('testDatabase'));
});
afterAll(() => db.close());

const sql = <T>(query: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(query, params, 'all');

async function recordEvents(count: number): Promise<string[]> {
  const rows = await sql<{ seq: string }>(
    `insert into domain_event (id, type, subject_id, payload, dedupe_key, occurred_at)
     select gen_random_uuid(), 'order.paid', gen_random_uuid(), '{}'::jsonb, 'migration-test:' || gen_random_uuid(), now()
       from generate_series(1, ?) returning seq`,
    [count],
  );
  return rows.map((row) => String(row.seq)).sort((a, b) => Number(BigInt(a) - BigInt(b)));
}

describe(MIGRATION, () => {
  it('makes the events after the cursor pending for webhooks, and going back restores the cursor', async () => {
    await db.orm.migrator.down({ migrations: [MIGRATION] });
    const seqs = await recordEvents(5);
    // The cursor had fanned out the first two.
    await sql('update webhook_fanout_state set last_seq = ? where id = 1', [seqs[1]]);

    await db.orm.migrator.up({ migrations: [MIGRATION] });
    const pending = await sql<{ consumer: string; event_seq: string }>(
      'select consumer, event_seq from domain_event_pending order by event_seq',
    );
    expect(pending.map((row) => [row.consumer, String(row.event_seq)])).toEqual(
      seqs.slice(2).map((seq) => ['webhooks', seq]),
    );
    const [cursor] = await sql<{ present: string | null }>(
      `select to_regclass('webhook_fanout_state')::text as present`,
    );
    expect(cursor!.present).toBeNull();

    await sql('delete from domain_event_pending where event_seq = ?', [seqs[2]]);
    await db.orm.migrator.down({ migrations: [MIGRATION] });
    const [state] = await sql<{ last_seq: string }>('select last_seq from webhook_fanout_state');
    expect(String(state!.last_seq)).toBe(String(BigInt(seqs[3]!) - 1n));
    await db.orm.migrator.up({ migrations: [MIGRATION] });
  });
});
