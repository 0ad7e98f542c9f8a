import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203154531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" add column if not exists "expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_membership_change" drop column if exists "expires_at";`);
  }

}
