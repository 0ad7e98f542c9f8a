import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { RecordSegmentsCard } from "../components/segments/record-segments-card"

/** On a sales channel's page: the customer segments scoped to it. */
const CustomerSegmentsSalesChannelWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminSalesChannel>) => (
  <RecordSegmentsCard target="sales_channels" recordId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "sales_channel.details.after",
  id: "medusa-customer-segments:sales-channel",
})

export default CustomerSegmentsSalesChannelWidget
