import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { RecordSegmentsCard } from "../components/record-segments-card"

/** On a product's page: the customer segments it is assigned to. */
const CustomerSegmentsProductWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminProduct>) => (
  <RecordSegmentsCard target="products" recordId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "medusa-customer-segments:product",
})

export default CustomerSegmentsProductWidget
