import PricingModule from "@medusajs/medusa/pricing"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

/** Price lists that apply to a segment's members. */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
  },
  {
    linkable: PricingModule.linkable.priceList,
    isList: true,
  },
  { database: segmentLinkDatabase("price_list") }
)
