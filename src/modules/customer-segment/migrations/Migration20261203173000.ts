import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The order-line facts: one narrow row per line of an order that counts as
 * a sale (beside its `customer_segment_order_sales` row), as the order's
 * current version holds it, for what needs lines rather than whole orders:
 * the impact preview's price-list and coupon estimates and classifications
 * limited to categories or collections. Written by hand, like the other
 * facts (no model, deleted rather than soft-deleted, rebuilt from the
 * orders at will).
 *
 * - `item_id`: the order line item (`order_line_item.id`), stable across
 *   the order's versions;
 * - `customer_id`, `currency_code`, `sales_channel_id`, `ordered_at`: the
 *   order's, as its fact row holds them, so a segment's lines of a window
 *   are read by customer;
 * - `unit_price`: the line's unit price; `paid`: the unit price the current
 *   version charges (an edit may override the line's);
 * - `quantity`, `returned_quantity`: as the current version counts them.
 *
 * Empty after this migration: the migration script `backfill-order-line-sales`
 * runs one rebuild, which fills them.
 */
export class Migration20261203173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_segment_order_line_sales" (
      "item_id" text not null,
      "order_id" text not null,
      "customer_id" text not null,
      "currency_code" text not null,
      "sales_channel_id" text null,
      "ordered_at" timestamptz not null,
      "variant_id" text null,
      "product_id" text null,
      "is_discountable" boolean not null,
      "unit_price" numeric null,
      "paid" numeric null,
      "quantity" numeric not null,
      "returned_quantity" numeric not null,
      constraint "customer_segment_order_line_sales_pkey" primary key ("item_id"));`)
    this.addSql(`create index if not exists "IDX_customer_segment_order_line_sales_order_id" on "customer_segment_order_line_sales" ("order_id");`)
    // A segment's lines of a window, read from the index alone (the
    // impact preview): a few index pages per member instead of a pass over
    // every line of the store, at the price of a second copy of the columns.
    this.addSql(`create index if not exists "IDX_customer_segment_order_line_sales_customer_window"
      on "customer_segment_order_line_sales" ("customer_id", "ordered_at")
      include ("item_id", "order_id", "currency_code", "sales_channel_id", "variant_id", "product_id",
        "is_discountable", "paid", "quantity", "returned_quantity");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment_order_line_sales";`)
  }
}
