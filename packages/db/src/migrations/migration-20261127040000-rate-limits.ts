import { Migration } from '@mikro-orm/migrations';

export class Migration20261127040000_rate_limits extends Migration {
  override async up(): Promise<void> {
    // Shared send slots: every worker reserves the next slot for a named limit in one UPDATE, so a
    // provider's per-account rate (Resend: 2 requests a second) holds across all processes.
    this.addSql(
      `create table "rate_limit_slot" ("name" varchar(64) not null, "next_at" timestamptz(3) not null default now(), constraint "rate_limit_slot_pkey" primary key ("name"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_slot";`);
  }
}
