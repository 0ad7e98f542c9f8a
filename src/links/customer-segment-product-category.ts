import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

/** Product categories assigned to a segment. */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
  },
  {
    linkable: ProductModule.linkable.productCategory,
    isList: true,
  },
  { database: segmentLinkDatabase("product_category") }
)
