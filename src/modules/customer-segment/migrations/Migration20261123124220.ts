import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123124220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_classification_result" drop constraint if exists "customer_classification_result_classification_id_customer_id_unique";`);
    this.addSql(`create table if not exists "customer_classification_result" ("id" text not null, "classification_id" text not null, "customer_id" text not null, "automatic_tier_id" text null, "eligible_sales" real not null default 0, "run_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_classification_result_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_classification_result_deleted_at" ON "customer_classification_result" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_classification_result_classification_id_customer_id_unique" ON "customer_classification_result" ("classification_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_classification_result_customer_id" ON "customer_classification_result" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_segment_classification" ("id" text not null, "name" text not null, "is_default" boolean not null default false, "metric" text check ("metric" in ('net_sales')) not null default 'net_sales', "currency_code" text not null, "timespan_months" integer not null default 12, "interval" text check ("interval" in ('rolling', 'calendar_year')) not null default 'rolling', "minimum_sales" real not null default 0, "sales_channel_ids" jsonb null, "product_category_ids" jsonb null, "collection_ids" jsonb null, "notify_on_completion" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_classification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_classification_deleted_at" ON "customer_segment_classification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_segment" add column if not exists "classification_id" text null, add column if not exists "tier_share" real null, add column if not exists "is_default_tier" boolean not null default false, add column if not exists "is_excluded_tier" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_classification_id" ON "customer_segment" ("classification_id") WHERE classification_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_segment_run" add column if not exists "classification_id" text null;`);
    this.addSql(`alter table if exists "customer_segment_run" alter column "customer_segment_id" type text using ("customer_segment_id"::text);`);
    this.addSql(`alter table if exists "customer_segment_run" alter column "customer_segment_id" drop not null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_run_classification_id_created_at" ON "customer_segment_run" ("classification_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_classification_result" cascade;`);

    this.addSql(`drop table if exists "customer_segment_classification" cascade;`);

    this.addSql(`drop index if exists "IDX_customer_segment_classification_id";`);
    this.addSql(`alter table if exists "customer_segment" drop column if exists "classification_id", drop column if exists "tier_share", drop column if exists "is_default_tier", drop column if exists "is_excluded_tier";`);

    this.addSql(`drop index if exists "IDX_customer_segment_run_classification_id_created_at";`);
    this.addSql(`alter table if exists "customer_segment_run" drop column if exists "classification_id";`);

    this.addSql(`alter table if exists "customer_segment_run" alter column "customer_segment_id" type text using ("customer_segment_id"::text);`);
    this.addSql(`alter table if exists "customer_segment_run" alter column "customer_segment_id" set not null;`);
  }

}
