import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200000_encrypted_two_factor_secrets extends Migration {
  override async up(): Promise<void> {
    // TOTP secrets are now stored encrypted (`v1.` + nonce, ciphertext and tag in base64url): longer than
    // the Base32 secret itself.
    this.addSql(
      `alter table "app_user" alter column "two_factor_secret" type varchar(255), alter column "two_factor_pending_secret" type varchar(255);`,
    );
  }

  override async down(): Promise<void> {
    // An encrypted secret does not fit the old width and cannot be read without the key: two-factor
    // sign-in is turned off for everyone rather than keeping values nothing can use.
    this.addSql(
      `update "app_user" set "two_factor_secret" = null, "two_factor_pending_secret" = null, "two_factor_last_step" = null, "recovery_code_hashes" = '{}';`,
    );
    this.addSql(
      `alter table "app_user" alter column "two_factor_secret" type varchar(64), alter column "two_factor_pending_secret" type varchar(64);`,
    );
  }
}
