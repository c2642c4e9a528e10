import { Migration } from '@mikro-orm/migrations';

export class Migration20261201161000_disputes_and_renewal_grace extends Migration {
  override async up(): Promise<void> {
    // Each dispute of an order's payment with its own status, so the order's status can be derived from
    // all of them whatever order the provider reports them in.
    this.addSql(
      `create table "dispute" ("id" uuid not null, "order_id" uuid not null, "provider" text check ("provider" in ('stripe', 'test')) not null, "provider_dispute_id" varchar(255) not null, "status" text check ("status" in ('open', 'won', 'lost')) not null, "amount_cents" int not null, "opened_at" timestamptz(3) not null, "closed_at" timestamptz(3) null, constraint "dispute_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_order_id_index" on "dispute" ("order_id");`);
    this.addSql(
      `alter table "dispute" add constraint "dispute_provider_provider_dispute_id_unique" unique ("provider", "provider_dispute_id");`,
    );
    this.addSql(
      `alter table "dispute" add constraint "dispute_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete cascade;`,
    );
    // Days a past-due subscriber keeps access after the paid period while the renewal is retried.
    this.addSql(
      `alter table "store_settings" add column "renewal_grace_days" int not null default 3, add constraint store_settings_renewal_grace_range check (renewal_grace_days between 0 and 30);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "store_settings" drop constraint if exists store_settings_renewal_grace_range, drop column if exists "renewal_grace_days";`,
    );
    this.addSql(`drop table if exists "dispute" cascade;`);
  }
}
