import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { RecordSegmentsCard } from "../components/segments/record-segments-card"

/** On a promotion's page: the customer segments whose members may use it. */
const CustomerSegmentsPromotionWidget = ({
  data,
}: DetailWidgetProps<HttpTypes.AdminPromotion>) => (
  <RecordSegmentsCard target="promotions" recordId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "promotion.details.side.after",
  id: "medusa-customer-segments:promotion",
})

export default CustomerSegmentsPromotionWidget
