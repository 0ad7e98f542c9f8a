/**
 * The orders that count as sales (alias `o` over "order"): not deleted,
 * canceled or draft, with a customer.
 */
export const COUNTED_ORDERS_WHERE = `o.deleted_at is null and o.canceled_at is null
    and o.status <> 'canceled' and o.is_draft_order = false
    and o.customer_id is not null`

/**
 * An order's net from its summary's `totals` (`alias.totals`): the order's
 * current total. Medusa lowers it for everything the customer no longer
 * pays: edits, returns, and refunds (a refund of money paid for goods kept
 * adds a credit line that lowers it; a refund of an overpayment follows an
 * edit that already lowered it), so `refunded_total` is never subtracted
 * again (Medusa 2.15 to 2.21, `refundPaymentWorkflow`).
 */
export const summaryNetSql = (alias?: string) => {
  const totals = alias ? `${alias}.totals` : "totals"
  return `coalesce((${totals}->>'current_order_total')::numeric, 0)`
}

/**
 * Every counted order (`COUNTED_ORDERS_WHERE`) with its net, straight from
 * `order` and `order_summary`: what the sales facts are built from, and the
 * reference the tests compare the facts with. `net` is computed before the
 * join (`offset 0` keeps PostgreSQL from folding the subquery back in), so
 * only a number, not the whole totals document, travels through the hash
 * join. Readers use the facts (`sales-facts-tables.ts`), never this.
 */
export const NET_ORDERS_SQL = `
  select o.customer_id, o.currency_code, o.created_at, coalesce(os.net, 0) as net
  from "order" o
  left join (
    select order_id, version,
      ${summaryNetSql()} as net
    from order_summary
    where deleted_at is null
    offset 0
  ) os on os.order_id = o.id and os.version = o.version
  where ${COUNTED_ORDERS_WHERE}`

/**
 * The fact rows of some orders, as `customer_segment_order_sales` holds
 * them, computed from the orders: `orderFilter` narrows `o` (a list of ids
 * or an id range). Each order's summary is read through its
 * (order_id, version) index.
 */
export const orderSalesSourceSql = (orderFilter: string) => `
  select o.id as order_id, o.version as order_version, o.customer_id,
    lower(o.currency_code) as currency_code, o.sales_channel_id,
    o.created_at as ordered_at, coalesce(s.net, 0) as net
  from "order" o
  left join lateral (
    select ${summaryNetSql()} as net
    from order_summary
    where order_id = o.id and version = o.version and deleted_at is null
    offset 0
  ) s on true
  where ${COUNTED_ORDERS_WHERE} and ${orderFilter}`

/**
 * The line fact rows of some orders, as `customer_segment_order_line_sales`
 * holds them: every line of each order's current version, with the order's
 * customer, currency, channel and date, from the fact rows of the orders
 * (`orderFacts`, a relation shaped like `orderSalesSourceSql`'s), so only
 * counted orders have lines. Each order's items are read through their
 * (order_id, version) index.
 */
export const orderLineSalesSourceSql = (orderFacts: string) => `
  select li.id as item_id, f.order_id, f.customer_id, f.currency_code, f.sales_channel_id, f.ordered_at,
    li.variant_id, li.product_id, li.is_discountable,
    li.unit_price, coalesce(oi.unit_price, li.unit_price) as paid,
    oi.quantity, oi.return_received_quantity as returned_quantity
  from ${orderFacts} f
  join order_item oi on oi.order_id = f.order_id and oi.version = f.order_version and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null`
