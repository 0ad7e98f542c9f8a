import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123122120 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment" add column if not exists "conditions" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment" drop column if exists "conditions";`);
  }

}
