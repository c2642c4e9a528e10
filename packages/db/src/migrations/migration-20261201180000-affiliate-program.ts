import { Migration } from '@mikro-orm/migrations';

// The affiliate programme: affiliates that can be paused, links with case-insensitive codes and a renewal
// setting, clicks de-duplicated per visitor per day, one commission line per paid payment (the first one and,
// where the link says so, each renewal), owed-back lines for refunds after approval, payouts that record how
// they were paid, and portal sessions for affiliates (and later customers) signed in by magic link.
export class Migration20261201180000_affiliate_program extends Migration {
  override async up(): Promise<void> {
    // Affiliates are active or paused; the unused `pending` and `suspended` become paused.
    this.addSql(`alter table "affiliate" drop constraint if exists "affiliate_status_check";`);
    this.addSql(`update "affiliate" set "status" = 'paused' where "status" <> 'active';`);
    this.addSql(
      `alter table "affiliate" add constraint "affiliate_status_check" check ("status" in ('active', 'paused'));`,
    );

    // Codes are unique whatever their case (SPRING and spring are the same link); renewals earn on the first
    // payment only, or on every payment.
    this.addSql(
      `create unique index "affiliate_link_code_lower_unique" on "affiliate_link" (lower("code"));`,
    );
    this.addSql(
      `alter table "affiliate_link" add column "renewal_commission" text check ("renewal_commission" in ('first_payment', 'every_payment')) not null default 'first_payment';`,
    );

    // One click per visitor per link per day: the insert that finds its row taken does nothing.
    this.addSql(`alter table "affiliate_click" add column "day" date not null default current_date;`);
    this.addSql(
      `create unique index "affiliate_click_link_visitor_day_unique" on "affiliate_click" ("link_id", "visitor_hash", "day") where "visitor_hash" is not null;`,
    );

    // A commission line per payment: `payment_ref` is 'first' for the order's own payment and the provider's
    // payment id for a renewal. `net_cents` is the payment's net (after discount, before tax) the amount was
    // computed from, so a refund reduces it in proportion. `paid_cents` is how much payouts have settled;
    // `owed_back_cents` the total of its owed-back lines.
    this.addSql(`alter table "commission" drop constraint if exists "commission_order_id_unique";`);
    this.addSql(
      `alter table "commission" add column "payment_ref" varchar(255) not null default 'first', add column "kind" text check ("kind" in ('sale', 'renewal')) not null default 'sale', add column "net_cents" int not null default 0, add column "paid_cents" int not null default 0, add column "approved_at" timestamptz(3) null;`,
    );
    this.addSql(
      `update "commission" c set "net_cents" = o."total_cents" - o."tax_cents" from "shop_order" o where o."id" = c."order_id";`,
    );
    this.addSql(`update "commission" set "paid_cents" = "amount_cents" where "status" = 'paid';`);
    this.addSql(
      `alter table "commission" add constraint "commission_order_link_payment_unique" unique ("order_id", "link_id", "payment_ref");`,
    );
    this.addSql(
      `alter table "commission" add constraint commission_amounts_valid check (amount_cents >= 0 and net_cents >= 0 and paid_cents >= 0 and paid_cents <= amount_cents and owed_back_cents >= 0 and owed_back_cents <= amount_cents);`,
    );
    this.addSql(`create index "commission_order_id_index" on "commission" ("order_id");`);
    this.addSql(
      `create index "commission_pending_available_at_index" on "commission" ("available_at") where "status" = 'pending';`,
    );
    this.addSql(`create index "commission_link_id_index" on "commission" ("link_id");`);

    // Owed back: what an affiliate returns because a sale was refunded after its commission was approved or
    // paid. Deducted from the next payout (payout_id set then).
    this.addSql(
      `create table "owed_back" ("id" uuid not null, "affiliate_id" uuid not null, "commission_id" uuid not null, "amount_cents" int not null, "currency" varchar(3) not null, "reason" varchar(200) not null, "payout_id" uuid null, "created_at" timestamptz(3) not null, constraint "owed_back_pkey" primary key ("id"), constraint owed_back_amount_positive check (amount_cents > 0));`,
    );
    this.addSql(
      `create index "owed_back_affiliate_id_payout_id_index" on "owed_back" ("affiliate_id", "payout_id");`,
    );
    this.addSql(
      `alter table "owed_back" add constraint "owed_back_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "owed_back" add constraint "owed_back_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "owed_back" add constraint "owed_back_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`,
    );

    // A payout records how the money went out and what it settled: amount = settled commission - deducted owed back.
    this.addSql(
      `alter table "payout" add column "method" varchar(50) not null default 'other', add column "note" varchar(500) null, add column "settled_cents" int not null default 0, add column "deducted_cents" int not null default 0, add column "recorded_by_id" uuid null;`,
    );
    this.addSql(
      `alter table "payout" add constraint payout_amounts_valid check (amount_cents > 0 and settled_cents >= 0 and deducted_cents >= 0 and amount_cents = settled_cents - deducted_cents);`,
    );
    this.addSql(
      `alter table "payout" add constraint "payout_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    // Sessions for the portals reached by magic link: affiliates now, customers later. Only the token's hash
    // is stored; a session ends at expires_at, or earlier when idle for longer than the portal allows.
    this.addSql(
      `create table "portal_session" ("id" uuid not null, "kind" text check ("kind" in ('affiliate', 'customer')) not null, "subject_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz(3) not null, "last_used_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, constraint "portal_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "portal_session" add constraint "portal_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "portal_session_kind_subject_id_index" on "portal_session" ("kind", "subject_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_session" cascade;`);
    this.addSql(
      `alter table "payout" drop constraint if exists "payout_recorded_by_id_foreign", drop constraint if exists payout_amounts_valid, drop column if exists "method", drop column if exists "note", drop column if exists "settled_cents", drop column if exists "deducted_cents", drop column if exists "recorded_by_id";`,
    );
    this.addSql(`drop table if exists "owed_back" cascade;`);
    this.addSql(`drop index if exists "commission_link_id_index";`);
    this.addSql(`drop index if exists "commission_pending_available_at_index";`);
    this.addSql(`drop index if exists "commission_order_id_index";`);
    this.addSql(
      `alter table "commission" drop constraint if exists commission_amounts_valid, drop constraint if exists "commission_order_link_payment_unique", drop column if exists "payment_ref", drop column if exists "kind", drop column if exists "net_cents", drop column if exists "paid_cents", drop column if exists "approved_at";`,
    );
    this.addSql(`alter table "commission" add constraint "commission_order_id_unique" unique ("order_id");`);
    this.addSql(`drop index if exists "affiliate_click_link_visitor_day_unique";`);
    this.addSql(`alter table "affiliate_click" drop column if exists "day";`);
    this.addSql(`alter table "affiliate_link" drop column if exists "renewal_commission";`);
    this.addSql(`drop index if exists "affiliate_link_code_lower_unique";`);
    this.addSql(`alter table "affiliate" drop constraint if exists "affiliate_status_check";`);
    this.addSql(
      `alter table "affiliate" add constraint "affiliate_status_check" check ("status" in ('pending', 'active', 'suspended'));`,
    );
  }
}
