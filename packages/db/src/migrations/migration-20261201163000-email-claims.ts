import { Migration } from '@mikro-orm/migrations';

export class Migration20261201163000_email_claims extends Migration {
  override async up(): Promise<void> {
    // A worker claims an email for one send with a lease instead of holding a row lock through the wait
    // for a send slot and the provider call.
    this.addSql(`alter table "email" add column "claimed_until" timestamptz(3) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "email" drop column if exists "claimed_until";`);
  }
}
