import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203000_revenue_rollups extends Migration {
  override async up(): Promise<void> {
    // Daily revenue rollups (decision 009): derived from shop_order, so they can be dropped and rebuilt.
    this.addSql(
      `create table "revenue_day" ("day" date not null, "currency" varchar(3) not null, "orders" int not null, "gross_cents" bigint not null, "refunded_cents" bigint not null, "new_customers" int not null, "new_customer_net_cents" bigint not null, "returning_orders" int not null, "returning_net_cents" bigint not null, constraint "revenue_day_pkey" primary key ("day", "currency"));`,
    );
    this.addSql(
      `create table "revenue_day_product" ("day" date not null, "currency" varchar(3) not null, "product_id" uuid not null, "orders" int not null, "gross_cents" bigint not null, "refunded_cents" bigint not null, constraint "revenue_day_product_pkey" primary key ("day", "currency", "product_id"));`,
    );
    this.addSql(
      `create table "revenue_day_affiliate" ("day" date not null, "currency" varchar(3) not null, "affiliate_id" uuid not null, "orders" int not null, "gross_cents" bigint not null, "refunded_cents" bigint not null, constraint "revenue_day_affiliate_pkey" primary key ("day", "currency", "affiliate_id"));`,
    );
    this.addSql(
      `create table "revenue_rollup_state" ("id" int not null default 1, "covered_until" timestamptz(3) null, "changes_since" timestamptz(3) null, "time_zone" varchar(64) not null default 'UTC', constraint "revenue_rollup_state_pkey" primary key ("id"), constraint revenue_rollup_state_singleton check (id = 1));`,
    );
    this.addSql(`insert into "revenue_rollup_state" ("id") values (1);`);
    // What the rollup job and the live part of a report look up: orders changed since the rollup's view,
    // and orders paid in a stretch of time.
    this.addSql(`create index "shop_order_updated_at_index" on "shop_order" ("updated_at");`);
    this.addSql(
      `create index "shop_order_paid_at_index" on "shop_order" ("paid_at") where "paid_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "shop_order_paid_at_index";`);
    this.addSql(`drop index if exists "shop_order_updated_at_index";`);
    this.addSql(`drop table if exists "revenue_rollup_state";`);
    this.addSql(`drop table if exists "revenue_day_affiliate";`);
    this.addSql(`drop table if exists "revenue_day_product";`);
    this.addSql(`drop table if exists "revenue_day";`);
  }
}
