import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"

/** Products assigned to a segment; a segment coupon discounts only these when any are linked. */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
  },
  {
    linkable: ProductModule.linkable.product,
    isList: true,
  },
  {
    database: {
      table: "customer_segment_product",
      extraColumns: {
        // Exclusive products are shown and sold only to the segment's members.
        is_exclusive: { type: "boolean", defaultValue: "false" },
      },
    },
  }
)
