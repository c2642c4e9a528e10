import { Migration } from '@mikro-orm/migrations';

export class Migration20261201190000_creator_sign_in extends Migration {
  override async up(): Promise<void> {
    // Two-factor sign-in: the confirmed and the pending TOTP secret, the last accepted time step (a code
    // works once), recovery codes as SHA-256 hashes, and the owner's "staff must use two-factor" setting.
    this.addSql(
      `alter table "app_user" add column "two_factor_secret" varchar(64) null, add column "two_factor_pending_secret" varchar(64) null, add column "two_factor_last_step" int null, add column "recovery_code_hashes" text[] not null default '{}', add column "require_staff_two_factor" boolean not null default false;`,
    );
    // Password reset links and the short-lived challenge between a password and its second factor.
    this.addSql(`alter table "magic_link_token" drop constraint if exists "magic_link_token_purpose_check";`);
    this.addSql(
      `alter table "magic_link_token" add constraint "magic_link_token_purpose_check" check ("purpose" in ('account', 'affiliate', 'login', 'password_reset', 'two_factor'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "magic_link_token" where "purpose" in ('password_reset', 'two_factor');`);
    this.addSql(`alter table "magic_link_token" drop constraint if exists "magic_link_token_purpose_check";`);
    this.addSql(
      `alter table "magic_link_token" add constraint "magic_link_token_purpose_check" check ("purpose" in ('account', 'affiliate', 'login'));`,
    );
    this.addSql(
      `alter table "app_user" drop column "two_factor_secret", drop column "two_factor_pending_secret", drop column "two_factor_last_step", drop column "recovery_code_hashes", drop column "require_staff_two_factor";`,
    );
  }
}
