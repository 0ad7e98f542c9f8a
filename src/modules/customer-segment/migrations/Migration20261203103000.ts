import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The sales facts: what rules, tiers, previews and reports read instead of
 * scanning orders. Written by hand (they have no model: nothing reads them
 * through the module's service, only the statements in
 * `src/data-access/sales-facts`), derived from orders and rebuilt from them
 * at will, so rows are deleted, never soft-deleted.
 *
 * - `customer_segment_order_sales`: one narrow row per order that counts as
 *   a sale (not canceled, not a draft, with a customer), with its net (order
 *   total minus refunds from the order's current summary), for windows,
 *   channels and per-order figures.
 * - `customer_segment_customer_sales`: per customer and currency, the sums of
 *   those rows, for lifetime figures.
 *
 * Empty after this migration: the backfill run fills them (the migration
 * script `backfill-sales-facts`, or `POST /admin/customer-segments/sales-facts/rebuild`).
 */
export class Migration20261203103000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_segment_order_sales" (
      "order_id" text not null,
      "order_version" integer not null,
      "customer_id" text not null,
      "currency_code" text not null,
      "sales_channel_id" text null,
      "ordered_at" timestamptz not null,
      "net" numeric not null,
      constraint "customer_segment_order_sales_pkey" primary key ("order_id"));`)
    this.addSql(`create index if not exists "IDX_customer_segment_order_sales_customer_id" on "customer_segment_order_sales" ("customer_id");`)
    this.addSql(`create index if not exists "IDX_customer_segment_order_sales_ordered_at" on "customer_segment_order_sales" ("ordered_at");`)
    this.addSql(`create table if not exists "customer_segment_customer_sales" (
      "customer_id" text not null,
      "currency_code" text not null,
      "net_sales" numeric not null,
      "order_count" integer not null,
      "first_order_at" timestamptz not null,
      "last_order_at" timestamptz not null,
      constraint "customer_segment_customer_sales_pkey" primary key ("customer_id", "currency_code"));`)

    // At most one rebuild pending or running: two never overlap.
    this.addSql(`create unique index if not exists "IDX_customer_segment_sales_facts_run_one_active"
      on "customer_segment_sales_facts_run" ((true)) where status in ('pending', 'running') and deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_segment_sales_facts_run_one_active";`)
    this.addSql(`drop table if exists "customer_segment_customer_sales";`)
    this.addSql(`drop table if exists "customer_segment_order_sales";`)
  }
}
