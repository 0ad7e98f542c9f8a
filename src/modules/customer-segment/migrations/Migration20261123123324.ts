import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123123324 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment_exclusion" drop constraint if exists "customer_segment_exclusion_customer_segment_id_customer_id_unique";`);
    this.addSql(`create table if not exists "customer_segment_exclusion" ("id" text not null, "customer_segment_id" text not null, "customer_id" text not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_exclusion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_exclusion_deleted_at" ON "customer_segment_exclusion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_segment_exclusion_customer_segment_id_customer_id_unique" ON "customer_segment_exclusion" ("customer_segment_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_exclusion_customer_id" ON "customer_segment_exclusion" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment_exclusion" cascade;`);
  }

}
