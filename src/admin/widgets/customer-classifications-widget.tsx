import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CustomerClassificationsCard } from "../components/classifications/customer-classifications-card"

/** On a customer's page: their tier in each classification, with manual overrides. */
const CustomerClassificationsWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <CustomerClassificationsCard customerId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "medusa-customer-segments:customer-classifications",
})

export default CustomerClassificationsWidget
