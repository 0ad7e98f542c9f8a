import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203143008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" drop constraint if exists "customer_segment_membership_change_change_check";`);

    this.addSql(`alter table if exists "customer_segment_exclusion" add column if not exists "reason" text null, add column if not exists "expires_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_exclusion_expires_at" ON "customer_segment_exclusion" ("expires_at") WHERE deleted_at IS NULL AND expires_at IS NOT NULL;`);

    this.addSql(`alter table if exists "customer_segment_membership_change" add column if not exists "reason" text null;`);
    this.addSql(`alter table if exists "customer_segment_membership_change" add constraint "customer_segment_membership_change_change_check" check("change" in ('joined', 'left', 'override_expired'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" drop constraint if exists "customer_segment_membership_change_change_check";`);

    this.addSql(`drop index if exists "IDX_customer_segment_exclusion_expires_at";`);
    this.addSql(`alter table if exists "customer_segment_exclusion" drop column if exists "reason", drop column if exists "expires_at";`);

    this.addSql(`alter table if exists "customer_segment_membership_change" drop column if exists "reason";`);

    this.addSql(`alter table if exists "customer_segment_membership_change" add constraint "customer_segment_membership_change_change_check" check("change" in ('joined', 'left'));`);
  }

}
