// The database package's infrastructure: configuration, migrations, the embedded cluster and the entity
// list. Entities are imported by domain (`@shelf/db/orders`, `@shelf/db/catalog` ...), so a reader (and the
// dependency rules) can see which domain a piece of code touches; seed data is `@shelf/db/seed`.
export { type Database, type DatabaseTarget, migrateDatabase, openDatabase } from './database.ts';
export { startEmbeddedPostgres } from './embedded-postgres.ts';
export { entities } from './entities.ts';
export { createOrmConfig } from './orm-config.ts';
