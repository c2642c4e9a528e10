// `pnpm db:migrate`: applies pending migrations to the configured database (or the embedded one).
import { loadConfig } from '@shelf/config';
import { migrateDatabase, openDatabase } from '../database.ts';

const config = loadConfig(process.env);
const db = await openDatabase(config.database, { migrate: false });
try {
  const applied = await migrateDatabase(db.orm);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : 'The database is up to date.',
  );
} finally {
  await db.close();
}
