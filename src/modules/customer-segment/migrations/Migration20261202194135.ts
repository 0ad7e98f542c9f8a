import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202194135 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_guest_priced_cart" drop constraint if exists "customer_segment_guest_priced_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "customer_segment_guest_priced_cart" ("id" text not null, "cart_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_guest_priced_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_guest_priced_cart_deleted_at" ON "customer_segment_guest_priced_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_segment_guest_priced_cart_cart_id_unique" ON "customer_segment_guest_priced_cart" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment_guest_priced_cart" cascade;`);
  }

}
