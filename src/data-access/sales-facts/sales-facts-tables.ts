/** The sales facts' tables (Migration20261203103000, Migration20261203173000). */
export const ORDER_SALES_TABLE = "customer_segment_order_sales"
export const ORDER_LINE_SALES_TABLE = "customer_segment_order_line_sales"
export const CUSTOMER_SALES_TABLE = "customer_segment_customer_sales"
export const SALES_FACTS_RUN_TABLE = "customer_segment_sales_facts_run"
