import { Migration } from '@mikro-orm/migrations';

// The outbox's readers claim what they still have to take from `domain_event_pending` (one row per
// consumer and event, written with the event) instead of following `seq` after a cursor, which skipped an
// event whose transaction committed after the cursor had passed its seq. The webhooks consumer keeps its
// place: the events after its cursor become its pending rows, earlier ones were fanned out already.
export class Migration20261202050000_domain_event_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "domain_event_pending" ("consumer" varchar(64) not null, "event_id" uuid not null, "event_seq" bigint not null, constraint "domain_event_pending_pkey" primary key ("consumer", "event_id"));`,
    );
    this.addSql(
      `create index "domain_event_pending_consumer_event_seq_index" on "domain_event_pending" ("consumer", "event_seq");`,
    );
    this.addSql(
      `alter table "domain_event_pending" add constraint "domain_event_pending_event_id_foreign" foreign key ("event_id") references "domain_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `insert into "domain_event_pending" ("consumer", "event_id", "event_seq")
       select 'webhooks', "event"."id", "event"."seq" from "domain_event" "event"
        where "event"."seq" > (select "last_seq" from "webhook_fanout_state" where "id" = 1);`,
    );
    this.addSql(`drop table "webhook_fanout_state";`);
  }

  override async down(): Promise<void> {
    // The cursor goes back to just before the oldest event the webhooks consumer has not taken.
    this.addSql(
      `create table "webhook_fanout_state" ("id" int not null default 1, "last_seq" bigint not null default 0, constraint "webhook_fanout_state_pkey" primary key ("id"), constraint webhook_fanout_state_singleton check (id = 1));`,
    );
    this.addSql(
      `insert into "webhook_fanout_state" ("id", "last_seq")
       select 1, coalesce((select min("event_seq") - 1 from "domain_event_pending" where "consumer" = 'webhooks'),
                          (select max("seq") from "domain_event"), 0);`,
    );
    this.addSql(`drop table if exists "domain_event_pending";`);
  }
}
