import { Migration } from '@mikro-orm/migrations';

export class Migration20261201162000_download_attempts extends Migration {
  override async up(): Promise<void> {
    // The download page gives each view a one-time attempt key; a second POST with the same key (a double
    // click, a browser retry) finds the first download by it and is not counted again.
    this.addSql(`alter table "download_event" add column "attempt_key" varchar(64) null;`);
    this.addSql(
      `create index "download_event_grant_id_attempt_key_index" on "download_event" ("grant_id", "attempt_key");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "download_event_grant_id_attempt_key_index";`);
    this.addSql(`alter table "download_event" drop column if exists "attempt_key";`);
  }
}
