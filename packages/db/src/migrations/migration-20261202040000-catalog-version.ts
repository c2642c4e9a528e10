import { Migration } from '@mikro-orm/migrations';

// The catalog's version (decision 010): one counter that every write to product, product_file or
// product_image bumps in the writing transaction, through statement-level triggers, so no code path
// (service, command, seed, restore, hand-written SQL) can change what shoppers see without it. API
// processes cache public catalog reads under the version they read after a request began.
export class Migration20261202040000_catalog_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "catalog_version" ("id" int not null default 1, "version" bigint not null default 1, constraint "catalog_version_pkey" primary key ("id"), constraint catalog_version_singleton check (id = 1));`,
    );
    this.addSql(`insert into "catalog_version" ("id", "version") values (1, 1);`);
    this.addSql(
      `create function "bump_catalog_version"() returns trigger language plpgsql as $$ begin update "catalog_version" set "version" = "version" + 1 where "id" = 1; return null; end $$;`,
    );
    for (const table of ['product', 'product_file', 'product_image']) {
      this.addSql(
        `create trigger "${table}_bumps_catalog_version" after insert or update or delete or truncate on "${table}" for each statement execute function "bump_catalog_version"();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['product', 'product_file', 'product_image']) {
      this.addSql(`drop trigger if exists "${table}_bumps_catalog_version" on "${table}";`);
    }
    this.addSql(`drop function if exists "bump_catalog_version"();`);
    this.addSql(`drop table if exists "catalog_version";`);
  }
}
