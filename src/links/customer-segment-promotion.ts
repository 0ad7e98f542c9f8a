import PromotionModule from "@medusajs/medusa/promotion"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

/** Promotions (coupons) that only a segment's members may use. */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
  },
  {
    linkable: PromotionModule.linkable.promotion,
    isList: true,
  },
  { database: segmentLinkDatabase("promotion") }
)
