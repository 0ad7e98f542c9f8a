import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CustomerSegmentsCard } from "../components/segments/customer-segments-card"

/** On a customer's page: the segments they are in (add, remove) and their tier per classification. */
const CustomerSegmentsCustomerWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <CustomerSegmentsCard customer={data} />
)

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "medusa-customer-segments:customer",
})

export default CustomerSegmentsCustomerWidget
