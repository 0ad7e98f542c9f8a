import SalesChannelModule from "@medusajs/medusa/sales-channel"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"

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
  {
    database: { table: "customer_segment_sales_channel" },
  }
)
