// Writes a new migration from the difference between the entities and a database (DATABASE_URL, or a
// throwaway embedded cluster), so schema changes are reviewed as committed SQL.
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '../orm-config.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to an up-to-date database to diff against.');
  process.exit(1);
}
const orm = await MikroORM.init({
  ...createOrmConfig(url),
  migrations: {
    ...createOrmConfig(url).migrations,
    path: new URL('../migrations', import.meta.url).pathname,
    emit: 'ts',
    fileName: (timestamp: string, name?: string) => `migration-${timestamp}${name ? `-${name}` : ''}`,
  },
});
const result = await orm.migrator.createMigration(undefined, false, false, process.argv[2]);
console.log(result.fileName ? `Wrote ${result.fileName}` : 'No changes.');
await orm.close();
