import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032231_initial extends Migration {
  override async up(): Promise<void> {
    // Human order numbers (#1001, #1002, ...) come from a sequence so concurrent checkouts never collide.
    this.addSql(`create sequence "order_number_seq" start 1001;`);
    this.addSql(
      `create table "affiliate" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) not null default '', "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'active', "created_at" timestamptz(3) not null, constraint "affiliate_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "affiliate" add constraint "affiliate_email_unique" unique ("email");`);

    this.addSql(
      `create table "customer" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) null, "stripe_customer_id" varchar(255) null, "created_at" timestamptz(3) not null, constraint "customer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "customer" add constraint "customer_email_unique" unique ("email");`);
    this.addSql(
      `alter table "customer" add constraint "customer_stripe_customer_id_unique" unique ("stripe_customer_id");`,
    );

    this.addSql(
      `create table "magic_link_token" ("id" uuid not null, "email" varchar(320) not null, "purpose" text check ("purpose" in ('account', 'affiliate', 'login')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz(3) not null, "used_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "magic_link_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "magic_link_token_email_index" on "magic_link_token" ("email");`);
    this.addSql(
      `alter table "magic_link_token" add constraint "magic_link_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "payout" ("id" uuid not null, "affiliate_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "status" text check ("status" in ('pending', 'paid')) not null default 'pending', "reference" varchar(200) null, "paid_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "payout_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payout_affiliate_id_index" on "payout" ("affiliate_id");`);

    this.addSql(
      `create table "product" ("id" uuid not null, "slug" varchar(120) not null, "name" varchar(200) not null, "tagline" varchar(300) not null default '', "description" text not null default '', "price_cents" int not null, "currency" varchar(3) not null default 'usd', "kind" text check ("kind" in ('one_time', 'subscription')) not null default 'one_time', "interval" text check ("interval" in ('month', 'year')) null, "status" text check ("status" in ('draft', 'published', 'archived')) not null default 'draft', "requires_license_key" boolean not null default false, "license_activation_limit" int null, "download_limit" int null, "download_window_days" int null, "position" int not null default 0, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "product_pkey" primary key ("id"), constraint product_price_non_negative check (price_cents >= 0), constraint product_download_limit_positive check (download_limit is null or download_limit > 0), constraint product_interval_matches_kind check ((kind = 'subscription') = (interval is not null)));`,
    );
    this.addSql(`alter table "product" add constraint "product_slug_unique" unique ("slug");`);
    this.addSql(`create index "product_status_position_id_index" on "product" ("status", "position", "id");`);

    this.addSql(
      `create table "affiliate_link" ("id" uuid not null, "affiliate_id" uuid not null, "code" varchar(64) not null, "product_id" uuid null, "commission_percent" int not null default 30, "archived_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "affiliate_link_pkey" primary key ("id"), constraint affiliate_link_percent_range check (commission_percent between 0 and 100));`,
    );
    this.addSql(`create index "affiliate_link_affiliate_id_index" on "affiliate_link" ("affiliate_id");`);
    this.addSql(`alter table "affiliate_link" add constraint "affiliate_link_code_unique" unique ("code");`);

    this.addSql(
      `create table "shop_order" ("id" uuid not null, "number" int not null default nextval('order_number_seq'), "customer_id" uuid null, "email" varchar(320) null, "provider" text check ("provider" in ('stripe', 'test')) not null, "provider_session_id" varchar(255) not null, "provider_payment_intent_id" varchar(255) null, "provider_subscription_id" varchar(255) null, "status" text check ("status" in ('pending', 'paid', 'refunded', 'partially_refunded', 'disputed', 'canceled')) not null default 'pending', "currency" varchar(3) not null, "subtotal_cents" int not null, "discount_cents" int not null default 0, "tax_cents" int not null default 0, "total_cents" int not null, "refunded_cents" int not null default 0, "affiliate_link_id" uuid null, "discount_code" varchar(100) null, "paid_at" timestamptz(3) null, "fulfilled_at" timestamptz(3) null, "refunded_at" timestamptz(3) null, "canceled_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "shop_order_pkey" primary key ("id"), constraint order_amounts_non_negative check (total_cents >= 0 and tax_cents >= 0 and discount_cents >= 0), constraint order_refund_within_total check (refunded_cents >= 0 and refunded_cents <= total_cents));`,
    );
    this.addSql(`alter table "shop_order" add constraint "shop_order_number_unique" unique ("number");`);
    this.addSql(`create index "shop_order_customer_id_index" on "shop_order" ("customer_id");`);
    this.addSql(
      `alter table "shop_order" add constraint "shop_order_provider_payment_intent_id_unique" unique ("provider_payment_intent_id");`,
    );
    this.addSql(
      `create index "shop_order_provider_subscription_id_index" on "shop_order" ("provider_subscription_id");`,
    );
    this.addSql(`create index "shop_order_created_at_id_index" on "shop_order" ("created_at", "id");`);
    this.addSql(`create index "shop_order_status_index" on "shop_order" ("status");`);
    this.addSql(
      `alter table "shop_order" add constraint "shop_order_provider_provider_session_id_unique" unique ("provider", "provider_session_id");`,
    );

    this.addSql(
      `create table "order_item" ("id" uuid not null, "order_id" uuid not null, "product_id" uuid not null, "product_name" varchar(200) not null, "unit_price_cents" int not null, "quantity" int not null default 1, "currency" varchar(3) not null, constraint "order_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "order_item_order_id_index" on "order_item" ("order_id");`);
    this.addSql(`create index "order_item_product_id_index" on "order_item" ("product_id");`);

    this.addSql(
      `create table "license" ("id" uuid not null, "key" varchar(64) not null, "product_id" uuid not null, "order_id" uuid not null, "order_item_id" uuid not null, "customer_id" uuid not null, "status" text check ("status" in ('active', 'revoked', 'expired')) not null default 'active', "activation_limit" int null, "expires_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "license_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "license" add constraint "license_key_unique" unique ("key");`);
    this.addSql(`create index "license_order_id_index" on "license" ("order_id");`);
    this.addSql(
      `alter table "license" add constraint "license_order_item_id_unique" unique ("order_item_id");`,
    );
    this.addSql(`create index "license_customer_id_index" on "license" ("customer_id");`);

    this.addSql(
      `create table "license_activation" ("id" uuid not null, "license_id" uuid not null, "instance_id" uuid not null, "instance_name" varchar(200) not null, "first_seen_at" timestamptz(3) not null, "last_seen_at" timestamptz(3) not null, "deactivated_at" timestamptz(3) null, constraint "license_activation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "license_activation" add constraint "license_activation_instance_id_unique" unique ("instance_id");`,
    );
    this.addSql(
      `create index "license_activation_license_id_deactivated_at_index" on "license_activation" ("license_id", "deactivated_at");`,
    );

    this.addSql(
      `create table "email" ("id" uuid not null, "recipient" varchar(320) not null, "template" varchar(64) not null, "subject" varchar(300) not null, "html" text not null, "text" text not null, "idempotency_key" varchar(200) not null, "order_id" uuid null, "status" text check ("status" in ('queued', 'sent', 'failed')) not null default 'queued', "attempts" int not null default 0, "provider_message_id" varchar(255) null, "last_error" text null, "created_at" timestamptz(3) not null, "sent_at" timestamptz(3) null, constraint "email_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "email" add constraint "email_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "email_order_id_index" on "email" ("order_id");`);
    this.addSql(`create index "email_status_created_at_index" on "email" ("status", "created_at");`);

    this.addSql(
      `create table "download_grant" ("id" uuid not null, "order_id" uuid not null, "order_item_id" uuid not null, "product_id" uuid not null, "token_hash" varchar(64) not null, "download_limit" int null, "download_count" int not null default 0, "expires_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "download_grant_pkey" primary key ("id"), constraint download_grant_count_within_limit check (download_count >= 0 and (download_limit is null or download_count <= download_limit)));`,
    );
    this.addSql(`create index "download_grant_order_id_index" on "download_grant" ("order_id");`);
    this.addSql(
      `alter table "download_grant" add constraint "download_grant_order_item_id_unique" unique ("order_item_id");`,
    );
    this.addSql(
      `alter table "download_grant" add constraint "download_grant_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "commission" ("id" uuid not null, "affiliate_id" uuid not null, "link_id" uuid not null, "order_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "percent" int not null, "status" text check ("status" in ('pending', 'approved', 'paid', 'reversed')) not null default 'pending', "available_at" timestamptz(3) not null, "payout_id" uuid null, "owed_back_cents" int not null default 0, "reversed_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "commission_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "commission" add constraint "commission_order_id_unique" unique ("order_id");`);
    this.addSql(
      `create index "commission_affiliate_id_status_index" on "commission" ("affiliate_id", "status");`,
    );

    this.addSql(
      `create table "affiliate_click" ("id" uuid not null, "link_id" uuid not null, "landing_path" varchar(500) null, "referrer" varchar(500) null, "visitor_hash" varchar(64) null, "created_at" timestamptz(3) not null, constraint "affiliate_click_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "affiliate_click_link_id_created_at_index" on "affiliate_click" ("link_id", "created_at");`,
    );

    this.addSql(
      `create table "product_file" ("id" uuid not null, "product_id" uuid not null, "name" varchar(255) not null, "size_bytes" bigint not null, "content_type" varchar(255) not null, "sha256" varchar(64) not null, "storage_key" varchar(500) not null, "version" int not null default 1, "position" int not null default 0, "created_at" timestamptz(3) not null, constraint "product_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_file_product_id_index" on "product_file" ("product_id");`);
    this.addSql(
      `alter table "product_file" add constraint "product_file_storage_key_unique" unique ("storage_key");`,
    );

    this.addSql(
      `create table "download_event" ("id" uuid not null, "grant_id" uuid not null, "file_id" uuid not null, "ip_truncated" varchar(64) null, "user_agent" varchar(500) null, "created_at" timestamptz(3) not null, constraint "download_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "download_event_grant_id_index" on "download_event" ("grant_id");`);

    this.addSql(
      `create table "product_image" ("id" uuid not null, "product_id" uuid not null, "storage_key" varchar(500) not null, "content_type" varchar(100) not null, "alt" varchar(300) not null default '', "position" int not null default 0, constraint "product_image_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_image_product_id_index" on "product_image" ("product_id");`);

    this.addSql(
      `create table "store_settings" ("id" int not null default 1, "store_name" varchar(200) not null default 'Shelf Demo Store', "support_email" varchar(320) null, "tax_enabled" boolean not null default false, "refund_window_days" int not null default 30, "updated_at" timestamptz(3) not null, constraint "store_settings_pkey" primary key ("id"), constraint store_settings_singleton check (id = 1));`,
    );

    this.addSql(
      `create table "subscription" ("id" uuid not null, "provider" text check ("provider" in ('stripe', 'test')) not null, "provider_subscription_id" varchar(255) not null, "customer_id" uuid not null, "product_id" uuid not null, "order_id" uuid not null, "status" text check ("status" in ('incomplete', 'trialing', 'active', 'past_due', 'unpaid', 'canceled')) not null default 'active', "current_period_end" timestamptz(3) not null, "cancel_at_period_end" boolean not null default false, "canceled_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "subscription_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "subscription_customer_id_index" on "subscription" ("customer_id");`);
    this.addSql(
      `alter table "subscription" add constraint "subscription_order_id_unique" unique ("order_id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_provider_provider_subscription_id_unique" unique ("provider", "provider_subscription_id");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) not null default '', "password_hash" varchar(300) not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "created_at" timestamptz(3) not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, "last_used_at" timestamptz(3) not null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "api_key" ("id" uuid not null, "name" varchar(200) not null, "prefix" varchar(32) not null, "key_hash" varchar(64) not null, "scopes" text[] not null, "created_by_id" uuid null, "last_used_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `create table "webhook_event" ("id" uuid not null, "provider" varchar(32) not null, "event_id" varchar(255) not null, "type" varchar(100) not null, "status" text check ("status" in ('processing', 'processed', 'failed', 'ignored')) not null default 'processing', "attempts" int not null default 1, "error" text null, "payload" jsonb not null, "received_at" timestamptz(3) not null, "processed_at" timestamptz(3) null, constraint "webhook_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook_event" add constraint "webhook_event_provider_event_id_unique" unique ("provider", "event_id");`,
    );

    this.addSql(
      `alter table "payout" add constraint "payout_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "affiliate_link" add constraint "affiliate_link_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "affiliate_link" add constraint "affiliate_link_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "shop_order" add constraint "shop_order_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shop_order" add constraint "shop_order_affiliate_link_id_foreign" foreign key ("affiliate_link_id") references "affiliate_link" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "order_item" add constraint "order_item_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "order_item" add constraint "order_item_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "license" add constraint "license_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "license" add constraint "license_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "license" add constraint "license_order_item_id_foreign" foreign key ("order_item_id") references "order_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "license" add constraint "license_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "license_activation" add constraint "license_activation_license_id_foreign" foreign key ("license_id") references "license" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "email" add constraint "email_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "download_grant" add constraint "download_grant_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "download_grant" add constraint "download_grant_order_item_id_foreign" foreign key ("order_item_id") references "order_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "download_grant" add constraint "download_grant_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "commission" add constraint "commission_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commission" add constraint "commission_link_id_foreign" foreign key ("link_id") references "affiliate_link" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commission" add constraint "commission_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commission" add constraint "commission_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "affiliate_click" add constraint "affiliate_click_link_id_foreign" foreign key ("link_id") references "affiliate_link" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "product_file" add constraint "product_file_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "download_event" add constraint "download_event_grant_id_foreign" foreign key ("grant_id") references "download_grant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "download_event" add constraint "download_event_file_id_foreign" foreign key ("file_id") references "product_file" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "product_image" add constraint "product_image_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "subscription" add constraint "subscription_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_order_id_foreign" foreign key ("order_id") references "shop_order" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "order_number_seq" cascade;`);
    this.addSql(`alter table "payout" drop constraint "payout_affiliate_id_foreign";`);

    this.addSql(`alter table "affiliate_link" drop constraint "affiliate_link_affiliate_id_foreign";`);

    this.addSql(`alter table "commission" drop constraint "commission_affiliate_id_foreign";`);

    this.addSql(`alter table "shop_order" drop constraint "shop_order_customer_id_foreign";`);

    this.addSql(`alter table "license" drop constraint "license_customer_id_foreign";`);

    this.addSql(`alter table "subscription" drop constraint "subscription_customer_id_foreign";`);

    this.addSql(`alter table "commission" drop constraint "commission_payout_id_foreign";`);

    this.addSql(`alter table "affiliate_link" drop constraint "affiliate_link_product_id_foreign";`);

    this.addSql(`alter table "order_item" drop constraint "order_item_product_id_foreign";`);

    this.addSql(`alter table "license" drop constraint "license_product_id_foreign";`);

    this.addSql(`alter table "download_grant" drop constraint "download_grant_product_id_foreign";`);

    this.addSql(`alter table "product_file" drop constraint "product_file_product_id_foreign";`);

    this.addSql(`alter table "product_image" drop constraint "product_image_product_id_foreign";`);

    this.addSql(`alter table "subscription" drop constraint "subscription_product_id_foreign";`);

    this.addSql(`alter table "shop_order" drop constraint "shop_order_affiliate_link_id_foreign";`);

    this.addSql(`alter table "commission" drop constraint "commission_link_id_foreign";`);

    this.addSql(`alter table "affiliate_click" drop constraint "affiliate_click_link_id_foreign";`);

    this.addSql(`alter table "order_item" drop constraint "order_item_order_id_foreign";`);

    this.addSql(`alter table "license" drop constraint "license_order_id_foreign";`);

    this.addSql(`alter table "email" drop constraint "email_order_id_foreign";`);

    this.addSql(`alter table "download_grant" drop constraint "download_grant_order_id_foreign";`);

    this.addSql(`alter table "commission" drop constraint "commission_order_id_foreign";`);

    this.addSql(`alter table "subscription" drop constraint "subscription_order_id_foreign";`);

    this.addSql(`alter table "license" drop constraint "license_order_item_id_foreign";`);

    this.addSql(`alter table "download_grant" drop constraint "download_grant_order_item_id_foreign";`);

    this.addSql(`alter table "license_activation" drop constraint "license_activation_license_id_foreign";`);

    this.addSql(`alter table "download_event" drop constraint "download_event_grant_id_foreign";`);

    this.addSql(`alter table "download_event" drop constraint "download_event_file_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`drop table if exists "affiliate" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "magic_link_token" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "affiliate_link" cascade;`);

    this.addSql(`drop table if exists "shop_order" cascade;`);

    this.addSql(`drop table if exists "order_item" cascade;`);

    this.addSql(`drop table if exists "license" cascade;`);

    this.addSql(`drop table if exists "license_activation" cascade;`);

    this.addSql(`drop table if exists "email" cascade;`);

    this.addSql(`drop table if exists "download_grant" cascade;`);

    this.addSql(`drop table if exists "commission" cascade;`);

    this.addSql(`drop table if exists "affiliate_click" cascade;`);

    this.addSql(`drop table if exists "product_file" cascade;`);

    this.addSql(`drop table if exists "download_event" cascade;`);

    this.addSql(`drop table if exists "product_image" cascade;`);

    this.addSql(`drop table if exists "store_settings" cascade;`);

    this.addSql(`drop table if exists "subscription" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "webhook_event" cascade;`);
  }
}
