import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170000_license_activations extends Migration {
  override async up(): Promise<void> {
    // `disabled`: the creator switched the key off (a refund revokes it instead).
    this.addSql(`alter table "license" drop constraint if exists "license_status_check";`);
    this.addSql(
      `alter table "license" add constraint "license_status_check" check ("status" in ('active', 'revoked', 'expired', 'disabled'));`,
    );
    // The seats in use, kept in the transaction that adds or frees an activation: the conditional UPDATE
    // of this counter is the one statement that enforces the limit (see licensing.service.ts).
    // `uses` counts Gumroad-style verifies that asked to be counted.
    this.addSql(
      `alter table "license" add column "activation_count" int not null default 0, add column "uses" int not null default 0, add constraint license_activation_count_non_negative check (activation_count >= 0), add constraint license_uses_non_negative check (uses >= 0);`,
    );
    this.addSql(
      `update "license" l set "activation_count" = (select count(*) from "license_activation" a where a."license_id" = l."id" and a."deactivated_at" is null);`,
    );
    // What activating an instance name that is already active does: return it, or take another seat.
    this.addSql(
      `alter table "product" add column "license_reactivation" text check ("license_reactivation" in ('reuse_instance', 'new_seat')) not null default 'reuse_instance';`,
    );
    // Re-activation by name looks up a license's active instances by name.
    this.addSql(
      `create index "license_activation_license_id_instance_name_index" on "license_activation" ("license_id", "instance_name") where "deactivated_at" is null;`,
    );
    // Audit and validation history, owned by licensing.
    this.addSql(
      `create table "license_event" ("id" uuid not null, "license_id" uuid not null, "type" varchar(32) not null, "instance_id" uuid null, "actor" varchar(100) null, "detail" jsonb null, "ip_truncated" varchar(64) null, "created_at" timestamptz(3) not null default now(), constraint "license_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "license_event_license_id_created_at_index" on "license_event" ("license_id", "created_at");`,
    );
    this.addSql(
      `alter table "license_event" add constraint "license_event_license_id_foreign" foreign key ("license_id") references "license" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "license_event" cascade;`);
    this.addSql(`drop index if exists "license_activation_license_id_instance_name_index";`);
    this.addSql(`alter table "product" drop column if exists "license_reactivation";`);
    this.addSql(
      `alter table "license" drop constraint if exists license_activation_count_non_negative, drop constraint if exists license_uses_non_negative, drop column if exists "activation_count", drop column if exists "uses";`,
    );
    this.addSql(`alter table "license" drop constraint if exists "license_status_check";`);
    this.addSql(
      `alter table "license" add constraint "license_status_check" check ("status" in ('active', 'revoked', 'expired'));`,
    );
  }
}
