import {
  PRICE_LIST_RESOURCE,
  PRODUCT_CATEGORY_RESOURCE,
  PRODUCT_RESOURCE,
  PROMOTION_RESOURCE,
  SALES_CHANNEL_RESOURCE,
  type RecordResource,
} from "./record-resources"

/**
 * The records a segment links to besides its members. `field` is the
 * segment's property the link is read through, `path` the segment's sub-route
 * that takes `{ add, remove }`, and `fields` what the detail page requests to
 * expand the link.
 */
export const LINK_TARGETS = {
  price_lists: {
    field: "price_lists",
    path: "price-lists",
    fields: ["id", "title", "status"],
    resource: PRICE_LIST_RESOURCE,
  },
  promotions: {
    field: "promotions",
    path: "promotions",
    fields: ["id", "code", "status"],
    resource: PROMOTION_RESOURCE,
  },
  products: {
    field: "products",
    path: "products",
    fields: ["id", "title", "handle", "thumbnail", "status"],
    resource: PRODUCT_RESOURCE,
  },
  product_categories: {
    field: "product_categories",
    path: "product-categories",
    fields: ["id", "name", "handle"],
    resource: PRODUCT_CATEGORY_RESOURCE,
  },
  sales_channels: {
    field: "sales_channels",
    path: "sales-channels",
    fields: ["id", "name", "description"],
    resource: SALES_CHANNEL_RESOURCE,
  },
} as const satisfies Record<
  string,
  {
    field: string
    path: string
    fields: readonly string[]
    resource: RecordResource
  }
>

export type LinkTargetKey = keyof typeof LINK_TARGETS

export const LINK_TARGET_KEYS = Object.keys(LINK_TARGETS) as LinkTargetKey[]

/** `fields` for a segment read that expands every link (added to the defaults). */
export const SEGMENT_DETAIL_FIELDS = LINK_TARGET_KEYS.flatMap((key) =>
  LINK_TARGETS[key].fields.map((field) => `+${LINK_TARGETS[key].field}.${field}`)
).join(",")
