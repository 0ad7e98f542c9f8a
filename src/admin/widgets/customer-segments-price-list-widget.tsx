import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { RecordSegmentsCard } from "../components/segments/record-segments-card"

/** On a price list's page: the customer segments it applies to. */
const CustomerSegmentsPriceListWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminPriceList>) => (
  <RecordSegmentsCard target="price_lists" recordId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "price_list.details.side.after",
  id: "medusa-customer-segments:price-list",
})

export default CustomerSegmentsPriceListWidget
