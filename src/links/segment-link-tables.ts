import type { LinkModulesExtraFields } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"

/**
 * The records a segment links to, keyed by the name the API uses for them:
 * the one place that names each link's table and columns. Every
 * `defineLink` in this folder builds its `database` options from here
 * (`segmentLinkDatabase`), and every query of a link reads its names from
 * here. `module` and `key` address the link in Medusa's Link service;
 * `entity` is what `query.graph` reads; `entryPoint` is the link's
 * `query.graph` entry and `table` its table (the same name); `idPrefix` is
 * the prefix of its row ids where it is not Medusa's default;
 * `extraColumns` are the columns a row keeps beside the two ids, and
 * `keptColumns` the standard ones put back with them when a dismissed link
 * is restored.
 *
 * Medusa imports every file of `src/links` at boot; this one defines no link
 * and so registers nothing.
 */
export const SEGMENT_LINK_TARGETS = {
  customer: {
    module: Modules.CUSTOMER,
    key: "customer_id",
    entity: "customer",
    entryPoint: "customer_segment_customer",
    table: "customer_segment_customer",
    label: "Customers",
    idPrefix: "csegcus",
    extraColumns: {
      // Where the membership came from (`MembershipSource`) and the admin who added it.
      source: { type: "text", defaultValue: "'manual'" },
      added_by: { type: "text", nullable: true },
      // A manual membership's reason and the moment it ends by itself
      // (issue 18); null on rule and classification memberships.
      reason: { type: "text", nullable: true },
      expires_at: { type: "datetime", nullable: true },
      // Until when a member who no longer qualifies stays (downgrade grace);
      // null: not in grace.
      grace_until: { type: "datetime", nullable: true },
    },
    keptColumns: ["created_at"],
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
    extraColumns: {
      // Exclusive products are shown and sold only to the segment's members.
      is_exclusive: { type: "boolean", defaultValue: "false" },
    },
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

type LinkTableEntry = {
  table: string
  idPrefix?: string
  extraColumns?: LinkModulesExtraFields
  keptColumns?: readonly string[]
}

const entry = (target: SegmentLinkTarget): LinkTableEntry => SEGMENT_LINK_TARGETS[target]

/** The `database` options of a target's `defineLink`. */
export function segmentLinkDatabase(target: SegmentLinkTarget) {
  const { table, idPrefix, extraColumns } = entry(target)
  return {
    table,
    ...(idPrefix ? { idPrefix } : {}),
    ...(extraColumns ? { extraColumns } : {}),
  }
}

/** The columns a target's link rows keep beside the two ids (extra ones, then kept standard ones). */
export function segmentLinkDataColumns(target: SegmentLinkTarget): string[] {
  const { extraColumns, keptColumns } = entry(target)
  return [...Object.keys(extraColumns ?? {}), ...(keptColumns ?? [])]
}

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
