import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"

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
  {
    database: { table: "customer_segment_product_category" },
  }
)
