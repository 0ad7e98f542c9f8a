/** The sales facts' tables (Migration20261203103000). */
export const ORDER_SALES_TABLE = "customer_segment_order_sales"
export const CUSTOMER_SALES_TABLE = "customer_segment_customer_sales"
export const SALES_FACTS_RUN_TABLE = "customer_segment_sales_facts_run"

/**
 * The counted orders, from the facts, in the shape readers used to read
 * orders: `customer_id`, `currency_code` (lower case), `created_at` (when
 * ordered), `net`, plus `order_id`, `order_version` and `sales_channel_id`.
 */
export const ORDER_SALES_SQL = `select order_id, order_version, customer_id, currency_code,
    sales_channel_id, ordered_at as created_at, net
  from ${ORDER_SALES_TABLE}`
