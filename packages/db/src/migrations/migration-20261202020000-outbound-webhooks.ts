import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020000_outbound_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "url" varchar(2048) not null, "description" varchar(500) not null default '', "events" text[] not null, "secret_encrypted" text not null, "enabled" boolean not null default true, "disabled_at" timestamptz(3) null, "disabled_reason" varchar(500) null, "consecutive_failures" int not null default 0, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "domain_event_id" uuid null, "event_type" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz(3) not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz(3) null, "claimed_until" timestamptz(3) null, "last_status_code" int null, "last_duration_ms" int null, "last_response" text null, "last_error" text null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    // One delivery per event and endpoint: the fan-out inserts with `on conflict do nothing`.
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_domain_event_id_unique" unique ("endpoint_id", "domain_event_id");`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`,
    );
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );
    this.addSql(
      `create index "webhook_delivery_domain_event_id_index" on "webhook_delivery" ("domain_event_id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_domain_event_id_foreign" foreign key ("domain_event_id") references "domain_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "webhook_delivery_attempt" ("id" uuid not null, "delivery_id" uuid not null, "succeeded" boolean not null, "status_code" int null, "duration_ms" int not null, "response" text null, "error" text null, "created_at" timestamptz(3) not null, constraint "webhook_delivery_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_attempt_delivery_id_created_at_index" on "webhook_delivery_attempt" ("delivery_id", "created_at");`,
    );
    this.addSql(
      `alter table "webhook_delivery_attempt" add constraint "webhook_delivery_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade;`,
    );
    // The fan-out starts at the outbox's end: endpoints only exist from now on.
    this.addSql(
      `create table "webhook_fanout_state" ("id" int not null default 1, "last_seq" bigint not null default 0, constraint "webhook_fanout_state_pkey" primary key ("id"), constraint webhook_fanout_state_singleton check (id = 1));`,
    );
    this.addSql(
      `insert into "webhook_fanout_state" ("id", "last_seq") select 1, coalesce(max("seq"), 0) from "domain_event";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_fanout_state";`);
    this.addSql(`drop table if exists "webhook_delivery_attempt";`);
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
