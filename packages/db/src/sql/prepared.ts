// Named prepared statements for the hottest raw SQL (a download page, a download, a license check).
// Through MikroORM and knex every raw statement is sent unnamed, so Postgres parses and plans it again on
// every call; for a join of four tables with a subquery the planning costs more than the execution (about
// 0.5 ms of the database's CPU per call, measured in `bench/`). A named statement is parsed once per
// connection and, after five calls, runs on a cached generic plan.
//
// The statement runs on a connection of the ORM's pool, or on the transaction's connection when the
// EntityManager is inside one, so it sees and takes part in that transaction exactly as
// `em.getConnection().execute(...)` would. Placeholders are Postgres's own ($1, $2, ...), and the text must
// be a constant: each distinct text is a statement kept on every pooled connection for its life.
// (Behind PgBouncer in transaction mode, use 1.21 or later with `max_prepared_statements` set.)
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

type PgClient = {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
};
type KnexClient = {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<unknown>;
  emit(event: 'query', query: { sql: string; bindings: unknown[]; method: 'raw' }): boolean;
};

const names = new Map<string, string>();

/** The statement's name: derived from its text, so two texts can never share one. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `shelf_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** Runs `text` (a constant, with $1..$n placeholders) as a named prepared statement; answers its rows. */
export async function executePrepared<T>(em: EntityManager, text: string, params: unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext<{ client: KnexClient }>();
  const client = (trx ?? (em.getConnection().getKnex() as unknown as { client: KnexClient })).client;
  const connection = await client.acquireConnection();
  // Announced as knex announces its own statements, so whatever listens to the pool's `query` events
  // (the statement-count tests, a debugging hook) sees these too.
  client.emit('query', { sql: text, bindings: params, method: 'raw' });
  try {
    const result = await connection.query({ name: nameOf(text), text, values: params });
    return result.rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}
