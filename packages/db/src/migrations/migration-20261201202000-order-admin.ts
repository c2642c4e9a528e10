import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202000_order_admin extends Migration {
  override async up(): Promise<void> {
    // The audit log of changes made by hand (refunds, revocations, resets), listed per order and per subject.
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "action" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" varchar(64) not null, "order_id" uuid null, "actor_kind" text check ("actor_kind" in ('user', 'api_key', 'system')) not null, "actor_id" varchar(100) not null, "actor_label" varchar(320) not null, "before" jsonb null, "after" jsonb null, "created_at" timestamptz(3) not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_entry_order_id_created_at_index" on "audit_entry" ("order_id", "created_at");`,
    );
    this.addSql(
      `create index "audit_entry_subject_type_subject_id_created_at_index" on "audit_entry" ("subject_type", "subject_id", "created_at");`,
    );
    // The creator's order list: newest first within a status, by affiliate link, and search by email prefix.
    this.addSql(
      `create index "shop_order_status_created_at_id_index" on "shop_order" ("status", "created_at", "id");`,
    );
    this.addSql(`create index "shop_order_affiliate_link_id_index" on "shop_order" ("affiliate_link_id");`);
    this.addSql(
      `create index "shop_order_email_lower_index" on "shop_order" (lower("email") varchar_pattern_ops);`,
    );
    this.addSql(
      `create index "customer_name_lower_index" on "customer" (lower("name") varchar_pattern_ops);`,
    );
    // The provider events of an order, found by the payment or checkout session they name.
    this.addSql(
      `create index "webhook_event_payment_index" on "webhook_event" (("payload"->'data'->'object'->>'payment_intent'));`,
    );
    this.addSql(
      `create index "webhook_event_object_index" on "webhook_event" (("payload"->'data'->'object'->>'id'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "webhook_event_object_index";`);
    this.addSql(`drop index if exists "webhook_event_payment_index";`);
    this.addSql(`drop index if exists "customer_name_lower_index";`);
    this.addSql(`drop index if exists "shop_order_email_lower_index";`);
    this.addSql(`drop index if exists "shop_order_affiliate_link_id_index";`);
    this.addSql(`drop index if exists "shop_order_status_created_at_id_index";`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }
}
