import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203102333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_segment_sales_facts_run" ("id" text not null, "status" text check ("status" in ('pending', 'running', 'succeeded', 'failed')) not null default 'pending', "kind" text check ("kind" in ('rebuild', 'reconcile')) not null default 'rebuild', "requested_by" text null, "orders_total" integer null, "orders_done" integer not null default 0, "last_order_id" text null, "inserted_count" integer not null default 0, "updated_count" integer not null default 0, "deleted_count" integer not null default 0, "error" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_sales_facts_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_sales_facts_run_deleted_at" ON "customer_segment_sales_facts_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_sales_facts_run_status_created_at" ON "customer_segment_sales_facts_run" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment_sales_facts_run" cascade;`);
  }

}
