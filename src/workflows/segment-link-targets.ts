import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"

/**
 * The records a segment links to, keyed by the name the API uses for them.
 * `module` and `key` address the link in Medusa's Link service; `entity` is
 * what `query.graph` reads; `entryPoint` is the link's `query.graph` entry and
 * `table` its table (the same name, set in each `src/links` file).
 */
export const SEGMENT_LINK_TARGETS = {
  customer: {
    module: Modules.CUSTOMER,
    key: "customer_id",
    entity: "customer",
    entryPoint: "customer_segment_customer",
    table: "customer_segment_customer",
    label: "Customers",
  },
  price_list: {
    module: Modules.PRICING,
    key: "price_list_id",
    entity: "price_list",
    entryPoint: "customer_segment_price_list",
    table: "customer_segment_price_list",
    label: "Price lists",
  },
  promotion: {
    module: Modules.PROMOTION,
    key: "promotion_id",
    entity: "promotion",
    entryPoint: "customer_segment_promotion",
    table: "customer_segment_promotion",
    label: "Promotions",
  },
  product: {
    module: Modules.PRODUCT,
    key: "product_id",
    entity: "product",
    entryPoint: "customer_segment_product",
    table: "customer_segment_product",
    label: "Products",
  },
  product_category: {
    module: Modules.PRODUCT,
    key: "product_category_id",
    entity: "product_category",
    entryPoint: "customer_segment_product_category",
    table: "customer_segment_product_category",
    label: "Product categories",
  },
  sales_channel: {
    module: Modules.SALES_CHANNEL,
    key: "sales_channel_id",
    entity: "sales_channel",
    entryPoint: "customer_segment_sales_channel",
    table: "customer_segment_sales_channel",
    label: "Sales channels",
  },
} as const

export type SegmentLinkTarget = keyof typeof SEGMENT_LINK_TARGETS

/** One segment paired with one record of a link target. */
export type SegmentLinkPair = {
  customer_segment_id: string
  target_id: string
}

/** The Link service's address for one pair, with the row's extra columns. */
export function toLinkDefinition(
  target: SegmentLinkTarget,
  pair: SegmentLinkPair,
  data?: Record<string, unknown>
) {
  const { module, key } = SEGMENT_LINK_TARGETS[target]
  return {
    [CUSTOMER_SEGMENT_MODULE]: { customer_segment_id: pair.customer_segment_id },
    [module]: { [key]: pair.target_id },
    ...(data ? { data } : {}),
  }
}
