// `pnpm db:seed`: migrates, then adds the demo catalog (files and previews included) to an empty store.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '@shelf/config';
import { createStorage } from '@shelf/storage';
import { openDatabase } from '../database.ts';
import { seedDemoCatalog } from '../seed/demo-catalog.ts';

const config = loadConfig(process.env);
const db = await openDatabase(config.database);
try {
  const storage = createStorage(config.storage, {
    signingSecret: config.secrets.downloadSigning,
    publicBaseUrl: config.api.publicUrl,
  });
  const created = await seedDemoCatalog(db.orm.em.fork() as EntityManager, storage);
  console.log(
    created
      ? `Seeded the demo catalog: ${created} products.`
      : 'The store already has products; nothing seeded.',
  );
} finally {
  await db.close();
}
