import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150000_domain_events extends Migration {
  override async up(): Promise<void> {
    // The domain event outbox. seq is an identity column so readers can page through events in commit
    // order of insertion; dedupe_key makes recording the same change twice a no-op.
    this.addSql(
      `create table "domain_event" ("id" uuid not null, "seq" bigint generated always as identity, "type" varchar(64) not null, "subject_id" uuid not null, "payload" jsonb not null, "dedupe_key" varchar(200) not null, "occurred_at" timestamptz(3) not null default now(), constraint "domain_event_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "domain_event" add constraint "domain_event_seq_unique" unique ("seq");`);
    this.addSql(
      `alter table "domain_event" add constraint "domain_event_dedupe_key_unique" unique ("dedupe_key");`,
    );
    this.addSql(`create index "domain_event_type_seq_index" on "domain_event" ("type", "seq");`);
    this.addSql(`create index "domain_event_subject_id_index" on "domain_event" ("subject_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "domain_event";`);
  }
}
