import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160000_rate_limit_counters extends Migration {
  override async up(): Promise<void> {
    // The request limits' counters (rate-limiter-flexible's RateLimiterPostgres layout: key, points,
    // expire in epoch milliseconds), shared by every API process. Created here rather than by the
    // library at start-up, so the API never needs CREATE rights at run time. Keys are hashed by the API.
    this.addSql(
      `create table "rate_limit_counter" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint null, constraint "rate_limit_counter_pkey" primary key ("key"));`,
    );
    // The library deletes expired rows every few minutes.
    this.addSql(`create index "rate_limit_counter_expire_index" on "rate_limit_counter" ("expire");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter";`);
  }
}
