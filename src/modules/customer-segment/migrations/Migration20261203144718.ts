import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203144718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" drop constraint if exists "customer_segment_membership_change_change_check";`);

    this.addSql(`alter table if exists "customer_segment" add column if not exists "grace_days" integer not null default 0;`);

    this.addSql(`alter table if exists "customer_segment_classification" add column if not exists "grace_days" integer not null default 0;`);

    this.addSql(`alter table if exists "customer_segment_membership_change" add constraint "customer_segment_membership_change_change_check" check("change" in ('joined', 'left', 'override_expired', 'kept_by_grace'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" drop constraint if exists "customer_segment_membership_change_change_check";`);

    this.addSql(`alter table if exists "customer_segment" drop column if exists "grace_days";`);

    this.addSql(`alter table if exists "customer_segment_classification" drop column if exists "grace_days";`);

    this.addSql(`alter table if exists "customer_segment_membership_change" add constraint "customer_segment_membership_change_change_check" check("change" in ('joined', 'left', 'override_expired'));`);
  }

}
