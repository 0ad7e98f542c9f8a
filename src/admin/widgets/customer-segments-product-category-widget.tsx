import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { RecordSegmentsCard } from "../components/segments/record-segments-card"

/** On a product category's page: the customer segments it is assigned to. */
const CustomerSegmentsProductCategoryWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminProductCategory>) => (
  <RecordSegmentsCard target="product_categories" recordId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "product_category.details.side.after",
  id: "medusa-customer-segments:product-category",
})

export default CustomerSegmentsProductCategoryWidget
