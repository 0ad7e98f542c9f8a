import SalesChannelModule from "@medusajs/medusa/sales-channel"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

/** Sales channels a segment is scoped to; none means every channel. */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
  },
  {
    linkable: SalesChannelModule.linkable.salesChannel,
    isList: true,
  },
  { database: segmentLinkDatabase("sales_channel") }
)
