import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ProductSegmentsCard } from "../components/segments/product-segments-card"

/** On a product's page: the customer segments it is assigned to, with the exclusive flag. */
const CustomerSegmentsProductWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminProduct>) => (
  <ProductSegmentsCard productId={data.id} productTitle={data.title} />
)

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "medusa-customer-segments:product",
})

export default CustomerSegmentsProductWidget
