import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { SalesBySegmentSection } from "../../components/reports/sales-by-segment-section"
import { SalesFactsSection } from "../../components/reports/sales-facts-section"
import { SegmentSizeSection } from "../../components/reports/segment-size-section"

const CustomerSegmentReportsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading>Segment reports</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        How much each segment buys, and how segments grow.
      </Text>
    </Container>
    <SalesBySegmentSection />
    <SegmentSizeSection />
    <SalesFactsSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Segment Reports",
  icon: ChartBar,
  nested: "/customers",
})

export const handle = {
  breadcrumb: () => "Segment Reports",
}

export default CustomerSegmentReportsPage
