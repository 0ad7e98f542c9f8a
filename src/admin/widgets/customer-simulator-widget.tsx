import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CustomerSimulatorCard } from "../components/simulator/customer-simulator-card"

/**
 * On a customer's page, below Medusa's own sections: what this customer
 * would pay for chosen products, which codes would apply, and why.
 */
const CustomerSimulatorWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <CustomerSimulatorCard customerId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "medusa-customer-segments:customer-simulator",
})

export default CustomerSimulatorWidget
