import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123114052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_segment" drop constraint if exists "customer_segment_handle_unique";`);
    this.addSql(`create table if not exists "customer_segment" ("id" text not null, "handle" text not null, "name" text not null, "reference" text null, "description" text null, "is_active" boolean not null default true, "priority" integer not null default 0, "crm_id" text null, "erp_id" text null, "accounting_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_deleted_at" ON "customer_segment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_segment_handle_unique" ON "customer_segment" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_is_active" ON "customer_segment" ("is_active") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment" cascade;`);
  }

}
