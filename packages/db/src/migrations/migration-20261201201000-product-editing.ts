import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201000_product_editing extends Migration {
  override async up(): Promise<void> {
    // Slugs are stored lower case; this index makes two spellings of one slug a conflict in the database
    // too, whatever wrote them, so two concurrent creates cannot both win.
    this.addSql(`create unique index "product_slug_lower_unique" on "product" (lower("slug"));`);
    // A file replaced by a new version keeps its row (and id), so buyers' links serve the latest bytes.
    this.addSql(`alter table "product_file" add column "updated_at" timestamptz(3) null;`);
    this.addSql(`update "product_file" set "updated_at" = "created_at";`);
    this.addSql(`alter table "product_file" alter column "updated_at" set not null;`);
    this.addSql(
      `alter table "product_file" add constraint "product_file_version_positive" check ("version" >= 1);`,
    );
    // Uploads between "where do I send the bytes" and "this is the product's file now": the bytes' key,
    // what the creator declared, and once stored, what was measured. Finished uploads are removed when used.
    this.addSql(
      `create table "product_upload" ("id" uuid not null, "product_id" uuid not null, "kind" text check ("kind" in ('file', 'preview')) not null, "name" varchar(255) not null, "content_type" varchar(255) not null, "declared_size" bigint not null, "storage_key" varchar(500) not null, "multipart_upload_id" varchar(1024) null, "size_bytes" bigint null, "sha256" varchar(64) null, "completed_at" timestamptz(3) null, "created_at" timestamptz(3) not null default now(), "expires_at" timestamptz(3) not null, constraint "product_upload_pkey" primary key ("id"), constraint product_upload_size_non_negative check (declared_size >= 0));`,
    );
    this.addSql(`create index "product_upload_product_id_index" on "product_upload" ("product_id");`);
    this.addSql(
      `alter table "product_upload" add constraint "product_upload_storage_key_unique" unique ("storage_key");`,
    );
    this.addSql(
      `alter table "product_upload" add constraint "product_upload_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_upload" cascade;`);
    this.addSql(`alter table "product_file" drop constraint if exists "product_file_version_positive";`);
    this.addSql(`alter table "product_file" drop column if exists "updated_at";`);
    this.addSql(`drop index if exists "product_slug_lower_unique";`);
  }
}
