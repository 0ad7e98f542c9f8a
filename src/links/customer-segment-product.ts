import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

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
  { database: segmentLinkDatabase("product") }
)
